// GET /metrics (issue 12 §3): the Prometheus text format, scraped the way an operator's Prometheus
// does, protected by a bearer token or open to loopback only; and the series move when the
// server does the things they count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, gqlOk, rest } from "./support/client.js";
import { AgentStatusChanged, CreateAgent, CreateSession, SendSessionMessage, StartAgent } from "./support/documents.js";
import { createKey, runningAgent, unique } from "./support/fixtures.js";
import { ViewerId } from "./support/limit-documents.js";
import { startFakeOpenAI, type FakeOpenAI } from "./support/openai-server.js";
import { startServer, type TestServer } from "./support/server.js";
import { startWebhookReceiver, type WebhookReceiver } from "./support/webhook-receiver.js";
import { taskWhen } from "./support/work.js";
import { CreateWebhook, SpawnTask } from "./support/work-documents.js";
import { eventually, subscribeOpen, wsClient } from "./support/ws.js";

/** How long background work (a webhook delivery, a socket closing) may take on a busy machine. */
const SLOW = 15_000;

/** The scrape, as samples: `name{labels} value`. */
async function scrape(server: TestServer, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  const samples = (await response.text())
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line)!;
      const labels = Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
      return { name: m[1]!, labels: labels as Record<string, string>, value: Number(m[3]) };
    });
  /** The sum of the series of `name` whose labels include `labels` (0 when there is none). */
  const value = (name: string, labels: Record<string, string> = {}) =>
    samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);
  return { samples, value };
}

describe("who may scrape", () => {
  let open: TestServer;
  let guarded: TestServer;
  beforeAll(async () => {
    open = await startServer({ env: { TRUSTED_PROXIES: "127.0.0.1" } });
    guarded = await startServer({ env: { METRICS_TOKEN: "scrape-token-0123456789" } });
  });
  afterAll(async () => {
    await open.stop();
    await guarded.stop();
  });

  it("without METRICS_TOKEN answers loopback clients only, in the Prometheus text format", async () => {
    const { samples } = await scrape(open);
    expect(samples.some((s) => s.name === "process_resident_memory_bytes")).toBe(true);
    const remote = await fetch(`${open.url}/metrics`, { headers: { "x-forwarded-for": "203.0.113.9" } }); // through a trusted proxy
    expect(remote.status).toBe(403);
    expect((await remote.json()).error.code).toBe("insufficient_permissions");
  });

  it("with METRICS_TOKEN wants it as a bearer token, from anywhere", async () => {
    expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status).toBe(401);
    await scrape(guarded, { authorization: "Bearer scrape-token-0123456789" });
  });

  it("is not charged against request limits and carries no rate-limit headers", async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => fetch(`${open.url}/metrics`)));
    expect(answers.every((a) => a.status === 200 && !a.headers.has("x-ratelimit-limit"))).toBe(true);
  });
});

