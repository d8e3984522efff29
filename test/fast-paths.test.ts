// The per-request shortcuts keep every guarantee they shortcut: a credential is remembered for a second
// (how much that saves is `npm run bench`'s to show), but a revocation still takes effect at once here
// and within a second on another instance;
// subscribers of one topic share one pub/sub listener yet each gets only its own events, in order;
// an event is executed once per (document, variables, visibility class), and subscribers who may
// see different things never share a result.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql, gqlOk, rest } from "./support/client.js";
import { AgentStatusChanged, AgentStatusWithSessions, CreateAgent, CreateApiKey, CreateSession, RevokeApiKey, StartAgent, StopAgent, Viewer } from "./support/documents.js";
import { freshDatabase, startServer, type TestServer } from "./support/server.js";
import { EVENT_TIMEOUT_MS, POLL_INTERVAL_MS } from "./support/timeouts.js";
import { subscribeOpen, wsClient } from "./support/ws.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

async function newKey(target: TestServer = server, role: "AGENT_MANAGER" | "MESSAGING" | "ADMIN" = "AGENT_MANAGER") {
  const { createApiKey } = await gqlOk(target, CreateApiKey, { input: { name: `fast-${randomBytes(3).toString("hex")}`, roles: [role] } });
  return { id: createApiKey.apiKey.id, authorization: `ApiKey ${createApiKey.secret}` };
}

async function newAgent() {
  return (await gqlOk(server, CreateAgent, { input: { name: `fast-${randomBytes(4).toString("hex")}`, type: "t" } })).createAgent.agent.id;
}

describe("authentication", () => {
  it("refuses a key on the very next request after it is revoked, over GraphQL and REST, though it was just used", async () => {
    const key = await newKey();
    expect((await gql(server, Viewer, {}, { auth: key.authorization })).status).toBe(200);
    expect((await rest(server, "GET", "/api/v1/agents?limit=1", { auth: key.authorization })).status).toBe(200);
    await gqlOk(server, RevokeApiKey, { id: key.id });
    expect(errorCodes(await gql(server, Viewer, {}, { auth: key.authorization }))).toEqual(["AUTH_FAILED"]);
    expect((await rest(server, "GET", "/api/v1/agents?limit=1", { auth: key.authorization })).status).toBe(401);
  });

  it("refuses a key revoked on another instance that shares the database, even without shared pub/sub (within a second)", async () => {
    const database = await freshDatabase();
    const env = { ADMIN_API_KEY: "shared-admin-key-for-two-instances-0123" };
    const a = await startServer({ database, env });
    const b = await startServer({ database, env });
    try {
      const key = await newKey(a);
      expect((await gql(b, Viewer, {}, { auth: key.authorization })).status).toBe(200); // remembered on B now
      await gqlOk(a, RevokeApiKey, { id: key.id });
      await expect
        .poll(async () => errorCodes(await gql(b, Viewer, {}, { auth: key.authorization })), { timeout: EVENT_TIMEOUT_MS, interval: POLL_INTERVAL_MS })
        .toEqual(["AUTH_FAILED"]);
    } finally {
      await a.stop();
      await b.stop();
    }
  });
});

