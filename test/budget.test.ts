// Seed 003 budgets and rate limits: a daily budget and monthly ceiling that no burst can overrun
// (reserve before the call, settle after), alert levels pushed live, per-provider hourly limits,
// and counters that survive a restart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql, gqlOk, rest } from "./support/client.js";
import { FakeClock, hours } from "./support/clock.js";
import { BudgetAlerts, BudgetStatusQuery, CreateSession, RateLimits, SendSessionMessage, UpdateBudget } from "./support/documents.js";
import { createKey, runningAgent } from "./support/fixtures.js";
import { startFakeOpenAI, type FakeOpenAI } from "./support/openai-server.js";
import { freshDatabase, startServer, type TestDatabase, type TestServer } from "./support/server.js";
import { eventually, subscribeOpen, wsClient } from "./support/ws.js";

// "metered" costs $1000 per million output tokens = 1000 µ$ per token; agents answer with at most 10
// tokens and the fake model always writes 10: every call costs exactly $0.01, estimate and actual alike.
const METERED = JSON.stringify([{ name: "metered", provider: "openai", inputPricePerMTok: 0, outputPricePerMTok: 1000, tier: 2 }]);

let openai: FakeOpenAI;
beforeAll(async () => {
  openai = await startFakeOpenAI({ delayMs: 150, usage: { prompt_tokens: 40, completion_tokens: 10 } });
});
afterAll(() => openai.close());

function meteredServer(env: Record<string, string> = {}, options: { database?: TestDatabase; clock?: FakeClock } = {}) {
  return startServer({
    ...options,
    env: { OPENAI_BASE_URL: openai.url, OPENAI_MODELS: "metered", MODEL_CATALOGUE: METERED, BUDGET_CHECK_INTERVAL_MS: "20", ...env },
  });
}

async function meteredSessions(server: TestServer, count: number) {
  const agent = await runningAgent(server, { config: { model: "metered", maxTokens: 10 } });
  const sessions: string[] = [];
  const timeoutConfig = { timeoutMinutes: 1440, maxDurationMinutes: 2880 }; // they outlive the clock jumps below
  for (let i = 0; i < count; i++) sessions.push((await gqlOk(server, CreateSession, { input: { agentId: agent.id, timeoutConfig } })).createSession.session.id);
  return sessions;
}

const ask = (server: TestServer, sessionId: string) => gql(server, SendSessionMessage, { input: { sessionId, content: "How much?" } });
const budget = async (server: TestServer) => (await gqlOk(server, BudgetStatusQuery)).budgetStatus;

describe("enforcing the budget", () => {
  it("lets N concurrent calls spend the budget but never overrun it", async () => {
    const server = await meteredServer({ BUDGET_DAILY_USD: "0.05" });
    try {
      const sessions = await meteredSessions(server, 12);
      const before = openai.requests.length;
      const results = await Promise.all(sessions.map((id) => ask(server, id)));
      const outcomes = results.map((r) => (r.errors ? errorCodes(r)[0] : "answered"));
      expect(outcomes.filter((o) => o === "answered")).toHaveLength(5);
      expect(outcomes.filter((o) => o === "budget_exceeded")).toHaveLength(7);
      expect(openai.requests.length - before).toBe(5); // refused calls never reached the provider

      const status = await budget(server);
      expect(status).toMatchObject({ dailyBudget: "0.05", todaySpend: "0.05", reserved: "0", remaining: "0", utilizationPct: 100, alertLevel: "CRITICAL" });
      const records = await server.app.db.usageRecord.findMany({ where: { status: "OK" } });
      expect(records.reduce((sum, r) => sum + r.costMicros, 0)).toBe(50_000);
    } finally {
      await server.stop();
    }
  });

  it("refuses a call whose worst-case cost does not fit, before the provider is called, naming the numbers", async () => {
    const server = await meteredServer({ BUDGET_DAILY_USD: "0.015" });
    try {
      const [first, second] = await meteredSessions(server, 2);
      expect((await ask(server, first!)).errors).toBeUndefined();
      const before = openai.requests.length;
      const refused = await ask(server, second!);
      expect(errorCodes(refused)).toEqual(["budget_exceeded"]);
      expect(refused.errors![0]!.extensions!.details).toEqual({ scope: "daily", estimated_cost: 0.01, limit: 0.015, spent: 0.01, reserved: 0, remaining: 0.005 });
      expect(openai.requests.length).toBe(before);
      const viaRest = await rest(server, "POST", `/api/v1/sessions/${second}/message`, { body: { content: "please" } });
      expect(viaRest.status).toBe(402);
      expect(viaRest.body.error.code).toBe("budget_exceeded");
    } finally {
      await server.stop();
    }
  });

  it("holds the monthly ceiling too", async () => {
    const server = await meteredServer({ BUDGET_DAILY_USD: "10", BUDGET_MONTHLY_USD: "0.02" });
    try {
      const sessions = await meteredSessions(server, 3);
      expect((await ask(server, sessions[0]!)).errors).toBeUndefined();
      server.clock.advance(hours(16)); // past midnight: another day, same month
      expect((await ask(server, sessions[1]!)).errors).toBeUndefined();
      const refused = await ask(server, sessions[2]!);
      expect(refused.errors![0]!.extensions).toMatchObject({ code: "budget_exceeded", details: { scope: "monthly" } });
    } finally {
      await server.stop();
    }
  });
});