describe("the series move", () => {
  let server: TestServer;
  let openai: FakeOpenAI;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    openai = await startFakeOpenAI();
    receiver = await startWebhookReceiver();
    server = await startServer({
      env: {
        OPENAI_BASE_URL: openai.url,
        OPENAI_MODELS: "gpt-test",
        WEBHOOK_POLL_INTERVAL_MS: "20",
        RATE_LIMIT_POLICIES: JSON.stringify({ role: { limits: { system_monitor: 3 } } }),
      },
    });
  });
  afterAll(async () => {
    await server.stop();
    await openai.close();
    await receiver.close();
  });

  it("counts HTTP requests and their latency by route template, method and status (seed 004's api_request_duration_ms)", async () => {
    const before = await scrape(server);
    await gqlOk(server, ViewerId);
    await gqlOk(server, ViewerId);
    expect((await rest(server, "GET", "/api/agent/subagent_0_nope")).status).toBe(404);
    await server.fetch("/no/such/thing");
    const after = await scrape(server);
    const graphql = { path: "/graphql", method: "POST", status: "200" };
    expect(after.value("http_requests_total", graphql) - before.value("http_requests_total", graphql)).toBe(2);
    expect(after.value("api_request_duration_ms_count", graphql) - before.value("api_request_duration_ms_count", graphql)).toBe(2);
    expect(after.value("api_request_duration_ms_count", { path: "/api/agent/:agent_id", method: "GET", status: "404" })).toBe(1);
    expect(after.value("http_requests_total", { path: "unmatched", status: "404" })).toBeGreaterThanOrEqual(1);
    expect(after.samples.some((s) => s.labels.path?.includes("subagent_0_nope") || s.labels.path === "/no/such/thing")).toBe(false);
    expect(after.value("graphql_operations_total", { operation: "ViewerId", type: "query", outcome: "ok" }) - before.value("graphql_operations_total", { operation: "ViewerId", type: "query", outcome: "ok" })).toBe(2);
    expect(after.value("graphql_envelop_phase_execute_count", { operationType: "query" })).toBeGreaterThan(before.value("graphql_envelop_phase_execute_count", { operationType: "query" }));
    expect(after.value("db_query_duration_seconds_count", { statement: "SELECT" })).toBeGreaterThan(before.value("db_query_duration_seconds_count", { statement: "SELECT" }));
  });

  it("counts model calls, tokens and cost by provider and model, and failures in function_error_total", async () => {
    const agent = await runningAgent(server, { config: { model: "opus" } });
    const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id } });
    await gqlOk(server, SendSessionMessage, { input: { sessionId: createSession.session.id, content: "Plan the launch" } });
    openai.options = { failWith: 500 };
    const failing = await runningAgent(server, { config: { model: "gpt-test" } });
    const failingSession = (await gqlOk(server, CreateSession, { input: { agentId: failing.id } })).createSession.session;
    expect((await rest(server, "POST", `/api/v1/sessions/${failingSession.id}/message`, { body: { content: "fail" } })).status).toBe(502);
    openai.options = {};

    const { value } = await scrape(server);
    expect(value("model_calls_total", { provider: "builtin", model: "opus", status: "ok" })).toBe(1);
    expect(value("model_tokens_total", { provider: "builtin", model: "opus", direction: "input" })).toBeGreaterThan(0);
    expect(value("model_tokens_total", { provider: "builtin", model: "opus", direction: "output" })).toBeGreaterThan(0);
    expect(value("model_cost_usd_total", { provider: "builtin", model: "opus" })).toBeGreaterThan(0);
    expect(value("model_calls_total", { provider: "openai", model: "gpt-test", status: "error" })).toBe(1);
    expect(value("function_error_total", { path: "/api/v1/sessions/:session_id/message", method: "POST", status: "502" })).toBe(1);
  });

  it("counts finished tasks by outcome, the queue's depth, and webhook deliveries by outcome", async () => {
    await gqlOk(server, CreateWebhook, { input: { url: receiver.url, events: ["AGENT_COMPLETED"] } });
    const { spawnTask } = await gqlOk(server, SpawnTask, { input: { task: "count me", model: "k2p5" } });
    expect((await taskWhen(server, spawnTask.task.id)).status).toBe("COMPLETED");
    await eventually(() => receiver.received.length > 0, SLOW);
    await eventually(async () => (await scrape(server)).value("webhook_deliveries_total", { outcome: "delivered" }) === 1, SLOW);
    const { value, samples } = await scrape(server);
    expect(value("task_duration_seconds_count", { outcome: "completed" })).toBe(1);
    expect(samples.filter((s) => s.name === "task_queue_depth").map((s) => s.labels.status).sort()).toEqual(["queued", "running"]);
  });

  it("shows open graphql-ws sockets and subscriptions, and how long events took to arrive", async () => {
    const { createAgent } = await gqlOk(server, CreateAgent, { input: { name: unique("watched"), type: "t" } });
    const client = wsClient(server);
    const sub = await subscribeOpen(server, client, AgentStatusChanged, { agentId: createAgent.agent.id });
    let scraped = await scrape(server);
    expect(scraped.value("graphql_ws_sockets_open")).toBe(1);
    expect(scraped.value("graphql_subscriptions_active", { transport: "ws" })).toBe(1);
    await gqlOk(server, StartAgent, { id: createAgent.agent.id });
    await sub.next();
    scraped = await scrape(server);
    expect(scraped.value("event_delivery_latency_seconds_count", { topic: "agentStatusChanged" })).toBe(1);
    await client.dispose();
    await eventually(async () => (await scrape(server)).value("graphql_ws_sockets_open") === 0, SLOW);
    expect((await scrape(server)).value("graphql_subscriptions_active", { transport: "ws" })).toBe(0);
  });

  it("counts rate-limit refusals by policy, and refused GraphQL operations as rate_limited", async () => {
    const { auth } = await createKey(server, { roles: ["SYSTEM_MONITOR"] }); // 3 a minute here
    for (let i = 0; i < 4; i++) await gql(server, ViewerId, undefined, { auth });
    const { value } = await scrape(server);
    expect(value("rate_limit_refusals_total", { policy: "role", scope: "system_monitor" })).toBe(1);
    expect(value("graphql_operations_total", { operation: "ViewerId", outcome: "rate_limited" })).toBe(1);
  });
});
