// Request limits (issue 12 §1): every request is charged against every policy that applies — role
// (seed 001), tier (seed 002), endpoint (seed 003), per-IP class (seed 004, GCRA) — and the tightest
// decides. Time comes from the server's FakeClock: windows move without sleeping.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { Refusal } from "../src/limits/limiter.js";
import { gqlOk, rest } from "./support/client.js";
import { minutes } from "./support/clock.js";
import { CreateChannel, CreateApiKey, AgentStatusChanged } from "./support/documents.js";
import { createKey, unique } from "./support/fixtures.js";
import { RequestRateLimits, ViewerId } from "./support/limit-documents.js";
import { startServer, type TestServer } from "./support/server.js";
import { CreateWorkflow } from "./support/work-documents.js";

interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

async function graphqlCall(server: TestServer, query: string, auth: string | null, headers: Record<string, string> = {}, variables?: unknown): Promise<Answer> {
  const response = await server.fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...(auth ? { authorization: auth } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const viewer = (server: TestServer, auth: string | null, headers?: Record<string, string>) => graphqlCall(server, ViewerId.toString(), auth, headers);

/** `n` calls one after another; the statuses in order. */
async function statuses(n: number, call: () => Promise<{ status: number }>): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < n; i++) seen.push((await call()).status);
  return seen;
}

const rateHeaders = (a: { headers: Headers }) => ({
  limit: a.headers.get("x-ratelimit-limit"),
  remaining: a.headers.get("x-ratelimit-remaining"),
  reset: a.headers.get("x-ratelimit-reset"),
});

const unixSeconds = (server: TestServer) => Math.floor(server.clock.now().getTime() / 1000);

/** Boundary tests send a few hundred requests one after another: on a busy machine (and PostgreSQL) that takes a while. */
const MANY_REQUESTS = { timeout: 120_000 };

describe("per principal, by role (seed 001)", MANY_REQUESTS, () => {
  let server: TestServer;
  beforeAll(async () => (server = await startServer()));
  afterAll(() => server.stop());

  it("serves a system_monitor key exactly 200 requests a minute; the 201st is 429 RATE_LIMITED with Retry-After, and the next minute serves again", async () => {
    server.clock.set("2026-03-02T10:00:00.000Z");
    const { auth } = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    const first = await viewer(server, auth);
    expect(first.status).toBe(200);
    expect(rateHeaders(first)).toEqual({ limit: "200", remaining: "199", reset: String(unixSeconds(server) + 60) });
    expect(await statuses(199, () => viewer(server, auth))).toEqual(Array(199).fill(200));

    server.clock.advance(15_000);
    const refused = await viewer(server, auth);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("45");
    expect(rateHeaders(refused)).toMatchObject({ limit: "200", remaining: "0" });
    expect(refused.body.errors[0]).toMatchObject({
      message: "Rate limit exceeded",
      extensions: { code: "RATE_LIMITED", retryAfter: 45, details: { policy: "role", scope: "system_monitor", limit: 200, retry_after: 45 } },
    });
    expect(refused.body.errors[0].extensions.http).toBeUndefined();

    server.clock.advance(45_000); // the next minute
    expect((await viewer(server, auth)).status).toBe(200);
  });

  it("counts REST and GraphQL against one budget, and refuses REST in the seed-001 envelope with the retry time in details", async () => {
    server.clock.set("2026-03-02T11:00:00.000Z");
    const { auth } = await createKey(server, { roles: ["MESSAGING"] }); // 300 a minute
    expect(await statuses(150, () => viewer(server, auth))).toEqual(Array(150).fill(200));
    expect(await statuses(150, () => rest(server, "GET", "/api/v1/agents", { auth }))).toEqual(Array(150).fill(200));
    const refused = await rest(server, "GET", "/api/v1/agents", { auth });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(refused.body.error).toMatchObject({
      code: "rate_limit_exceeded",
      message: "Rate limit exceeded",
      details: { retry_after: 60, policy: "role", scope: "messaging", limit: 300, reset_at: "2026-03-02T11:01:00.000Z" },
    });
    expect(refused.body.error.request_id).toBe(refused.headers.get("x-request-id"));
  });

  it("tracks each key separately", async () => {
    server.clock.set("2026-03-02T12:00:00.000Z");
    const a = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    const b = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    await statuses(200, () => viewer(server, a.auth));
    expect((await viewer(server, a.auth)).status).toBe(429);
    const other = await viewer(server, b.auth);
    expect(other.status).toBe(200);
    expect(rateHeaders(other).remaining).toBe("199");
  });
});

