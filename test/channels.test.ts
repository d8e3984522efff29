// Seed 001 Messaging API over GraphQL: channel types and members, who may see and post, agents
// answering users, cursor and timestamp paging, and messageAdded resuming across a reconnect.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql, gqlOk, rest } from "./support/client.js";
import {
  AddChannelMember,
  CreateChannel,
  EditMessage,
  GetChannel,
  ListChannels,
  MessageAdded,
  RemoveChannelMember,
  SendMessage,
  StopAgent,
} from "./support/documents.js";
import { createKey, runningAgent, unique } from "./support/fixtures.js";
import { startServer, type TestServer } from "./support/server.js";
import { eventually, subscribe, subscribeOpen, wsClient } from "./support/ws.js";

let server: TestServer;
let alice: { auth: string; id: string };
let bob: { auth: string; id: string };
let carol: { auth: string; id: string };

beforeAll(async () => {
  server = await startServer();
  [alice, bob, carol] = await Promise.all([createKey(server), createKey(server), createKey(server)]);
});
afterAll(() => server.stop());

const createChannel = (input: Record<string, unknown>, auth = alice.auth) =>
  gql(server, CreateChannel, { input: { name: unique("chan"), ...input } as never }, { auth });
const post = (channelId: string, content: string, auth = alice.auth, extra: Record<string, unknown> = {}) =>
  gql(server, SendMessage, { input: { channelId, content, ...extra } }, { auth });

describe("creating channels", () => {
  it("adds the creator as a member and counts members", async () => {
    const { data } = await createChannel({ type: "PRIVATE", members: [bob.id] });
    expect(data!.createChannel.channel).toMatchObject({ type: "PRIVATE", createdBy: alice.id, memberCount: 2 });
    expect(data!.createChannel.channel.members.map((m) => m.memberId).sort()).toEqual([alice.id, bob.id].sort());
  });

  it("requires members for private channels and exactly two for direct ones", async () => {
    expect(errorCodes(await createChannel({ type: "PRIVATE" }))).toEqual(["invalid_channel_members"]);
    expect(errorCodes(await createChannel({ type: "DIRECT", members: [bob.id, carol.id] }))).toEqual(["invalid_channel_members"]);
    expect(errorCodes(await createChannel({ type: "DIRECT" }))).toEqual(["invalid_channel_members"]);
    expect((await createChannel({ type: "DIRECT", members: [bob.id] })).data!.createChannel.channel.memberCount).toBe(2);
  });

  it("refuses members that do not exist", async () => {
    const result = await createChannel({ type: "PRIVATE", members: ["agt_ghost", "usr_ghost"] });
    expect(errorCodes(result)).toEqual(["invalid_channel_members"]);
    expect(result.errors![0]!.extensions!.details).toEqual({ unknown_members: ["agt_ghost", "usr_ghost"] });
  });

  it("adds and removes members, but never changes a direct channel", async () => {
    const channel = (await createChannel({ type: "PRIVATE", members: [bob.id] })).data!.createChannel.channel;
    const added = await gqlOk(server, AddChannelMember, { channelId: channel.id, memberId: carol.id }, { auth: alice.auth });
    expect(added.addChannelMember.channel.memberCount).toBe(3);
    const removed = await gqlOk(server, RemoveChannelMember, { channelId: channel.id, memberId: bob.id }, { auth: alice.auth });
    expect(removed.removeChannelMember.channel.memberCount).toBe(2);
    const direct = (await createChannel({ type: "DIRECT", members: [bob.id] })).data!.createChannel.channel;
    expect(errorCodes(await gql(server, AddChannelMember, { channelId: direct.id, memberId: carol.id }, { auth: alice.auth }))).toEqual([
      "invalid_channel_members",
    ]);
  });

  it("answers channel_not_found for an unknown channel", async () => {
    expect(errorCodes(await gql(server, GetChannel, { id: "chn_unknown" }))).toEqual(["channel_not_found"]);
    expect(errorCodes(await post("chn_unknown", "hello"))).toEqual(["channel_not_found"]);
  });
});