describe("budget status, forecast and the admin's update", () => {
  it("reports spend, utilization and a month-end forecast at the average daily rate", async () => {
    const server = await meteredServer({ BUDGET_DAILY_USD: "0.1", BUDGET_MONTHLY_USD: "1500" });
    try {
      for (const id of await meteredSessions(server, 3)) await ask(server, id);
      // The fake clock is on 2 March (31 days): 0.03 over 2 days, over 31 → 0.465.
      expect(await budget(server)).toEqual({
        day: "2026-03-02",
        dailyBudget: "0.1",
        todaySpend: "0.03",
        reserved: "0",
        remaining: "0.07",
        utilizationPct: 30,
        alertLevel: "OK",
        thresholds: { notice: 50, warning: 70, critical: 90 },
        monthlyForecast: { monthToDate: "0.03", projectedSpend: "0.465", budgetCeiling: "1500", deltaToBudget: "1499.535" },
      });
    } finally {
      await server.stop();
    }
  });

  it("updateBudget is for admins, validates amounts and thresholds, and persists across a restart", async () => {
    const database = await freshDatabase();
    const first = await meteredServer({}, { database });
    try {
      const { auth: monitor } = await createKey(first, { roles: ["SYSTEM_MONITOR"] });
      expect(errorCodes(await gql(first, UpdateBudget, { input: { dailyBudget: "5" } }, { auth: monitor }))).toEqual(["insufficient_permissions"]);
      expect(errorCodes(await gql(first, UpdateBudget, { input: { dailyBudget: "-1" } }))).toEqual(["VALIDATION_ERROR"]);
      expect(errorCodes(await gql(first, UpdateBudget, { input: { thresholds: { notice: 80, warning: 70 } } }))).toEqual(["VALIDATION_ERROR"]);
      const updated = (await gqlOk(first, UpdateBudget, { input: { dailyBudget: "12.5", monthlyCeiling: null } })).updateBudget.budget;
      expect(updated).toMatchObject({ dailyBudget: "12.5", monthlyForecast: { budgetCeiling: null } });
    } finally {
      await first.stop();
    }
    const second = await meteredServer({}, { database });
    try {
      expect(await budget(second)).toMatchObject({ dailyBudget: "12.5", monthlyForecast: { budgetCeiling: null } });
    } finally {
      await second.stop();
    }
  });
});