describe("per tier (seed 002)", MANY_REQUESTS, () => {
  let server: TestServer;
  beforeAll(async () => (server = await startServer({ env: { DEFAULT_TIER: "free" } })));
  afterAll(() => server.stop());

  it("gives new keys the configured DEFAULT_TIER: a free key gets exactly 100 requests an hour", async () => {
    server.clock.set("2026-03-02T09:00:00.000Z");
    const { createApiKey } = await gqlOk(server, CreateApiKey, { input: { name: unique("free"), roles: ["ADMIN"] } });
    const auth = `ApiKey ${createApiKey.secret}`;
    const first = await viewer(server, auth);
    expect(rateHeaders(first)).toMatchObject({ limit: "100", remaining: "99" }); // tighter than admin's 1,000 a minute
    expect(await statuses(99, () => viewer(server, auth))).toEqual(Array(99).fill(200));
    const refused = await viewer(server, auth);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.details).toMatchObject({ policy: "tier", scope: "free", limit: 100 });

    server.clock.advance(minutes(59)); // a new minute does not help: the window is the hour
    expect((await viewer(server, auth)).status).toBe(429);
    server.clock.advance(minutes(1));
    expect((await viewer(server, auth)).status).toBe(200);
  });

  it("keeps the bootstrap admin key enterprise: only its role limit applies", async () => {
    const answer = await viewer(server, server.admin);
    expect(rateHeaders(answer).limit).toBe("1000");
    expect(await statuses(100, () => viewer(server, server.admin))).not.toContain(429);
  });
});

describe("per endpoint (seed 003)", MANY_REQUESTS, () => {
  let server: TestServer;
  beforeAll(async () => (server = await startServer()));
  afterAll(() => server.stop());

  it("serves GET /api/agents 100 times an hour per key, then refuses in seed 003's error body; GET /api/system has 60", async () => {
    server.clock.set("2026-03-02T09:30:00.000Z");
    const first = await rest(server, "GET", "/api/agents");
    expect(rateHeaders(first)).toMatchObject({ limit: "100", remaining: "99", reset: String(unixSeconds(server) + 1800) });
    expect(await statuses(99, () => rest(server, "GET", "/api/agents"))).toEqual(Array(99).fill(200));
    const refused = await rest(server, "GET", "/api/agents");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1800");
    expect(refused.body.error).toMatchObject({ code: 429, message: "Rate limit exceeded", retry_after: 1800, request_id: refused.headers.get("x-request-id") });

    // Other endpoints and other keys keep their own budgets.
    expect(rateHeaders(await rest(server, "GET", "/api/system"))).toMatchObject({ limit: "60", remaining: "59" });
    expect(await statuses(59, () => rest(server, "GET", "/api/system"))).toEqual(Array(59).fill(200));
    expect((await rest(server, "GET", "/api/system")).status).toBe(429);
    expect((await rest(server, "GET", "/api/agents/active")).status).toBe(200);
    const other = await createKey(server, { roles: ["ADMIN"] });
    expect(rateHeaders(await rest(server, "GET", "/api/agents", { auth: other.auth }))).toMatchObject({ limit: "100", remaining: "99" });
  });
});

describe("per client IP, by operation class (seed 004, GCRA)", MANY_REQUESTS, () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ env: { TRUSTED_PROXIES: "127.0.0.1", RATE_LIMIT_POLICIES: JSON.stringify({ ip: { limits: { workflow_run: 2 } } }) } });
  });
  afterAll(() => server.stop());
  const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });

  it("serves 200 reads an hour to one address on seed 004's routes, then one every 18 s, refusing in seed 004's shape", async () => {
    const ip = "203.0.113.7";
    const first = await rest(server, "GET", "/api/workflows", from(ip));
    expect(rateHeaders(first)).toMatchObject({ limit: "200", remaining: "199" });
    expect(await statuses(199, () => rest(server, "GET", "/api/workflows", from(ip)))).toEqual(Array(199).fill(200));
    const refused = await rest(server, "GET", "/api/workflows", from(ip));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("18"); // an hour / 200
    expect(refused.body).toMatchObject({ error: "Rate limit exceeded", retryAfter: 18 });

    server.clock.advance(18_000); // GCRA: one request's worth has drained
    expect((await rest(server, "GET", "/api/workflows", from(ip))).status).toBe(200);
    expect((await rest(server, "GET", "/api/workflows", from(ip))).status).toBe(429);

    // Another address, same key: its own budget. A seed-001 route is not a seed-004 route.
    expect(rateHeaders(await rest(server, "GET", "/api/workflows", from("203.0.113.8")))).toMatchObject({ limit: "200", remaining: "199" });
    expect((await rest(server, "GET", "/api/v1/agents", from(ip))).status).toBe(200);
  });

  it("charges workflow runs as their own class (configured here to 2 an hour)", async () => {
    const { createWorkflow } = await gqlOk(server, CreateWorkflow, {
      input: { name: unique("wf"), steps: [{ key: "only", kind: "MODEL", model: "k2p5", prompt: "hello" }] },
    });
    const run = () => rest(server, "POST", `/api/workflows/${createWorkflow.workflow.id}/run`, { body: { onBusy: "enqueue" }, ...from("198.51.100.1") });
    expect((await run()).status).toBe(202);
    expect((await run()).status).toBe(202);
    const refused = await run();
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: "Rate limit exceeded", retryAfter: 1800, details: { policy: "ip", scope: "workflow_run" } });
  });

  it("limits requests without credentials per address: 200 reads an hour of GraphQL", async () => {
    const ip = "192.0.2.44";
    expect(await statuses(200, () => viewer(server, null, from(ip).headers))).toEqual(Array(200).fill(200));
    const refused = await viewer(server, null, from(ip).headers);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: "RATE_LIMITED", retryAfter: 18, details: { policy: "ip", scope: "read" } });
  });
});