describe("who may read and post", () => {
  it("a public channel is open to every principal with the messaging role", async () => {
    const channel = (await createChannel({ type: "PUBLIC" })).data!.createChannel.channel;
    expect((await post(channel.id, "hi from carol", carol.auth)).errors).toBeUndefined();
    expect((await gql(server, GetChannel, { id: channel.id, first: 5 }, { auth: bob.auth })).data!.channel!.messages.totalCount).toBe(1);
  });

  it("a private channel is invisible to a non-member over GraphQL, REST and subscription — and visible to admins", async () => {
    const channel = (await createChannel({ type: "PRIVATE", members: [bob.id] })).data!.createChannel.channel;
    await post(channel.id, "secret plans");

    expect(errorCodes(await gql(server, GetChannel, { id: channel.id }, { auth: carol.auth }))).toEqual(["channel_not_found"]);
    expect(errorCodes(await post(channel.id, "let me in", carol.auth))).toEqual(["channel_not_found"]);
    const listed = await gqlOk(server, ListChannels, { first: 100 }, { auth: carol.auth });
    expect(listed.channels.edges.map((e) => e.node.id)).not.toContain(channel.id);

    const viaRest = await rest(server, "GET", `/api/v1/channels/${channel.id}/messages`, { auth: carol.auth });
    expect(viaRest.status).toBe(404);
    expect(viaRest.body.error.code).toBe("channel_not_found");

    const client = wsClient(server, carol.auth);
    const sub = subscribe(client, MessageAdded, { channelId: channel.id });
    await sub.done;
    expect(sub.received[0]!.errors![0]!.extensions!.code).toBe("channel_not_found");
    await client.dispose();

    expect((await gql(server, GetChannel, { id: channel.id, first: 5 }, { auth: bob.auth })).data!.channel!.messages.totalCount).toBe(1);
    expect((await gql(server, GetChannel, { id: channel.id, first: 5 })).data!.channel!.messages.totalCount).toBe(1); // admin
  });

  it("you post as yourself; as an agent only when you manage agents and it is a member", async () => {
    const agent = await runningAgent(server);
    const channel = (await createChannel({ type: "PUBLIC", members: [agent.id] })).data!.createChannel.channel;
    const mine = (await post(channel.id, "from me")).data!.sendMessage.message;
    expect(mine).toMatchObject({ senderId: alice.id, senderType: "USER" });
    expect(errorCodes(await post(channel.id, "pretending", alice.auth, { senderId: agent.id }))).toEqual(["insufficient_permissions"]);
    const asAgent = await post(channel.id, "an announcement", server.admin, { senderId: agent.id });
    expect(asAgent.data!.sendMessage.message).toMatchObject({ senderId: agent.id, senderType: "AGENT" });
  });

  it("only the sender edits a message, which records editedAt", async () => {
    const channel = (await createChannel({ type: "PUBLIC" })).data!.createChannel.channel;
    const message = (await post(channel.id, "typo hre")).data!.sendMessage.message;
    expect(errorCodes(await gql(server, EditMessage, { messageId: message.id, content: "mine now" }, { auth: bob.auth }))).toEqual([
      "insufficient_permissions",
    ]);
    server.clock.advance(5000);
    const edited = (await gqlOk(server, EditMessage, { messageId: message.id, content: "typo here" }, { auth: alice.auth })).editMessage.message;
    expect(edited).toEqual({ id: message.id, content: "typo here", editedAt: server.clock.now().toISOString() });
  });

  it("refuses empty and over-long messages with invalid_message_content", async () => {
    const channel = (await createChannel({ type: "PUBLIC" })).data!.createChannel.channel;
    expect(errorCodes(await post(channel.id, ""))).toEqual(["invalid_message_content"]);
    expect(errorCodes(await post(channel.id, "z".repeat(4001)))).toEqual(["invalid_message_content"]);
  });
});

describe("agents in channels", () => {
  it("a running agent answers a user in a direct channel, through the provider layer", async () => {
    const agent = await runningAgent(server, { type: "cfo_cash", skills: ["forecasting"] });
    const channel = (await createChannel({ type: "DIRECT", members: [agent.id] })).data!.createChannel.channel;
    const asked = (await post(channel.id, "What is our cash runway?")).data!.sendMessage.message;
    await server.app.services.channels.idle();
    const messages = (await gqlOk(server, GetChannel, { id: channel.id, first: 10 }, { auth: alice.auth })).channel!.messages.edges.map((e) => e.node);
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatchObject({ senderId: agent.id, senderType: "AGENT", replyToId: asked.id });
    expect(messages[1]!.content).toContain("CFO Cash");
    const usage = await server.app.db.usageRecord.findMany({ where: { channelId: channel.id } });
    expect(usage).toEqual([expect.objectContaining({ agentId: agent.id, purpose: "CHANNEL_REPLY", provider: "builtin", messageId: asked.id })]);
  });

  it("in a group channel, only the agent that is @mentioned answers, and never another agent", async () => {
    const [atlas, boreas] = [await runningAgent(server), await runningAgent(server)];
    const channel = (await createChannel({ type: "PUBLIC", members: [atlas.id, boreas.id] })).data!.createChannel.channel;
    await post(channel.id, "Nobody in particular: good morning");
    await post(channel.id, `@${atlas.name} can you draft the agenda?`);
    await server.app.services.channels.idle();
    // An agent addressing the other agent gets no answer: agents never answer agents.
    await post(channel.id, `@${boreas.name} please review`, server.admin, { senderId: atlas.id });
    await server.app.services.channels.idle();
    const messages = (await gqlOk(server, GetChannel, { id: channel.id, first: 20 })).channel!.messages.edges.map((e) => e.node);
    expect(messages.map((m) => m.senderId)).toEqual([alice.id, alice.id, atlas.id, atlas.id]);
    expect(messages[2]!.replyToId).toBe(messages[1]!.id);
  });

  it("a stopped agent does not answer", async () => {
    const agent = await runningAgent(server);
    await gqlOk(server, StopAgent, { id: agent.id });
    const channel = (await createChannel({ type: "DIRECT", members: [agent.id] })).data!.createChannel.channel;
    await post(channel.id, "hello?");
    await server.app.services.channels.idle();
    expect((await gqlOk(server, GetChannel, { id: channel.id, first: 5 })).channel!.messages.totalCount).toBe(1);
  });
});

