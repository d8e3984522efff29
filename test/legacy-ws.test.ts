// The two documented WebSocket protocols on the same agents, events and rules as graphql-ws:
// seed 001 `/v1/ws?token=…` (events and commands as {"event"|"command", …}) and seed 002
// `/ws/v1/connect` (auth → acknowledgment → command/response/stream/status/error/heartbeat).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlOk } from "./support/client.js";
import { CreateChannel, CreateSession, EndSession, RevokeApiKey, SendSessionMessage, StartAgent, StopAgent, CreateAgent } from "./support/documents.js";
import { createKey, runningAgent, unique } from "./support/fixtures.js";
import { legacyClient, type LegacyClient } from "./support/legacy-ws.js";
import { freshDatabase, startServer, type TestServer } from "./support/server.js";
import { eventually } from "./support/ws.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ env: { LEGACY_WS_HEARTBEAT_MS: "200", WS_CONNECTION_INIT_TIMEOUT_MS: "400" } });
});
afterAll(() => server.stop());

const bare = (auth: string) => auth.replace(/^ApiKey /, "");
const wsBase = () => server.url.replace(/^http/, "ws");

async function seed001(auth: string | null = server.admin, target = server): Promise<LegacyClient> {
  const url = `${target.url.replace(/^http/, "ws")}/v1/ws${auth ? `?token=${encodeURIComponent(bare(auth))}` : ""}`;
  const client = legacyClient(url);
  await client.opened;
  return client;
}

async function connected001(auth: string = server.admin, target = server) {
  const client = await seed001(auth, target);
  const hello = await client.next((m) => m.event === "connected");
  expect(hello.data).toMatchObject({ principal_id: expect.any(String), heartbeat_interval_ms: expect.any(Number) });
  return client;
}

async function subscribed(client: LegacyClient, event_type: string, filter: Record<string, unknown>) {
  client.send({ command: "subscribe", event_type, filter });
  const reply = await client.next((m) => m.event === "subscribed" || m.event === "error");
  expect(reply.event).toBe("subscribed");
  return reply.data.subscription_id as string;
}

async function seed002(auth: string = server.admin, target = server): Promise<LegacyClient> {
  const client = legacyClient(`${target.url.replace(/^http/, "ws")}/ws/v1/connect`);
  await client.opened;
  client.send({ type: "auth", token: bare(auth) });
  const ack = await client.next((m) => m.type === "auth" || m.type === "error");
  expect(ack).toMatchObject({ type: "auth", status: "authenticated", data: { principal: { id: expect.any(String), roles: expect.any(Array) }, heartbeat_interval_ms: expect.any(Number) } });
  return client;
}

let commandId = 0;
async function command(client: LegacyClient, name: string, params: Record<string, unknown> = {}) {
  const id = `c${++commandId}`;
  client.send({ type: "command", id, command: name, params });
  return { id, reply: await client.next((m) => m.id === id && (m.type === "response" || m.type === "error")) };
}