describe("subscription fan-out", () => {
  it("gives each of many subscribers of one topic only the events its filter asks for, in the order they happened", async () => {
    const [first, second] = [await newAgent(), await newAgent()];
    const client = wsClient(server);
    try {
      // More than the ten listeners an EventTarget warns about; one by one, so each is live before the events.
      const both = [];
      const onlyFirst = [];
      for (let i = 0; i < 12; i++) {
        both.push(await subscribeOpen(server, client, AgentStatusChanged, {}));
        onlyFirst.push(await subscribeOpen(server, client, AgentStatusChanged, { agentId: first }));
      }
      await gqlOk(server, StartAgent, { id: first });
      await gqlOk(server, StartAgent, { id: second });
      await gqlOk(server, StopAgent, { id: first });
      await gqlOk(server, StopAgent, { id: second });
      for (const sub of both) {
        const events = await Promise.all([sub.next(), sub.next(), sub.next(), sub.next()]);
        expect(events.map((e) => [e.data!.agentStatusChanged.agentId, e.data!.agentStatusChanged.status])).toEqual([
          [first, "RUNNING"],
          [second, "RUNNING"],
          [first, "STOPPED"],
          [second, "STOPPED"],
        ]);
      }
      for (const sub of onlyFirst) {
        const events = [await sub.next(), await sub.next()];
        expect(events.map((e) => e.data!.agentStatusChanged.status)).toEqual(["RUNNING", "STOPPED"]);
        expect(sub.received).toHaveLength(2);
      }
      for (const sub of [...both, ...onlyFirst]) sub.unsubscribe();
      await expect.poll(() => server.app.events.openSubscriptions(), { timeout: EVENT_TIMEOUT_MS, interval: POLL_INTERVAL_MS }).toBe(0);
    } finally {
      await client.dispose();
    }
  });
});

/** graphql_subscription_event_results_total by source (executed, shared), from /metrics. */
async function eventResults(): Promise<{ executed: number; shared: number }> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const value = (source: string) => Number(new RegExp(`^graphql_subscription_event_results_total\\{source="${source}"\\} (\\S+)$`, "m").exec(text)?.[1] ?? 0);
  return { executed: value("executed"), shared: value("shared") };
}

describe("subscription events executed once per visibility class", () => {
  it("executes an event once per (document, variables, visibility class) and never gives one class's result to another", async () => {
    const agentId = await newAgent();
    const [secondAdmin, reader, otherReader] = [await newKey(server, "ADMIN"), await newKey(server, "MESSAGING"), await newKey(server, "MESSAGING")];
    await gqlOk(server, CreateSession, { input: { agentId } }); // the admin's session
    await gqlOk(server, CreateSession, { input: { agentId } }, { auth: reader.authorization }); // the reader's own
    const clients = [server.admin, server.admin, secondAdmin.authorization, reader.authorization, reader.authorization, otherReader.authorization].map((auth) => wsClient(server, auth));
    try {
      // Admins see both sessions whoever they are; a messaging key sees only its own.
      const subs = [];
      for (const client of clients) subs.push(await subscribeOpen(server, client, AgentStatusWithSessions, { agentId }));
      const unfiltered = await subscribeOpen(server, clients[0]!, AgentStatusWithSessions, {}); // other variables: its own execution
      const before = await eventResults();
      await gqlOk(server, StartAgent, { id: agentId });
      const seen = await Promise.all([...subs, unfiltered].map(async (sub) => (await sub.next()).data!.agentStatusChanged.agent!.sessions.totalCount));
      expect(seen).toEqual([2, 2, 2, 1, 1, 0, 2]);
      const after = await eventResults();
      // Groups: admins with { agentId }, the reader, the other reader, admins without variables.
      expect(after.executed - before.executed).toBe(4);
      expect(after.shared - before.shared).toBe(3);
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });

  it("serves subscribers who share results each event in order, read after its own commit", async () => {
    const agentId = await newAgent();
    const clients = [wsClient(server), wsClient(server)];
    try {
      const subs = [await subscribeOpen(server, clients[0]!, AgentStatusChanged, { agentId }), await subscribeOpen(server, clients[1]!, AgentStatusChanged, { agentId })];
      // Each change awaited by both before the next, so the agent read per event is that change's.
      const received: string[][] = [[], []];
      for (const start of [true, false, true, false]) {
        await (start ? gqlOk(server, StartAgent, { id: agentId }) : gqlOk(server, StopAgent, { id: agentId }));
        await Promise.all(subs.map(async (sub, i) => {
          const { agentStatusChanged: e } = (await sub.next()).data!;
          received[i]!.push(`${e.status}/${e.agent!.status}`);
        }));
      }
      // The agent is read per event (after its commit), not served from an earlier event's result.
      for (const events of received) expect(events).toEqual(["RUNNING/RUNNING", "STOPPED/STOPPED", "RUNNING/RUNNING", "STOPPED/STOPPED"]);
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
    }
  });
});
