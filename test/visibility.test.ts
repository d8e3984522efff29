// Who can see what (issue 10 §1): for every Node type of the schema and every kind of principal,
// every path to a record — root field, root list, node, nodes, a nested field, a subscription, a REST
// route — gives the same answer, and a record you may not see answers exactly like one that does not
// exist. Also the exploits the issue opened with, and posting on behalf of others (seed 001 sender_id).
import { isInterfaceType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawSchema } from "../src/graphql/schema.js";
import { gqlOk, rest } from "./support/client.js";
import {
  CreateChannel,
  CreateSession,
  CreateUser,
  RemoveChannelMember,
  SendMessage,
  SendSessionMessage,
  TriggerSystemTask,
} from "./support/documents.js";
import { createKey, runningAgent, unique } from "./support/fixtures.js";
import { startServer, type TestServer } from "./support/server.js";
import { CreateWebhook, CreateWorkflow, RunWorkflow, SpawnTask } from "./support/work-documents.js";
import { eventually, subscribe, wsClient } from "./support/ws.js";

let server: TestServer;
const PRINCIPALS = ["admin", "owner", "other", "monitor"] as const;
type Who = (typeof PRINCIPALS)[number];
const auth = {} as Record<Who, string>;
type NodeType = "Agent" | "Channel" | "Message" | "Session" | "SessionMessage" | "Task" | "Workflow" | "WorkflowRun" | "ApiKey" | "User" | "Webhook" | "WebhookDelivery" | "SystemTask";
/** The record of each type the walk asks about (all made by `owner`, or by the admin for admin-only types). */
const ids = {} as Record<NodeType, string>;
const keyIds = {} as Record<"owner" | "other", string>;

