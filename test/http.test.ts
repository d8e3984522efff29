// The HTTP surface: GraphQL over HTTP compliance (graphql-http audit), request ids, security
// headers (seed 004), health endpoints (seed 002), GraphiQL, and masking of unexpected errors.
import { auditServer } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql, gqlOk, rest } from "./support/client.js";
import { AgentStatusChanged, CreateAgent, CreateChannel, ListAgents, MessageAdded, Viewer } from "./support/documents.js";
import { subscribeOpen, wsClient } from "./support/ws.js";
import { startServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

describe("GraphQL over HTTP", () => {
  it("passes every MUST audit of graphql-http against the listening server", async () => {
    const results = await auditServer({ url: `${server.url}/graphql` });
    const failed = (level: string) => results.filter((r) => r.status !== "ok" && r.name.startsWith(level));
    const count = (level: string) => results.filter((r) => r.name.startsWith(level)).length;
    console.info(
      `graphql-http audit: MUST ${count("MUST") - failed("MUST").length}/${count("MUST")}, ` +
        `SHOULD ${count("SHOULD") - failed("SHOULD").length}/${count("SHOULD")}, MAY ${count("MAY") - failed("MAY").length}/${count("MAY")} passed`,
    );
    expect(failed("MUST").map((r) => r.name)).toEqual([]);
  });

  it("answers queries sent with GET", async () => {
    const query = encodeURIComponent("{ viewer { kind } }");
    const response = await server.fetch(`/graphql?query=${query}`, { headers: { authorization: server.admin, accept: "application/json" } });
    expect(await response.json()).toEqual({ data: { viewer: { kind: "API_KEY" } } });
  });

  it("serves GraphiQL to a browser", async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("GraphiQL");
  });

  it("answers 401 with AUTH_FAILED when touching protected fields without credentials", async () => {
    const result = await gql(server, ListAgents, { first: 1 }, { auth: null });
    expect(result.status).toBe(401);
    expect(errorCodes(result)).toEqual(["AUTH_FAILED"]);
    expect(result.errors![0]!.extensions).not.toHaveProperty("http");
  });
});

describe("X-Request-Id", () => {
  it("echoes a valid incoming id on GraphQL, REST and health responses", async () => {
    const headers = { "x-request-id": "client-trace-42" };
    expect((await gql(server, Viewer, {}, { headers })).headers.get("x-request-id")).toBe("client-trace-42");
    const restResponse = await rest(server, "GET", "/api/v1/agents/agt_nope", { headers });
    expect(restResponse.headers.get("x-request-id")).toBe("client-trace-42");
    expect(restResponse.body.error.request_id).toBe("client-trace-42");
    expect((await server.fetch("/health", { headers })).headers.get("x-request-id")).toBe("client-trace-42");
  });

  it("generates a fresh id when none (or an invalid one) is sent", async () => {
    const a = (await gql(server, Viewer, {})).headers.get("x-request-id");
    const b = (await gql(server, Viewer, {}, { headers: { "x-request-id": "spaces are not allowed" } })).headers.get("x-request-id");
    expect(a).toMatch(/^req_[0-9a-f]{24}$/);
    expect(b).toMatch(/^req_[0-9a-f]{24}$/);
    expect(a).not.toBe(b);
  });
});

describe("security headers (seed 004)", () => {
  it("are on every response", async () => {
    for (const response of [await server.fetch("/health"), await server.fetch("/api/v1/agents"), await server.fetch("/graphql?query={__typename}")]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-xss-protection")).toBe("1; mode=block");
      expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    }
  });
});

describe("health (seed 002)", () => {
  it("/health reports status, timestamp, each service and the version", async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "healthy",
      timestamp: server.clock.now().toISOString(),
      services: { gateway: "up", docker: "up", database: "up", api: "up", pubsub: "up" },
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });

  it("/api/health answers seed 003's and seed 004's fields (test/health.test.ts measures them)", async () => {
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "healthy",
      uptime_seconds: expect.any(Number),
      error_rate: expect.any(Number),
      models_configured: 4,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      workers: 4,
      uptime: expect.any(Number),
    });
  });

  it("/health/live and /health/ready answer 200 while serving", async () => {
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).status).toBe("ready");
  });
});