describe("seed 001: /v1/ws?token=…", () => {
  it("a missing or bad token closes the socket with 4401 and the reason", async () => {
    expect(await (await seed001(null)).closed).toEqual({ code: 4401, reason: "token query parameter is required" });
    expect(await (await seed001("ApiKey not-a-key")).closed).toEqual({ code: 4401, reason: "API key is invalid, expired or revoked" });
  });

  it("agent_status_update: exactly {agent_id, status, timestamp}, for the agent of the filter", async () => {
    const { createAgent } = await gqlOk(server, CreateAgent, { input: { name: unique("ws"), type: "t" } });
    const other = await runningAgent(server);
    const client = await connected001();
    await subscribed(client, "agent_status", { agent_id: createAgent.agent.id });
    await gqlOk(server, StopAgent, { id: other.id }); // not in the filter
    await gqlOk(server, StartAgent, { id: createAgent.agent.id });
    const event = await client.next((m) => m.event === "agent_status_update");
    expect(Object.keys(event)).toEqual(["event", "data"]);
    expect(Object.keys(event.data)).toEqual(["agent_id", "status", "timestamp"]);
    expect(event.data).toEqual({ agent_id: createAgent.agent.id, status: "running", timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(client.received.filter((m) => m.event === "agent_status_update")).toEqual([]);
    client.close();
  });

  it("send_message posts through the channel service; new_message is {channel_id, message: {message_id, sender_id, content, sent_at}}", async () => {
    const { createChannel } = await gqlOk(server, CreateChannel, { input: { name: unique("chan"), type: "PUBLIC" } });
    const channelId = createChannel.channel.id;
    const messaging = await createKey(server);
    const reader = await connected001();
    await subscribed(reader, "new_message", { channel_id: channelId });
    const writer = await connected001(messaging.auth);
    writer.send({ command: "send_message", channel_id: channelId, content: "hello over the socket" });
    const sent = await writer.next((m) => m.event === "message_sent" || m.event === "error");
    expect(sent).toMatchObject({ event: "message_sent", data: { channel_id: channelId, message: { sender_id: messaging.id, content: "hello over the socket" } } });
    const event = await reader.next((m) => m.event === "new_message");
    expect(Object.keys(event.data)).toEqual(["channel_id", "message"]);
    expect(Object.keys(event.data.message)).toEqual(["message_id", "sender_id", "content", "sent_at"]);
    expect(event.data).toEqual({ channel_id: channelId, message: { message_id: sent.data.message.message_id, sender_id: messaging.id, content: "hello over the socket", sent_at: expect.any(String) } });
    const stored = await server.app.db.message.findUnique({ where: { id: sent.data.message.message_id } });
    expect(stored?.content).toBe("hello over the socket");
    reader.close();
    writer.close();
  });

  it("session_update is {session_id, context, timestamp} when the session's context changes", async () => {
    const agent = await runningAgent(server);
    const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id, context: { project: "apollo" } } });
    const client = await connected001();
    await subscribed(client, "session_update", { session_id: createSession.session.id });
    await gqlOk(server, SendSessionMessage, { input: { sessionId: createSession.session.id, content: "Plan the migration" } });
    const event = await client.next((m) => m.event === "session_update");
    expect(Object.keys(event.data)).toEqual(["session_id", "context", "timestamp"]);
    expect(event.data).toMatchObject({ session_id: createSession.session.id, context: { project: "apollo", turns: 1, lastTopic: "migration" } });
    client.close();
  });

  it("an unknown command or bad JSON is an error message and the socket stays open; unsubscribe stops events", async () => {
    const client = await connected001();
    client.send("{not json");
    expect(await client.next((m) => m.event === "error")).toMatchObject({ data: { code: "VALIDATION_ERROR" } });
    client.send({ command: "dance" });
    expect(await client.next((m) => m.event === "error")).toMatchObject({ data: { code: "unknown_command", command: "dance" } });
    client.send({ command: "subscribe", event_type: "weather" });
    expect(await client.next((m) => m.event === "error")).toMatchObject({ data: { code: "VALIDATION_ERROR" } });
    const agent = await runningAgent(server);
    const id = await subscribed(client, "agent_status_update", { agent_id: agent.id });
    client.send({ command: "unsubscribe", subscription_id: id });
    expect(await client.next((m) => m.event === "unsubscribed")).toEqual({ event: "unsubscribed", data: { subscription_id: id } });
    await gqlOk(server, StopAgent, { id: agent.id });
    const sentinel = await subscribed(client, "agent_status", { agent_id: agent.id }); // still open and answering
    expect(sentinel).toBeTruthy();
    expect(client.received.filter((m) => m.event === "agent_status_update")).toEqual([]);
    client.close();
  });

  it("only what the principal may see: private channels, others' sessions, scopes", async () => {
    const messaging = await createKey(server);
    const monitor = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    const { createChannel } = await gqlOk(server, CreateChannel, { input: { name: unique("private"), type: "PRIVATE", members: [(await runningAgent(server)).id] } });
    const agent = await runningAgent(server);
    const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id } });
    const client = await connected001(messaging.auth);
    client.send({ command: "subscribe", event_type: "new_message", filter: { channel_id: createChannel.channel.id } });
    expect(await client.next((m) => m.event === "error")).toMatchObject({ data: { code: "channel_not_found" } });
    client.send({ command: "subscribe", event_type: "session_update", filter: { session_id: createSession.session.id } });
    expect(await client.next((m) => m.event === "error")).toMatchObject({ data: { code: "session_not_found" } });
    client.send({ command: "send_message", channel_id: createChannel.channel.id, content: "let me in" });
    expect(await client.next((m) => m.event === "error")).toMatchObject({ data: { code: "channel_not_found", command: "send_message" } });
    const watcher = await connected001(monitor.auth);
    watcher.send({ command: "send_message", channel_id: createChannel.channel.id, content: "x" });
    expect(await watcher.next((m) => m.event === "error")).toMatchObject({ data: { code: "insufficient_permissions", details: { required_scope: "messages:write" } } });
    client.close();
    watcher.close();
  });

  it("a revoked key closes its socket with 4403, as graphql-ws does", async () => {
    const key = await createKey(server);
    const client = await connected001(key.auth);
    await gqlOk(server, RevokeApiKey, { id: key.id });
    expect(await client.closed).toEqual({ code: 4403, reason: "API key revoked" });
  });

  it("a client that stops answering pings is dropped with 4408 after two heartbeat intervals", async () => {
    const client = legacyClient(`${wsBase()}/v1/ws?token=${bare(server.admin)}`, { autoPong: false });
    await client.opened;
    expect(await client.closed).toEqual({ code: 4408, reason: "heartbeat timeout" });
  });
});