/** Raw GraphQL (the walk builds its queries from the type names), answered as a client sees it. */
async function graphql(who: Who, query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: any[] }> {
  const response = await server.fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", authorization: auth[who] },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

/** What a subscription answers: "open" once its stream exists, or its first error. */
async function subscription(who: Who, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const client = wsClient(server, auth[who]);
  try {
    const before = server.app.events.subscriptionsOpened();
    const events = subscribe(client, { toString: () => query } as never, variables);
    let settled = false;
    void events.done.finally(() => (settled = true)).catch(() => undefined);
    await eventually(() => settled || server.app.events.subscriptionsOpened() > before);
    events.unsubscribe();
    return server.app.events.subscriptionsOpened() > before && !events.received.length ? "open" : events.received;
  } finally {
    await client.dispose();
  }
}

/** An id of the same type that names nothing. */
const missing = (id: string) => `${id.slice(0, id.indexOf("_"))}_000000000nothinghere`;

/** An answer with the id it was asked about (and per-request noise) taken out, to compare two answers. */
function shape(answer: unknown, id: string): string {
  return JSON.stringify(answer, (key, value: unknown) => (["request_id", "requestId", "traceId", "timestamp"].includes(key) ? undefined : value)).replaceAll(id, "<id>");
}

interface Path {
  /** Answers for the record (or, with `missing`, for an id that names nothing). */
  run(who: Who, id: string): Promise<unknown>;
  /** Whether the answer shows the record (errors name the id they could not find: only data counts). */
  seen(answer: any, id: string): boolean;
  /** Lists and nested fields cannot be asked about a missing id: hiding is leaving it out. */
  byId: boolean;
  /** Paths that show content, not metadata (a monitoring role does not pass them). */
  content?: boolean;
}

const gqlPath = (query: string, vars: (id: string) => Record<string, unknown> = (id) => ({ id }), byId = true, content = false): Path => ({
  run: (who, id) => graphql(who, query, vars(id)),
  seen: (answer, id) => JSON.stringify(answer.data ?? null).includes(id),
  byId,
  content,
});
const restPath = (path: (id: string) => string): Path => ({
  run: async (who, id) => {
    const response = await rest(server, "GET", path(id), { auth: auth[who] });
    return { status: response.status, body: response.body };
  },
  seen: (answer, id) => answer.status < 400 && JSON.stringify(answer.body).includes(id),
  byId: true,
});
const subscriptionPath = (query: string, content = false): Path => ({ run: (who, id) => subscription(who, query, { id }), seen: (answer) => answer === "open", byId: true, content });

const node = gqlPath("query($id: ID!) { node(id: $id) { id } }");
const nodes = gqlPath("query($id: ID!) { nodes(ids: [$id]) { id } }");
const list = (field: string) => gqlPath(`{ ${field}(first: 100) { totalCount edges { node { id } } } }`, () => ({}), false);

/** Every Node type, the paths that reach it, and who sees it (the README's "Who can see what"). */
const TYPES: Record<NodeType, { sees: Who[]; paths: Record<string, Path> }> = {
  Agent: {
    sees: ["admin", "owner", "other", "monitor"],
    paths: { node, nodes, root: gqlPath("query($id: ID!) { agent(id: $id) { id } }"), list: list("agents"), rest: restPath((id) => `/api/v1/agents/${id}`) },
  },
  Channel: {
    sees: ["admin", "owner"],
    paths: {
      node,
      nodes,
      root: gqlPath("query($id: ID!) { channel(id: $id) { id } }"),
      list: list("channels"),
      "nested (Message.channel)": gqlPath("query($m: ID!) { node(id: $m) { ... on Message { channel { id } } } }", () => ({ m: ids.Message }), false),
      subscription: subscriptionPath("subscription($id: ID!) { messageAdded(channelId: $id) { channelId } }"),
      rest: restPath((id) => `/api/v1/channels/${id}/messages`),
    },
  },
  Message: {
    sees: ["admin", "owner"],
    paths: {
      node,
      nodes,
      "nested (Channel.messages)": gqlPath("query($c: ID!) { node(id: $c) { ... on Channel { messages(first: 100) { totalCount edges { node { id } } } } } }", () => ({ c: ids.Channel }), false),
      "REST channel messages": { ...restPath(() => `/api/v1/channels/${ids.Channel}/messages`), byId: false },
    },
  },
  Session: {
    sees: ["admin", "owner", "monitor"],
    paths: {
      node,
      nodes,
      root: gqlPath("query($id: ID!) { session(id: $id) { id } }"),
      list: list("sessions"),
      "nested (Agent.sessions)": gqlPath("query($a: ID!) { agent(id: $a) { sessions(first: 100) { totalCount edges { node { id } } } } }", () => ({ a: ids.Agent }), false),
      subscription: subscriptionPath("subscription($id: ID!) { sessionUpdated(sessionId: $id) { sessionId } }", true),
      rest: restPath((id) => `/api/v1/sessions/${id}`),
    },
  },
  SessionMessage: {
    sees: ["admin", "owner"],
    paths: {
      node,
      nodes,
      "nested (Session.messages)": gqlPath("query($s: ID!) { node(id: $s) { ... on Session { messages(first: 100) { totalCount edges { node { id } } } } } }", () => ({ s: ids.Session }), false),
    },
  },
  Task: {
    sees: ["admin", "owner", "monitor"],
    paths: {
      node,
      nodes,
      root: gqlPath("query($id: ID!) { task(id: $id) { id } }"),
      list: list("tasks"),
      subscription: subscriptionPath("subscription($id: ID!) { taskUpdated(taskId: $id) { taskId } }"),
      rest: restPath((id) => `/api/agent/${id}`),
    },
  },
  Workflow: {
    sees: ["admin", "owner", "monitor"],
    paths: {
      node,
      nodes,
      root: gqlPath("query($id: ID!) { workflow(id: $id) { id } }"),
      list: list("workflows"),
      "nested (WorkflowRun.workflow)": gqlPath("query($r: ID!) { node(id: $r) { ... on WorkflowRun { workflow { id } } } }", () => ({ r: ids.WorkflowRun }), false),
    },
  },
  WorkflowRun: {
    sees: ["admin", "owner", "monitor"],
    paths: {
      node,
      nodes,
      root: gqlPath("query($id: ID!) { workflowRun(id: $id) { id } }"),
      list: list("workflowRuns"),
      "nested (Workflow.runs)": gqlPath("query($w: ID!) { node(id: $w) { ... on Workflow { runs(first: 100) { totalCount edges { node { id } } } } } }", () => ({ w: ids.Workflow }), false),
      subscription: subscriptionPath("subscription($id: ID!) { workflowRunUpdated(runId: $id) { runId } }"),
      rest: restPath((id) => `/api/workflows/runs/${id}`),
    },
  },
  ApiKey: { sees: ["admin"], paths: { node, nodes, list: list("apiKeys") } },
  User: { sees: ["admin"], paths: { node, nodes } },
  Webhook: { sees: ["admin"], paths: { node, nodes, root: gqlPath("query($id: ID!) { webhook(id: $id) { id } }"), list: list("webhooks") } },
  WebhookDelivery: {
    sees: ["admin"],
    paths: {
      node,
      nodes,
      "nested (Webhook.deliveries)": gqlPath("query($w: ID!) { node(id: $w) { ... on Webhook { deliveries(first: 100) { totalCount edges { node { id } } } } } }", () => ({ w: ids.Webhook }), false),
    },
  },
  SystemTask: {
    sees: ["admin"],
    paths: {
      node,
      nodes,
      root: gqlPath("query($id: ID!) { systemTask(id: $id) { id } }"),
      list: list("systemTasks"),
      subscription: subscriptionPath("subscription($id: ID!) { systemTaskUpdated(taskId: $id) { taskId } }"),
      rest: restPath((id) => `/api/v1/system/tasks/${id}`),
    },
  },
};

beforeAll(async () => {
  server = await startServer();
  auth.admin = server.admin;
  const owner = await createKey(server, { roles: ["MESSAGING", "AGENT_MANAGER"], tier: "ENTERPRISE" });
  auth.owner = owner.auth;
  ids.ApiKey = owner.id;
  const other = await createKey(server, { roles: ["MESSAGING", "AGENT_MANAGER"], tier: "ENTERPRISE" });
  auth.other = other.auth;
  keyIds.owner = owner.id;
  keyIds.other = other.id;
  auth.monitor = (await createKey(server, { roles: ["SYSTEM_MONITOR"] })).auth;
  const as = (who: Who) => ({ auth: auth[who] });

  const { createWebhook } = await gqlOk(server, CreateWebhook, { input: { url: "http://127.0.0.1:9/hook", events: ["AGENT_COMPLETED"] } });
  ids.Webhook = createWebhook.webhook.id;
  const agent = await runningAgent(server);
  ids.Agent = agent.id;
  const { createChannel } = await gqlOk(server, CreateChannel, { input: { name: unique("private"), type: "PRIVATE", members: [agent.id] } }, as("owner"));
  ids.Channel = createChannel.channel.id;
  ids.Message = (await gqlOk(server, SendMessage, { input: { channelId: ids.Channel, content: "only for members" } }, as("owner"))).sendMessage.message.id;
  const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id, context: { secret: "owner's context" } } }, as("owner"));
  ids.Session = createSession.session.id;
  ids.SessionMessage = (await gqlOk(server, SendSessionMessage, { input: { sessionId: ids.Session, content: "hello" } }, as("owner"))).sendSessionMessage.userMessage.id;
  ids.Task = (await gqlOk(server, SpawnTask, { input: { task: "the owner's prompt", model: "k2p5" } }, as("owner"))).spawnTask.task.id;
  const { createWorkflow } = await gqlOk(server, CreateWorkflow, { input: { name: unique("wf"), steps: [{ key: "a", kind: "MODEL", model: "k2p5", prompt: "step of {{input.topic}}" }] } }, as("owner"));
  ids.Workflow = createWorkflow.workflow.id;
  ids.WorkflowRun = (await gqlOk(server, RunWorkflow, { input: { workflowId: ids.Workflow, input: { topic: "owner's input" } } }, as("owner"))).runWorkflow.run.id;
  ids.User = (await gqlOk(server, CreateUser, { input: { email: `${unique("u")}@example.com`, name: "U", password: "a long password", roles: ["MESSAGING"] } })).createUser.user.id;
  ids.SystemTask = (await gqlOk(server, TriggerSystemTask, { input: { taskType: "CLEAR_CACHE" } })).triggerSystemTask.task.id;
  // The finished task's webhook delivery.
  await eventually(async () => {
    const answer = await graphql("admin", "query($w: ID!) { node(id: $w) { ... on Webhook { deliveries(first: 1) { edges { node { id } } } } } }", { w: ids.Webhook });
    ids.WebhookDelivery = answer.data?.node?.deliveries.edges[0]?.node.id;
    return Boolean(ids.WebhookDelivery);
  });
});
afterAll(() => server.stop());