describe("expected errors", () => {
  it("reach the client with their code and are not logged as server errors", async () => {
    const logs: Record<string, unknown>[] = [];
    const quiet = await startServer({ logs });
    try {
      expect((await rest(quiet, "GET", "/api/v1/agents/agt_nope")).status).toBe(404);
      expect(errorCodes(await gql(quiet, ListAgents, { first: 1 }, { auth: "ApiKey wrong" }))).toEqual(["AUTH_FAILED"]);
      expect(logs.filter((l) => (l.level as number) >= 50)).toEqual([]);
    } finally {
      await quiet.stop();
    }
  });
});

describe("unexpected errors", () => {
  it("are masked as INTERNAL_ERROR for the client and logged with the request id", async () => {
    const logs: Record<string, unknown>[] = [];
    const broken = await startServer({ logs });
    try {
      // Break the database under the server: every agent read now fails in a way no one expected.
      await broken.app.db.$executeRawUnsafe('ALTER TABLE "Agent" RENAME TO "Gone"');
      const result = await gql(broken, ListAgents, { first: 1 }, { headers: { "x-request-id": "trace-broken-1" } });
      expect(result.errors).toEqual([expect.objectContaining({ message: "Unexpected error.", extensions: { code: "INTERNAL_ERROR" } })]);
      expect(JSON.stringify(result)).not.toMatch(/Gone|prisma|sqlite/i);
      const errorLogs = logs.filter((l) => l.level === 50);
      expect(errorLogs).toEqual([expect.objectContaining({ requestId: "trace-broken-1", path: ["agents"] })]);

      const viaRest = await rest(broken, "GET", "/api/v1/agents");
      expect(viaRest.status).toBe(500);
      expect(viaRest.body.error.code).toBe("INTERNAL_ERROR");
    } finally {
      await broken.stop();
    }
  });

  it("in one subscription event, are masked for every subscriber of its group and logged once for the group", async () => {
    const logs: Record<string, unknown>[] = [];
    const broken = await startServer({ logs });
    const clients = [wsClient(broken), wsClient(broken)];
    try {
      const { createAgent } = await gqlOk(broken, CreateAgent, { input: { name: "doomed-agent", type: "worker" } });
      const agentId = createAgent.agent.id;
      // Same document, variables and visibility class: one group, so the event is executed once.
      const subs = [];
      for (const client of clients) subs.push(await subscribeOpen(broken, client, AgentStatusChanged, { agentId }));
      await broken.app.db.$executeRawUnsafe('ALTER TABLE "Agent" RENAME TO "Gone"');
      broken.app.events.publish("agentStatusChanged", { agentId, previousStatus: "STOPPED", status: "RUNNING", changedAt: new Date().toISOString() });
      for (const sub of subs) {
        const result = await sub.next();
        expect(result.data?.agentStatusChanged).toMatchObject({ agentId, status: "RUNNING", agent: null });
        expect(result.errors).toEqual([expect.objectContaining({ message: "Unexpected error.", path: ["agentStatusChanged", "agent"], extensions: { code: "INTERNAL_ERROR" } })]);
        expect(JSON.stringify(result)).not.toMatch(/Gone|prisma|sqlite/i);
      }
      const unexpected = logs.filter((l) => l.level === 50 && String(l.msg).includes("unexpected"));
      expect(unexpected).toEqual([expect.objectContaining({ requestId: expect.any(String), path: ["agentStatusChanged", "agent"] })]);
    } finally {
      for (const client of clients) await client.dispose();
      await broken.stop();
    }
  });

  it("in a subscription's event stream, are masked for the subscriber and logged", async () => {
    const logs: Record<string, unknown>[] = [];
    const broken = await startServer({ logs });
    const client = wsClient(broken);
    try {
      const { createChannel } = await gqlOk(broken, CreateChannel, { input: { name: "doomed", type: "PUBLIC" } });
      const sub = await subscribeOpen(broken, client, MessageAdded, { channelId: createChannel.channel.id });
      await broken.app.db.$executeRawUnsafe('ALTER TABLE "Message" RENAME TO "Gone"');
      // An event ahead of the stream makes it fetch the missing messages — from a table that is gone.
      broken.app.events.publish("messageAdded", { channelId: createChannel.channel.id, messageId: "msg_x", position: 5 });
      const error = await sub.done.then(() => null, (e: unknown) => e);
      expect(JSON.stringify(error)).toContain("Unexpected error.");
      expect(JSON.stringify(error)).not.toMatch(/Gone|prisma|sqlite/i);
      await expect.poll(() => logs.some((l) => l.level === 50 && String(l.msg).includes("unexpected"))).toBe(true);
    } finally {
      await client.dispose();
      await broken.stop();
    }
  });
});
