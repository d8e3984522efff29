// The permission layer: seed 001's roles against every agent operation over GraphQL and REST,
// deny-by-default on every root field, and subscriptions refused when they subscribe.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT_RULES } from "../src/graphql/permissions.js";
import { rawSchema } from "../src/graphql/schema.js";
import type { Role } from "../src/generated/graphql/graphql.js";
import { errorCodes, gql, gqlOk, rest } from "./support/client.js";
import { AgentStatusChanged, CreateAgent, CreateApiKey, DeleteAgent, GetAgent, ListAgents, StartAgent, StopAgent, UpdateAgent } from "./support/documents.js";
import { startServer, type TestServer } from "./support/server.js";
import { subscribe, wsClient } from "./support/ws.js";

let server: TestServer;
const auth: Record<string, string | null> = { anonymous: null };
const ROLES: Role[] = ["ADMIN", "AGENT_MANAGER", "MESSAGING", "SYSTEM_MONITOR"];

beforeAll(async () => {
  server = await startServer();
  for (const role of ROLES) {
    const { createApiKey } = await gqlOk(server, CreateApiKey, { input: { name: role, roles: [role] } });
    auth[role] = `ApiKey ${createApiKey.secret}`;
  }
});
afterAll(() => server.stop());

let seq = 0;
async function freshAgent(running = false) {
  const { createAgent } = await gqlOk(server, CreateAgent, { input: { name: `perm-${++seq}`, type: "t" } });
  if (running) await gqlOk(server, StartAgent, { id: createAgent.agent.id });
  return createAgent.agent.id;
}

type Outcome = "allowed" | "AUTH_FAILED" | "insufficient_permissions";
const WRITERS = new Set(["ADMIN", "AGENT_MANAGER"]);
/** Seed 001: create/start/stop/delete need admin or agent_manager; list/get need any login. */
const expected = (who: string, write: boolean): Outcome =>
  who === "anonymous" ? "AUTH_FAILED" : !write || WRITERS.has(who) ? "allowed" : "insufficient_permissions";

const graphqlOperations = [
  { name: "createAgent", write: true, run: (a: string | null) => gql(server, CreateAgent, { input: { name: `m-${++seq}`, type: "t" } }, { auth: a }) },
  { name: "updateAgent", write: true, run: async (a: string | null) => gql(server, UpdateAgent, { input: { id: await freshAgent(), skills: ["x"] } }, { auth: a }) },
  { name: "startAgent", write: true, run: async (a: string | null) => gql(server, StartAgent, { id: await freshAgent() }, { auth: a }) },
  { name: "stopAgent", write: true, run: async (a: string | null) => gql(server, StopAgent, { id: await freshAgent(true) }, { auth: a }) },
  { name: "deleteAgent", write: true, run: async (a: string | null) => gql(server, DeleteAgent, { id: await freshAgent() }, { auth: a }) },
  { name: "agent", write: false, run: async (a: string | null) => gql(server, GetAgent, { id: await freshAgent() }, { auth: a }) },
  { name: "agents", write: false, run: (a: string | null) => gql(server, ListAgents, { first: 5 }, { auth: a }) },
];

describe("the role × operation matrix over GraphQL", () => {
  for (const op of graphqlOperations) {
    for (const who of ["anonymous", ...ROLES]) {
      const outcome = expected(who, op.write);
      it(`${op.name} as ${who}: ${outcome}`, async () => {
        const result = await op.run(auth[who] ?? null);
        if (outcome === "allowed") expect(result.errors).toBeUndefined();
        else expect(errorCodes(result)).toEqual([outcome]);
      });
    }
  }
});

const restOperations = [
  { name: "POST /api/v1/agents", write: true, status: 201, run: (a: string | null) => rest(server, "POST", "/api/v1/agents", { auth: a, body: { name: `r-${++seq}`, type: "t" } }) },
  { name: "POST …/start", write: true, status: 200, run: async (a: string | null) => rest(server, "POST", `/api/v1/agents/${await freshAgent()}/start`, { auth: a }) },
  { name: "POST …/stop", write: true, status: 200, run: async (a: string | null) => rest(server, "POST", `/api/v1/agents/${await freshAgent(true)}/stop`, { auth: a }) },
  { name: "DELETE …", write: true, status: 200, run: async (a: string | null) => rest(server, "DELETE", `/api/v1/agents/${await freshAgent()}`, { auth: a }) },
  { name: "GET /api/v1/agents/{id}", write: false, status: 200, run: async (a: string | null) => rest(server, "GET", `/api/v1/agents/${await freshAgent()}`, { auth: a }) },
  { name: "GET /api/v1/agents", write: false, status: 200, run: (a: string | null) => rest(server, "GET", "/api/v1/agents", { auth: a }) },
];

describe("the same matrix over REST, with 401 and 403 in the envelope", () => {
  for (const op of restOperations) {
    for (const who of ["anonymous", ...ROLES]) {
      const outcome = expected(who, op.write);
      it(`${op.name} as ${who}: ${outcome}`, async () => {
        const response = await op.run(auth[who] ?? null);
        if (outcome === "allowed") {
          expect(response.status).toBe(op.status);
        } else {
          expect(response.status).toBe(outcome === "AUTH_FAILED" ? 401 : 403);
          expect(response.body.error.code).toBe(outcome);
        }
      });
    }
  }
});