describe("seed 002: /ws/v1/connect", () => {
  it("no auth message within the timeout closes with 4408; a bad token gets an error and 4401", async () => {
    const silent = legacyClient(`${wsBase()}/ws/v1/connect`);
    await silent.opened;
    expect(await silent.closed).toEqual({ code: 4408, reason: "authentication timeout" });
    const wrong = legacyClient(`${wsBase()}/ws/v1/connect`);
    await wrong.opened;
    wrong.send({ type: "auth", token: "not-a-key", id: "a1" });
    const error = await wrong.next((m) => m.type === "error");
    expect(error).toEqual({ type: "error", id: "a1", error: { code: "AUTH_FAILED", message: "API key is invalid, expired or revoked", details: {}, timestamp: expect.any(String), traceId: expect.any(String) } });
    expect((await wrong.closed).code).toBe(4401);
  });

  it("subscribe → response with the command's id; agent status changes arrive as status messages; get_agent_status", async () => {
    const { createAgent } = await gqlOk(server, CreateAgent, { input: { name: unique("s2"), type: "t" } });
    const client = await seed002();
    const { id, reply } = await command(client, "subscribe", { topic: "agent_status", agent_id: createAgent.agent.id });
    expect(reply).toEqual({ type: "response", id, command: "subscribe", success: true, data: { subscription_id: expect.any(String), topic: "agent_status" }, timestamp: expect.any(String) });
    await gqlOk(server, StartAgent, { id: createAgent.agent.id });
    const status = await client.next((m) => m.type === "status");
    expect(status).toEqual({
      type: "status",
      subscription_id: reply.data.subscription_id,
      data: { kind: "agent", agent_id: createAgent.agent.id, status: "running", previous_status: "created" },
      timestamp: expect.any(String),
    });
    const got = await command(client, "get_agent_status", { agent_id: createAgent.agent.id });
    expect(got.reply.data).toMatchObject({ agent_id: createAgent.agent.id, status: "running", started_at: expect.any(String) });
    client.close();
  });

  it("send_message to an agent streams the answer as stream messages, then the final response", async () => {
    const agent = await runningAgent(server);
    const client = await seed002();
    const { id, reply } = await command(client, "send_message", { agent_id: agent.id, content: "Outline the quarterly strategy" });
    expect(reply).toMatchObject({ type: "response", id, success: true, data: { agent_id: agent.id, session_id: null, model: "builtin" } });
    const pieces = client.received.filter((m) => m.type === "stream" && m.id === id);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((p) => p.data.index)).toEqual(pieces.map((_, i) => i));
    expect(pieces.map((p) => p.data.delta).join("")).toBe(reply.data.response);
    client.close();
  });

  it("send_message to a session continues it (streamed), and session_status reports its end", async () => {
    const agent = await runningAgent(server);
    const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id } });
    const sessionId = createSession.session.id;
    const client = await seed002();
    const watch = await command(client, "subscribe", { topic: "session_status", session_id: sessionId });
    const { id, reply } = await command(client, "send_message", { session_id: sessionId, content: "Review the hiring pipeline" });
    expect(reply.data).toMatchObject({ agent_id: agent.id, session_id: sessionId, message_id: expect.stringMatching(/^smg_/), context_update: { turns: 1 } });
    expect(client.received.filter((m) => m.type === "stream" && m.id === id).map((m) => m.data.delta).join("")).toBe(reply.data.response);
    await gqlOk(server, EndSession, { id: sessionId });
    expect(await client.next((m) => m.type === "status")).toMatchObject({ subscription_id: watch.reply.data.subscription_id, data: { kind: "session", session_id: sessionId, status: "ended", event: "ended" } });
    client.close();
  });

  it("unknown commands and types are seed-002 errors with the command's id; the socket stays open; the server sends heartbeats", async () => {
    const client = await seed002();
    const { reply } = await command(client, "teleport");
    expect(reply).toMatchObject({ type: "error", error: { code: "unknown_command", message: 'Unknown command: "teleport"', timestamp: expect.any(String), traceId: expect.any(String) } });
    client.send({ type: "gossip", id: "g1" });
    expect(await client.next((m) => m.id === "g1")).toMatchObject({ type: "error", error: { code: "unknown_command" } });
    const missing = await command(client, "get_agent_status", { agent_id: "agt_missing" });
    expect(missing.reply.error.code).toBe("agent_not_found");
    expect(await client.next((m) => m.type === "heartbeat")).toEqual({ type: "heartbeat", timestamp: expect.any(String) });
    client.close();
  });

  it("a revoked key closes the socket with 4403", async () => {
    const key = await createKey(server);
    const client = await seed002(key.auth);
    await gqlOk(server, RevokeApiKey, { id: key.id });
    expect(await client.closed).toEqual({ code: 4403, reason: "API key revoked" });
  });
});

