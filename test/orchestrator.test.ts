// Seed 003 operational endpoints: the budget-aware model recommendation (a documented, deterministic
// policy) and the orchestrator status, rate limits and billing usage in their exact REST shapes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql, gqlOk, rest } from "./support/client.js";
import { hours } from "./support/clock.js";
import { CreateSession, RecommendModel, SendSessionMessage, UpdateBudget } from "./support/documents.js";
import { createKey, runningAgent } from "./support/fixtures.js";
import { startServer, type TestServer } from "./support/server.js";

describe("recommendModel", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ env: { PROVIDER_RATE_LIMITS: JSON.stringify({ kimi: 2 }) } });
  });
  afterAll(() => server.stop());

  const recommend = (complexity: "LOW" | "MEDIUM" | "HIGH", priority: "LOW" | "NORMAL" | "HIGH" = "NORMAL", estimatedTokens = 2500) =>
    gqlOk(server, RecommendModel, { taskType: "coding", complexity, priority, estimatedTokens }).then((d) => d.recommendModel);

  it("picks the cheapest model whose tier fits the complexity (the seed's example: k2p5)", async () => {
    const r = await recommend("MEDIUM");
    expect(r).toMatchObject({ model: { name: "k2p5", tier: 2, vendor: "kimi" }, budgetAvailable: true, budget: { dailyBudget: "50", todaySpend: "0" } });
    // 1250 in × $0.60 + 1250 out × $2.50 per million tokens
    expect(r.estimatedCost).toBe("0.003875");
    expect(r.reason).toMatch(/cheapest model of tier 2/);
    expect((await recommend("LOW")).model.name).toBe("k2p5");
    expect((await recommend("HIGH")).model.name).toBe("opus");
  });

  it("lets HIGH priority buy one tier more, when the budget allows it", async () => {
    expect((await recommend("MEDIUM", "HIGH")).model.name).toBe("opus");
    await gqlOk(server, UpdateBudget, { input: { dailyBudget: "0.1" } });
    const frugal = await recommend("MEDIUM", "HIGH", 100_000); // opus would cost $4.50; k2p5 $0.155 — neither fits
    expect(frugal).toMatchObject({ model: { name: "k2p5" }, budgetAvailable: false });
    expect(frugal.reason).toMatch(/exceeds what the budget has left/);
    expect((await recommend("MEDIUM", "HIGH", 2500)).model.name).toBe("k2p5"); // opus $0.11 no, k2p5 fits
    await gqlOk(server, UpdateBudget, { input: { dailyBudget: "50" } });
  });

  it("skips a model whose provider has no requests left this hour", async () => {
    const agent = await runningAgent(server, { config: { model: "k2p5" } });
    const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id } });
    for (let i = 0; i < 2; i++) await gqlOk(server, SendSessionMessage, { input: { sessionId: createSession.session.id, content: "use up kimi" } });
    const r = await recommend("MEDIUM");
    expect(r.model).toMatchObject({ name: "sonnet", vendor: "anthropic" });
    server.clock.advance(hours(1));
    expect((await recommend("MEDIUM")).model.name).toBe("k2p5");
  });

  it("refuses a negative token estimate", async () => {
    expect(errorCodes(await gql(server, RecommendModel, { taskType: "x", complexity: "LOW", estimatedTokens: -1 }))).toEqual(["VALIDATION_ERROR"]);
  });
});

describe("seed 003 REST endpoints", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ env: { BUDGET_DAILY_USD: "50", BUDGET_MONTHLY_USD: "1500" } });
    for (const model of ["k2p5", "k2p5", "sonnet"]) {
      const agent = await runningAgent(server, { config: { model } });
      const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id } });
      await gqlOk(server, SendSessionMessage, { input: { sessionId: createSession.session.id, content: "Write a Python function" } });
    }
  });
  afterAll(() => server.stop());

  it("GET /api/orchestrator/status has the seed's shape, with today's usage and the forecast", async () => {
    const { status, body } = await rest(server, "GET", "/api/orchestrator/status");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      timestamp: server.clock.now().toISOString(),
      models_active: 4,
      usage_summary: { total_calls: 3, top_models: [{ model: "k2p5", calls: 2, tokens: expect.any(Number) }, { model: "sonnet", calls: 1 }] },
      recent_usage: 3,
      daily_budget: 50,
      budget_alert_level: "ok",
      monthly_forecast: { budget_ceiling: 1500 },
      provider_usage: { kimi: { current: 2, hourly: 100, remaining: 98, utilization_pct: 2 }, anthropic: { current: 1, hourly: 50, remaining: 49, utilization_pct: 2 } },
    });
    expect(body.today_spend).toBeGreaterThan(0);
    expect(body.budget_remaining).toBeCloseTo(50 - body.today_spend, 6);
    expect(body.monthly_forecast.projected_spend).toBeCloseTo((body.today_spend / 2) * 31, 5); // rounded to the micro-dollar
  });

  it("POST /api/orchestrator/recommend-model answers the seed's fields", async () => {
    const { status, body } = await rest(server, "POST", "/api/orchestrator/recommend-model", {
      body: { task_type: "coding", complexity: "medium", priority: "normal", estimated_tokens: 2500 },
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ recommended_model: "k2p5", budget_available: true, daily_budget: 50, reason: expect.any(String) });
    expect(body.budget_remaining).toBeCloseTo(50 - body.today_spend, 6);
    const bad = await rest(server, "POST", "/api/orchestrator/recommend-model", { body: { task_type: "coding", complexity: "extreme", estimated_tokens: 1 } });
    expect(bad.status).toBe(400);
  });

  it("GET /api/rate-limits answers {limits: {provider: {used, limit, remaining, reset_at}}}", async () => {
    const { body } = await rest(server, "GET", "/api/rate-limits");
    expect(body.limits.kimi).toEqual({ used: 2, limit: 100, remaining: 98, reset_at: "2026-03-02T10:00:00.000Z" });
    expect(body.limits.anthropic).toMatchObject({ used: 1, limit: 50 });
  });

  it("GET /api/billing/usage answers period, total_cost, by_model and by_day — and needs billing:read", async () => {
    const { status, body } = await rest(server, "GET", "/api/billing/usage");
    expect(status).toBe(200);
    const records = await server.app.db.usageRecord.findMany();
    const total = records.reduce((sum, r) => sum + r.costMicros, 0) / 1e6;
    expect(body).toEqual({
      period: "2026-03-01 to 2026-03-02",
      total_cost: total,
      by_model: { k2p5: expect.any(Number), sonnet: expect.any(Number) },
      by_day: { "2026-03-02": total },
    });
    expect(body.by_model.k2p5 + body.by_model.sonnet).toBeCloseTo(total, 6);
    const later = await rest(server, "GET", "/api/billing/usage?from=2026-03-05&to=2026-03-06");
    expect(later.body).toEqual({ period: "2026-03-05 to 2026-03-06", total_cost: 0, by_model: {}, by_day: {} });
    expect((await rest(server, "GET", "/api/billing/usage?from=March")).status).toBe(400);

    const { auth } = await createKey(server, { roles: ["AGENT_MANAGER"] });
    const forbidden = await rest(server, "GET", "/api/billing/usage", { auth });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error).toMatchObject({ code: "insufficient_permissions", details: { required_scope: "billing:read" } });
  });
});