describe("scoped keys", () => {
  it("an agent_manager key narrowed to agents:read may list but not create", async () => {
    const { createApiKey } = await gqlOk(server, CreateApiKey, { input: { name: "ro", roles: ["AGENT_MANAGER"], scopes: ["AGENTS_READ"] } });
    const readOnly = `ApiKey ${createApiKey.secret}`;
    expect((await gql(server, ListAgents, { first: 1 }, { auth: readOnly })).errors).toBeUndefined();
    const create = await gql(server, CreateAgent, { input: { name: "nope", type: "t" } }, { auth: readOnly });
    expect(errorCodes(create)).toEqual(["insufficient_permissions"]);
    expect(create.errors![0]!.extensions!.details).toEqual({ required_scope: "agents:write" });
  });

  it("only admins manage keys", async () => {
    const attempt = await gql(server, CreateApiKey, { input: { name: "x", roles: ["ADMIN"] } }, { auth: auth.AGENT_MANAGER });
    expect(errorCodes(attempt)).toEqual(["insufficient_permissions"]);
  });
});

describe("deny by default", () => {
  it("names every Query, Mutation and Subscription field in the rule table, and nothing else", () => {
    for (const type of ["Query", "Mutation", "Subscription"] as const) {
      const fields = Object.keys(rawSchema.getType(type) ? (rawSchema.getType(type) as any).getFields() : {}).sort();
      expect(Object.keys(ROOT_RULES[type]).sort(), type).toEqual(fields);
    }
  });
});

describe("subscriptions are refused when they subscribe", () => {
  let monitorBillingOnly: string;
  beforeAll(async () => {
    const { createApiKey } = await gqlOk(server, CreateApiKey, {
      input: { name: "billing-only", roles: ["SYSTEM_MONITOR"], scopes: ["BILLING_READ"] },
    });
    monitorBillingOnly = `ApiKey ${createApiKey.secret}`;
  });

  it("over graphql-ws: an error and no event stream, for anonymous and for a key without agents:read", async () => {
    for (const [who, authorization, code] of [
      ["anonymous", null, "AUTH_FAILED"],
      ["billing-only key", monitorBillingOnly, "insufficient_permissions"],
    ] as const) {
      const client = wsClient(server, authorization);
      const sub = subscribe(client, AgentStatusChanged, {});
      await sub.done; // the server completes the operation itself
      expect(sub.received, who).toEqual([{ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code }) })] }]);
      expect(server.app.events.openSubscriptions(), who).toBe(0);
      await client.dispose();
    }
  });

  it("over SSE: the stream carries the error and ends, and no subscription was opened", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: monitorBillingOnly },
      body: JSON.stringify({ query: AgentStatusChanged.toString(), variables: {} }),
    });
    const text = await response.text(); // the server ends the stream itself
    expect(text).toContain("insufficient_permissions");
    expect(text).toMatch(/event: complete/);
    expect(server.app.events.openSubscriptions()).toBe(0);
  });

  it("while an allowed subscription does open a stream", async () => {
    const client = wsClient(server, auth.SYSTEM_MONITOR);
    const sub = subscribe(client, AgentStatusChanged, {});
    await expect.poll(() => server.app.events.openSubscriptions()).toBe(1);
    sub.unsubscribe();
    await expect.poll(() => server.app.events.openSubscriptions()).toBe(0);
    await client.dispose();
  });
});

describe("spawned work, workflows and webhooks keep the GraphQL rules on REST", () => {
  it.each([
    ["POST", "/api/spawn", { model: "k2p5", task: "hi" }, "MESSAGING", "agents:write"],
    ["POST", "/api/spawn-team", { team: "team_research", task: "hi" }, "SYSTEM_MONITOR", "agents:write"],
    ["DELETE", "/api/agent/subagent_1_abcdef", undefined, "MESSAGING", "agents:write"],
    ["POST", "/api/webhooks", { url: "https://example.com", events: ["agent.completed"] }, "AGENT_MANAGER", "admin:write"],
    ["GET", "/api/webhooks", undefined, "AGENT_MANAGER", "admin:read"],
    ["POST", "/api/agents/csuite/meeting", {}, "SYSTEM_MONITOR", "agents:write"],
  ] as const)("%s %s as %s: 403 needing %s, and nothing happens", async (method, path, body, who, scope) => {
    const response = await rest(server, method, path, { body, auth: auth[who] });
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).toContain(`"required_scope":"${scope}"`);
  });

  it("workflow runs need agents:write on seed 004's paths too", async () => {
    const response = await rest(server, "POST", "/api/workflows/wf_any/run", { body: {}, auth: auth.MESSAGING });
    expect(response).toMatchObject({ status: 403, body: { code: "insufficient_permissions", details: { required_scope: "agents:write" } } });
    expect((await rest(server, "GET", "/api/agents", { auth: null })).status).toBe(401);
  });
});