describe("reading messages", () => {
  let channelId: string;
  const sentAt: string[] = [];
  beforeAll(async () => {
    channelId = (await createChannel({ type: "PUBLIC" })).data!.createChannel.channel.id;
    for (let i = 1; i <= 6; i++) {
      server.clock.advance(60_000);
      sentAt.push((await post(channelId, `message ${i}`)).data!.sendMessage.message.sentAt);
    }
  });

  it("pages oldest first with first/after and last/before", async () => {
    const page1 = (await gqlOk(server, GetChannel, { id: channelId, first: 4 })).channel!.messages;
    expect(page1.edges.map((e) => e.node.content)).toEqual(["message 1", "message 2", "message 3", "message 4"]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await gqlOk(server, GetChannel, { id: channelId, first: 4, after: page1.pageInfo.endCursor })).channel!.messages;
    expect(page2.edges.map((e) => e.node.content)).toEqual(["message 5", "message 6"]);
    const latest = (await gqlOk(server, GetChannel, { id: channelId, last: 2 })).channel!.messages;
    expect(latest.edges.map((e) => e.node.content)).toEqual(["message 5", "message 6"]);
    const before = (await gqlOk(server, GetChannel, { id: channelId, last: 2, before: latest.pageInfo.startCursor })).channel!.messages;
    expect(before.edges.map((e) => e.node.content)).toEqual(["message 3", "message 4"]);
  });

  it("bounds by time with sentAfter and sentBefore (the seed's after/before)", async () => {
    const between = (await gqlOk(server, GetChannel, { id: channelId, first: 10, sentAfter: sentAt[1], sentBefore: sentAt[4] })).channel!.messages;
    expect(between.edges.map((e) => e.node.content)).toEqual(["message 3", "message 4"]);
  });
});

describe("messageAdded (the seed's new_message)", () => {
  it("goes live, and resumes after a reconnect from a cursor with no gap and no duplicate", async () => {
    const channel = (await createChannel({ type: "PUBLIC" })).data!.createChannel.channel;
    const first = wsClient(server, bob.auth);
    const live = await subscribeOpen(server, first, MessageAdded, { channelId: channel.id });
    await post(channel.id, "one");
    await post(channel.id, "two");
    const seen = [(await live.next()).data!.messageAdded, (await live.next()).data!.messageAdded];
    expect(seen.map((e) => e.message!.content)).toEqual(["one", "two"]);
    await first.dispose(); // the client drops off…

    await post(channel.id, "three"); // …and misses these
    await post(channel.id, "four");

    const second = wsClient(server, bob.auth);
    const resumed = subscribe(second, MessageAdded, { channelId: channel.id, after: seen[1]!.cursor });
    // While the replay is running, more messages arrive concurrently.
    const racing = Promise.all([post(channel.id, "five"), post(channel.id, "six"), post(channel.id, "seven")]);
    await racing;
    // A last message after all of them: once it is here, a duplicate of an earlier one would be too.
    await post(channel.id, "eight");
    await eventually(() => resumed.received.some((e) => e.data!.messageAdded.message!.content === "eight"));
    const contents = resumed.received.map((e) => e.data!.messageAdded.message!.content);
    expect(contents.slice(0, 2)).toEqual(["three", "four"]);
    expect(contents.slice(2, 5).sort()).toEqual(["five", "seven", "six"]);
    expect(contents.slice(5)).toEqual(["eight"]);
    expect(resumed.received.map((e) => e.data!.messageAdded.message!.position)).toEqual([3, 4, 5, 6, 7, 8]);
    await second.dispose();
  });

  it("refuses a cursor of another channel", async () => {
    const a = (await createChannel({ type: "PUBLIC" })).data!.createChannel.channel;
    const b = (await createChannel({ type: "PUBLIC" })).data!.createChannel.channel;
    const cursor = (await post(a.id, "x")).data!.sendMessage.message.cursor;
    const client = wsClient(server);
    const sub = subscribe(client, MessageAdded, { channelId: b.id, after: cursor });
    await sub.done;
    expect(sub.received[0]!.errors![0]!.extensions!.code).toBe("VALIDATION_ERROR");
    await client.dispose();
  });
});