describe("the walk covers every Node type of the schema", () => {
  it("has a record and its paths for each type that implements Node", () => {
    const nodeInterface = rawSchema.getType("Node");
    if (!isInterfaceType(nodeInterface)) throw new Error("no Node interface");
    expect(Object.keys(TYPES).sort()).toEqual(rawSchema.getPossibleTypes(nodeInterface).map((t) => t.name).sort());
  });
});

describe("every path gives the same answer, and a hidden record looks missing", () => {
  for (const [type, { sees, paths }] of Object.entries(TYPES)) {
    for (const who of PRINCIPALS) {
      for (const [name, path] of Object.entries(paths)) {
        const visible = sees.includes(who) && !(path.content && who === "monitor");
        it(`${type} via ${name}: ${visible ? "seen" : "hidden from"} ${who}`, async () => {
          const id = ids[type as NodeType];
          const answer = await path.run(who, id);
          expect(path.seen(answer, id)).toBe(visible);
          if (!visible && path.byId) expect(shape(answer, id)).toBe(shape(await path.run(who, missing(id)), missing(id)));
          const counted = JSON.stringify(answer).match(/"totalCount":(\d+),"edges":(\[.*?\])\}/);
          if (counted) expect(Number(counted[1])).toBe((JSON.parse(counted[2]!) as unknown[]).length); // totalCount filtered in SQL too
        });
      }
    }
  }
});