describe("GraphQL operations are classified (per-IP scope \"all\")", MANY_REQUESTS, () => {
  let server: TestServer;
  beforeAll(async () => {
    const policies = { ip: { scope: "all", limits: { read: 2, write: 2, message: 1, workflow_run: 1 } } };
    server = await startServer({ env: { RATE_LIMIT_POLICIES: JSON.stringify(policies) } });
  });
  afterAll(() => server.stop());
  const scopeOf = (a: Answer) => a.body.errors?.[0]?.extensions?.details?.scope;

  it("charges queries as read, mutations as write, message mutations as message and workflow runs as workflow_run", async () => {
    const query = () => viewer(server, server.admin);
    expect((await query()).status).toBe(200);
    expect((await query()).status).toBe(200);
    expect(scopeOf(await query())).toBe("read");

    const channel = await graphqlCall(server, CreateChannel.toString(), server.admin, {}, { input: { name: unique("c"), type: "PUBLIC" } });
    expect(channel.body.errors).toBeUndefined();
    const workflow = await graphqlCall(server, CreateWorkflow.toString(), server.admin, {}, {
      input: { name: unique("wf"), steps: [{ key: "only", kind: "MODEL", model: "k2p5", prompt: "hi" }] },
    });
    expect(workflow.body.errors).toBeUndefined();
    expect(scopeOf(await graphqlCall(server, `mutation { createAgent(input: { name: "third", type: "t" }) { agent { id } } }`, server.admin))).toBe("write");

    const send = () =>
      graphqlCall(server, `mutation($c: ID!) { sendMessage(input: { channelId: $c, content: "hi" }) { message { id } } }`, server.admin, {}, { c: channel.body.data.createChannel.channel.id });
    expect((await send()).body.errors).toBeUndefined();
    expect(scopeOf(await send())).toBe("message");

    const run = () => graphqlCall(server, `mutation($w: ID!) { runWorkflow(input: { workflowId: $w }) { run { id } } }`, server.admin, {}, { w: workflow.body.data.createWorkflow.workflow.id });
    expect((await run()).body.errors).toBeUndefined();
    expect(scopeOf(await run())).toBe("workflow_run");
  });
});