describe("one upgrade router", () => {
  it("refuses unknown paths with 404; graphql-ws still works on /graphql", async () => {
    const stray = legacyClient(`${wsBase()}/nope`);
    await expect(stray.opened).rejects.toThrow("upgrade refused: 404");
    const graphqlWs = legacyClient(`${wsBase()}/graphql`, { protocol: "graphql-transport-ws" } as never);
    await graphqlWs.opened;
    graphqlWs.close();
  });

  it("a slow client is disconnected with 4008 once its send buffer passes the limit, without holding up others", async () => {
    const own = await startServer({ env: { LEGACY_WS_MAX_BUFFERED_BYTES: "65536" } });
    const slow = await connected001(own.admin, own);
    const fast = await connected001(own.admin, own);
    await subscribed(slow, "agent_status", {});
    await subscribed(fast, "agent_status", {});
    const before = fast.received.length;
    slow.ws.pause(); // stops reading: the server's buffer for it fills
    // ~2 KB per event, until the server lets the slow client go (its gauge then counts only the fast one).
    const payload = { agentId: `agt_${"x".repeat(2_000)}`, previousStatus: "RUNNING", status: "STOPPED", changedAt: new Date().toISOString() };
    const openSockets = async () => Number(/\nlegacy_ws_sockets_open (\d+)\n/.exec(await (await fetch(`${own.url}/metrics`)).text())?.[1]);
    let published = 0;
    while ((await openSockets()) > 1) {
      expect(published).toBeLessThan(100_000);
      for (let i = 0; i < 1_000; i++, published++) {
        own.app.events.publish("agentStatusChanged", payload);
        if (i % 200 === 0) await new Promise((r) => setImmediate(r)); // let the event streams drain (the pub/sub queues at most 1,024)
      }
    }
    slow.ws.resume();
    expect(await slow.closed).toEqual({ code: 4008, reason: "slow consumer: send buffer limit exceeded" });
    await eventually(() => fast.received.filter((m) => m.event === "agent_status_update").length - before >= published); // every event
    fast.close();
    await own.stop();
  });

  it("stopping the server closes legacy sockets with 1001", async () => {
    const own = await startServer();
    const a = await connected001(own.admin, own);
    const b = await seed002(own.admin, own);
    await own.stop();
    expect((await a.closed).code).toBe(1001);
    expect((await b.closed).code).toBe(1001);
  });
});

describe.skipIf(!process.env.TEST_REDIS_URL)("across instances (Redis pub/sub)", () => {
  it("an event published on instance B reaches legacy sockets on instance A", async () => {
    const database = await freshDatabase();
    const env = { REDIS_URL: process.env.TEST_REDIS_URL!, ADMIN_API_KEY: `shared-admin-key-${randomBytes(12).toString("hex")}` };
    const namespace = `legacy-${randomBytes(4).toString("hex")}`;
    const a = await startServer({ database, env, eventsNamespace: namespace });
    const b = await startServer({ database, env, eventsNamespace: namespace });
    try {
      const { createAgent } = await gqlOk(a, CreateAgent, { input: { name: unique("x"), type: "t" } });
      const one = await connected001(a.admin, a);
      await subscribed(one, "agent_status", { agent_id: createAgent.agent.id });
      const two = await seed002(a.admin, a);
      await command(two, "subscribe", { topic: "agent_status", agent_id: createAgent.agent.id });
      await gqlOk(b, StartAgent, { id: createAgent.agent.id });
      expect((await one.next((m) => m.event === "agent_status_update")).data.status).toBe("running");
      expect((await two.next((m) => m.type === "status")).data.status).toBe("running");
      one.close();
      two.close();
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});