describe("the leaks the issue found are closed", () => {
  it("node and nodes return neither a private channel nor its messages to a messaging key that is not a member", async () => {
    const answer = await graphql("other", "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Message { content } } }", { ids: [ids.Channel, ids.Message] });
    expect(answer).toEqual({ data: { nodes: [null, null] } });
  });

  it("a system_monitor sees a session's status and counts, never its context or messages", async () => {
    const query = "query($id: ID!) { node(id: $id) { ... on Session { status messageCount context messages(first: 10) { totalCount edges { node { content } } } } } }";
    const seen = await graphql("monitor", query, { id: ids.Session });
    expect(seen).toEqual({ data: { node: { status: "ACTIVE", messageCount: 2, context: null, messages: { totalCount: 0, edges: [] } } } });
    expect((await graphql("owner", query, { id: ids.Session })).data.node.context).toMatchObject({ secret: "owner's context" });
    expect((await rest(server, "GET", `/api/v1/sessions/${ids.Session}`, { auth: auth.monitor })).body.context).toBeNull();
  });

  it("tasks and workflow runs belong to who started them: other keys find nothing, a monitor sees status and cost only", async () => {
    const task = "query($id: ID!) { task(id: $id) { status actualCost task result } }";
    expect((await graphql("other", task, { id: ids.Task })).errors![0].extensions.code).toBe("task_not_found");
    expect((await graphql("other", "{ tasks(first: 100) { totalCount } }", {})).data.tasks.totalCount).toBe(0);
    const monitored = (await graphql("monitor", task, { id: ids.Task })).data.task;
    expect(monitored).toMatchObject({ task: null, result: null });
    expect(monitored.status).toBeTruthy();
    expect((await graphql("owner", task, { id: ids.Task })).data.task.task).toBe("the owner's prompt");
    const run = "query($id: ID!) { workflowRun(id: $id) { status input } }";
    expect((await graphql("monitor", run, { id: ids.WorkflowRun })).data.workflowRun.input).toBeNull();
    expect((await graphql("owner", run, { id: ids.WorkflowRun })).data.workflowRun.input).toEqual({ topic: "owner's input" });
    expect((await rest(server, "GET", `/api/workflows/runs/${ids.WorkflowRun}`, { auth: auth.other })).status).toBe(404);
  });

  it("a member removed from a private channel stops receiving its messages", async () => {
    const { createChannel } = await gqlOk(server, CreateChannel, { input: { name: unique("team"), type: "PRIVATE", members: [keyIds.other] } }, { auth: auth.owner });
    const channelId = createChannel.channel.id;
    const client = wsClient(server, auth.other);
    const before = server.app.events.subscriptionsOpened();
    const events = subscribe(client, { toString: () => "subscription($id: ID!) { messageAdded(channelId: $id) { message { content } } }" } as never, { id: channelId });
    await eventually(() => server.app.events.subscriptionsOpened() > before);
    await gqlOk(server, SendMessage, { input: { channelId, content: "while you are in" } }, { auth: auth.owner });
    expect(await events.next()).toEqual({ data: { messageAdded: { message: { content: "while you are in" } } } });
    await gqlOk(server, RemoveChannelMember, { channelId, memberId: keyIds.other }, { auth: auth.owner });
    await gqlOk(server, SendMessage, { input: { channelId, content: "after you left" } }, { auth: auth.owner });
    await events.done; // the stream ends at the first event after the removal, without it
    expect(events.received.map((r) => JSON.stringify(r))).not.toContain(expect.stringContaining("after you left"));
    await client.dispose();
  });
});