describe("budgetAlert", () => {
  it("is pushed at each level change: spend crossing 50/70/90 %, a new budget, a new day", async () => {
    const server = await meteredServer({ BUDGET_DAILY_USD: "0.1" });
    const client = wsClient(server);
    try {
      const alerts = await subscribeOpen(server, client, BudgetAlerts);
      const sessions = await meteredSessions(server, 9);
      for (const id of sessions) await ask(server, id); // 10 %, 20 %, … 90 %
      await eventually(() => alerts.received.length >= 3);
      expect(alerts.received.map((e) => [e.data!.budgetAlert.previousLevel, e.data!.budgetAlert.level])).toEqual([
        ["OK", "NOTICE"],
        ["NOTICE", "WARNING"],
        ["WARNING", "CRITICAL"],
      ]);
      expect(alerts.received[0]!.data!.budgetAlert.budget.utilizationPct).toBeGreaterThanOrEqual(50);

      await gqlOk(server, UpdateBudget, { input: { dailyBudget: "0.12" } }); // 75 %
      await eventually(() => alerts.received.length >= 4);
      expect(alerts.received[3]!.data!.budgetAlert).toMatchObject({ previousLevel: "CRITICAL", level: "WARNING" });

      server.clock.advance(hours(24)); // a new day: nothing spent yet
      await eventually(() => alerts.received.length >= 5);
      expect(alerts.received[4]!.data!.budgetAlert).toMatchObject({ previousLevel: "WARNING", level: "OK", budget: { todaySpend: "0" } });
    } finally {
      await client.dispose();
      await server.stop();
    }
  });
});

describe("provider rate limits", () => {
  it("refuses the call over the hourly limit with RATE_LIMIT_EXCEEDED and when to retry, and gives its budget hold back", async () => {
    const server = await meteredServer({ PROVIDER_RATE_LIMITS: JSON.stringify({ openai: 3 }) });
    try {
      const sessions = await meteredSessions(server, 5);
      for (const id of sessions.slice(0, 3)) expect((await ask(server, id)).errors).toBeUndefined();
      const refused = await ask(server, sessions[3]!);
      expect(errorCodes(refused)).toEqual(["RATE_LIMIT_EXCEEDED"]);
      expect(refused.errors![0]!.extensions!.details).toEqual({ provider: "openai", limit: 3, reset_at: "2026-03-02T10:00:00.000Z", retry_after: 3600 });
      const viaRest = await rest(server, "POST", `/api/v1/sessions/${sessions[3]}/message`, { body: { content: "again" } });
      expect(viaRest.status).toBe(429);
      expect(viaRest.body.error.details.retry_after).toBe(3600);
      expect((await budget(server)).reserved).toBe("0");

      const limits = (await gqlOk(server, RateLimits)).rateLimits;
      expect(limits.find((l) => l.provider === "openai")).toEqual({ provider: "openai", current: 3, limit: 3, remaining: 0, utilizationPct: 100, resetAt: "2026-03-02T10:00:00.000Z" });
      expect(limits.map((l) => l.provider)).toEqual(expect.arrayContaining(["builtin", "kimi", "anthropic", "openai"]));

      server.clock.advance(hours(1)); // the next window
      expect((await ask(server, sessions[4]!)).errors).toBeUndefined();
    } finally {
      await server.stop();
    }
  });

  it("never lets concurrent callers past the limit", async () => {
    const server = await meteredServer({ PROVIDER_RATE_LIMITS: JSON.stringify({ openai: 4 }) });
    try {
      const results = await Promise.all((await meteredSessions(server, 10)).map((id) => ask(server, id)));
      expect(results.filter((r) => !r.errors)).toHaveLength(4);
      expect(results.filter((r) => errorCodes(r)[0] === "RATE_LIMIT_EXCEEDED")).toHaveLength(6);
    } finally {
      await server.stop();
    }
  });
});

describe("after a restart (seed 003 config persistence)", () => {
  it("rate-limit counters and today's spend are where they were", async () => {
    const database = await freshDatabase();
    const clock = new FakeClock();
    const first = await meteredServer({ BUDGET_DAILY_USD: "1" }, { database, clock });
    for (const id of await meteredSessions(first, 2)) await ask(first, id);
    await first.stop();

    const second = await meteredServer({ BUDGET_DAILY_USD: "1" }, { database, clock });
    try {
      expect((await budget(second)).todaySpend).toBe("0.02");
      expect((await gqlOk(second, RateLimits)).rateLimits.find((l) => l.provider === "openai")!.current).toBe(2);
    } finally {
      await second.stop();
    }
  });

  it("a hold left by a call that never finished (a crash) is released when it expires", async () => {
    const server = await meteredServer({ BUDGET_DAILY_USD: "1" });
    try {
      await server.app.services.budget.reserve(250_000); // reserved, never settled: the process "died"
      expect((await budget(server)).reserved).toBe("0.25");
      server.clock.advance(hours(1));
      await eventually(async () => (await budget(server)).reserved === "0");
    } finally {
      await server.stop();
    }
  });
});