describe("headers, subscriptions and exemptions", MANY_REQUESTS, () => {
  let server: TestServer;
  const refusals: Refusal[] = [];
  beforeAll(async () => {
    server = await startServer();
    server.app.services.requestLimits.onRefused((r) => refusals.push(r));
  });
  afterAll(() => server.stop());

  it("puts X-RateLimit-* on an SSE subscription's response, and a subscription start counts as one request", async () => {
    server.clock.set("2026-03-02T13:00:00.000Z");
    const { auth } = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    const controller = new AbortController();
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      signal: controller.signal,
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: auth },
      body: JSON.stringify({ query: AgentStatusChanged.toString(), variables: {} }),
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    expect(rateHeaders(response)).toMatchObject({ limit: "200", remaining: "199" });
    controller.abort();
    expect(rateHeaders(await viewer(server, auth)).remaining).toBe("198");
  });

  it("refuses a graphql-ws operation over the limit with an error message for that operation; the socket stays open", async () => {
    server.clock.set("2026-03-02T14:00:00.000Z");
    const { auth } = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    await statuses(199, () => viewer(server, auth));
    const socket = new WebSocket(server.wsUrl, "graphql-transport-ws");
    const messages: any[] = [];
    socket.on("message", (data) => messages.push(JSON.parse(data.toString())));
    let closed = false;
    socket.on("close", () => (closed = true));
    await new Promise((resolve) => socket.on("open", resolve));
    try {
      socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: auth } }));
      await expect.poll(() => messages.some((m) => m.type === "connection_ack")).toBe(true);
      const query = { query: ViewerId.toString() };
      socket.send(JSON.stringify({ id: "ok", type: "subscribe", payload: query }));
      await expect.poll(() => messages.find((m) => m.id === "ok" && m.type === "complete")).toBeTruthy();
      socket.send(JSON.stringify({ id: "over", type: "subscribe", payload: query }));
      await expect.poll(() => messages.find((m) => m.id === "over")).toBeTruthy();
      const refusal = messages.find((m) => m.id === "over");
      expect(refusal).toMatchObject({ type: "error", payload: [{ message: "Rate limit exceeded", extensions: { code: "RATE_LIMITED", retryAfter: 60 } }] });
      expect(refusal.payload[0].extensions.http).toBeUndefined();

      server.clock.advance(minutes(1));
      socket.send(JSON.stringify({ id: "later", type: "subscribe", payload: query }));
      await expect.poll(() => messages.find((m) => m.id === "later" && m.type === "next")).toBeTruthy();
      expect(closed).toBe(false);
    } finally {
      socket.close();
    }
  });

  it("tells refusal listeners (the audit log) who was refused, by which policy, on which path", async () => {
    server.clock.set("2026-03-02T15:00:00.000Z");
    const { auth, id } = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    await statuses(200, () => rest(server, "GET", "/api/v1/agents", { auth }));
    const refused = await rest(server, "GET", "/api/v1/agents", { auth });
    expect(refusals.at(-1)).toEqual({
      policy: "role",
      scope: "system_monitor",
      principal: { kind: "api_key", id, name: expect.any(String) },
      ip: "127.0.0.1",
      requestId: refused.headers.get("x-request-id"),
      path: "/api/v1/agents",
      retryAfterSeconds: 60,
    });
  });

  it("never limits the health endpoints, and does not put the headers on them", async () => {
    const { auth } = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    const answers = await Promise.all(Array.from({ length: 210 }, () => server.fetch("/health/live", { headers: { authorization: auth } })));
    expect(answers.every((a) => a.status === 200 && !a.headers.has("x-ratelimit-limit"))).toBe(true);
    expect(rateHeaders(await viewer(server, auth)).remaining).toBe("199");
  });

  it("shows the caller's own budgets next to the provider limits: requestRateLimits and GET /api/rate-limits", async () => {
    server.clock.set("2026-03-02T16:00:00.000Z");
    const { auth } = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    await viewer(server, auth);
    const data = await gqlOk(server, RequestRateLimits, undefined, { auth });
    expect(data.rateLimits.length).toBeGreaterThan(0);
    expect(data.requestRateLimits).toContainEqual({ policy: "ROLE", scope: "system_monitor", limit: 200, remaining: 198, used: 2, windowSeconds: 60, resetAt: "2026-03-02T16:01:00.000Z" });
    expect(data.requestRateLimits).toContainEqual(expect.objectContaining({ policy: "TIER", scope: "pro", limit: 1000, remaining: 998 }));
    expect(data.requestRateLimits).toContainEqual(expect.objectContaining({ policy: "ENDPOINT", scope: "GET /api/system", limit: 60, remaining: 60 }));
    expect(data.requestRateLimits).toContainEqual(expect.objectContaining({ policy: "IP", scope: "message", limit: 60 }));

    const body = (await rest(server, "GET", "/api/rate-limits", { auth })).body;
    expect(body.limits).toHaveProperty("anthropic");
    expect(body.requests["role:system_monitor"]).toEqual({ used: 3, limit: 200, remaining: 197, reset_at: "2026-03-02T16:01:00.000Z", window_seconds: 60 });
  });
});

describe("RATE_LIMITS=off", MANY_REQUESTS, () => {
  let server: TestServer;
  beforeAll(async () => (server = await startServer({ env: { RATE_LIMITS: "off" } })));
  afterAll(() => server.stop());

  it("neither limits nor reports", async () => {
    const { auth } = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    const answers = await Promise.all(Array.from({ length: 220 }, () => viewer(server, auth)));
    expect(answers.every((a) => a.status === 200 && !a.headers.has("x-ratelimit-limit"))).toBe(true);
    expect((await gqlOk(server, RequestRateLimits, undefined, { auth })).requestRateLimits).toEqual([]);
  });
});