describe("posting on behalf of others (seed 001 sender_id)", () => {
  const post = (who: Who, channelId: string, sender_id: string) =>
    rest(server, "POST", `/api/v1/channels/${channelId}/messages`, { auth: auth[who], body: { sender_id, content: "bridged from chat" } });
  const postedBy = async (messageId: string) =>
    (await graphql("admin", "query($id: ID!) { node(id: $id) { ... on Message { senderId senderType postedBy } } }", { id: messageId })).data.node;

  it("seed 001's example — an admin key posting with sender_id user-123 — succeeds and records both the sender and who posted", async () => {
    const response = await post("admin", ids.Channel, "user-123");
    expect(response.status).toBe(201);
    expect(response.body.sender_id).toBe("user-123");
    const viewer = (await graphql("admin", "{ viewer { id } }", {})).data.viewer.id;
    expect(await postedBy(response.body.message_id)).toEqual({ senderId: "user-123", senderType: "USER", postedBy: viewer });
  });

  it("any key that may post may name an external end user; posting as another key or user of this server is for admins", async () => {
    const bridged = await post("owner", ids.Channel, "slack:U024BE7LH");
    expect(bridged.status).toBe(201);
    expect((await postedBy(bridged.body.message_id)).postedBy).toBe(keyIds.owner);
    const impersonation = await post("owner", ids.Channel, keyIds.other);
    expect(impersonation.status).toBe(403);
    expect(impersonation.body.error.code).toBe("insufficient_permissions");
    expect((await post("admin", ids.Channel, keyIds.other)).status).toBe(201);
  });

  it("posting as an agent needs agents:write and the agent's membership", async () => {
    const messagingOnly = await createKey(server, { roles: ["MESSAGING"] });
    const { createChannel } = await gqlOk(server, CreateChannel, { input: { name: unique("public"), type: "PUBLIC" } }, { auth: messagingOnly.auth });
    const asAgent = (authorization: string, channelId: string) =>
      rest(server, "POST", `/api/v1/channels/${channelId}/messages`, { auth: authorization, body: { sender_id: ids.Agent, content: "as the agent" } });
    expect((await asAgent(messagingOnly.auth, ids.Channel)).status).toBe(404); // not a member: the channel does not exist for it
    expect((await asAgent(messagingOnly.auth, createChannel.channel.id)).status).toBe(403); // no agents:write
    expect((await asAgent(auth.owner, createChannel.channel.id)).status).toBe(403); // the agent is not a member there
    expect((await asAgent(auth.owner, ids.Channel)).status).toBe(201);
  });
});

describe("the agents → sessions → messages tree", () => {
  it("agents(first: 20) → sessions(first: 10) → messages(first: 10) costs at most 4 SQL statements and shows only your sessions", async () => {
    const mine: string[] = [];
    for (let i = 0; i < 3; i++) {
      const agent = await runningAgent(server);
      for (let j = 0; j < 2; j++) {
        const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id } }, { auth: auth.owner });
        await gqlOk(server, SendSessionMessage, { input: { sessionId: createSession.session.id, content: `hi ${i}.${j}` } }, { auth: auth.owner });
        mine.push(createSession.session.id);
      }
      await gqlOk(server, CreateSession, { input: { agentId: agent.id } }, { auth: auth.other });
    }
    // The benchmark's tree query (bench/run.ts), as a non-admin key.
    const query = `{ agents(first: 20) { totalCount edges { node { id name sessions(first: 10) { totalCount edges { node { id status messages(first: 10) { totalCount edges { node { id content } } } } } } } } } }`;
    let answer: any;
    const { count, log } = await server.statementsOf(async () => (answer = await graphql("owner", query, {})));
    expect(answer.errors).toBeUndefined();
    const sessions = answer.data.agents.edges.flatMap((a: any) => a.node.sessions.edges.map((s: any) => s.node));
    expect(sessions.map((s: any) => s.id).sort()).toEqual([ids.Session, ...mine].sort());
    expect(sessions.every((s: any) => s.messages.totalCount === s.messages.edges.length)).toBe(true);
    // The tree: agents with their visible-session counts, sessions with their visible-message counts,
    // messages, and the agents' totalCount. (The key lookup is remembered for a second and shared by
    // concurrent requests, so it is not this request's: src/domain/auth/principal-cache.ts.)
    expect(log.filter((sql) => /FROM `main`\.`ApiKey`|FROM "public"\."ApiKey"/.test(sql))).toHaveLength(0);
    expect(count).toBeLessThanOrEqual(4);
  });
});
