// Usage as part of the graph: exact totals and groups (model, day, provider, agent), filters, and
// usage on agents and sessions loaded in batches.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { microsToDecimal } from "../src/money.js";
import { errorCodes, gql, gqlOk } from "./support/client.js";
import { hours } from "./support/clock.js";
import { AgentsWithUsage, CreateSession, SendSessionMessage, UsageReport } from "./support/documents.js";
import { createKey, runningAgent } from "./support/fixtures.js";
import { startServer, type TestServer } from "./support/server.js";

let server: TestServer;
const agents: Record<string, string> = {};

async function talk(agentId: string, times: number) {
  const { createSession } = await gqlOk(server, CreateSession, { input: { agentId } });
  for (let i = 0; i < times; i++) await gqlOk(server, SendSessionMessage, { input: { sessionId: createSession.session.id, content: `question ${i} about pricing` } });
  return createSession.session.id;
}

beforeAll(async () => {
  server = await startServer();
  agents.kimi = (await runningAgent(server, { config: { model: "k2p5" } })).id;
  agents.claude = (await runningAgent(server, { config: { model: "sonnet" } })).id;
  agents.free = (await runningAgent(server, { config: { model: "builtin" } })).id;
  await talk(agents.kimi, 2);
  await talk(agents.claude, 1);
  server.clock.advance(hours(24)); // the next UTC day
  await talk(agents.kimi, 1);
  await talk(agents.free, 1);
});
afterAll(() => server.stop());

/** The same sums, computed here from the raw records. */
async function expected(group: (r: { model: string; day: string; provider: string; agentId: string | null }) => string) {
  const records = await server.app.db.usageRecord.findMany();
  const sums = new Map<string, { calls: number; inputTokens: number; outputTokens: number; micros: number }>();
  for (const r of records) {
    const s = sums.get(group(r)) ?? { calls: 0, inputTokens: 0, outputTokens: 0, micros: 0 };
    sums.set(group(r), { calls: s.calls + 1, inputTokens: s.inputTokens + r.inputTokens, outputTokens: s.outputTokens + r.outputTokens, micros: s.micros + r.costMicros });
  }
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, s]) => ({ key, calls: s.calls, inputTokens: s.inputTokens, outputTokens: s.outputTokens, cost: microsToDecimal(s.micros) }));
}

describe("the usage report", () => {
  it("totals equal the sum of the records, to the last micro-dollar", async () => {
    const report = (await gqlOk(server, UsageReport, {})).usage;
    const [all] = await expected(() => "all");
    expect(report.totals).toEqual({ calls: all!.calls, inputTokens: all!.inputTokens, outputTokens: all!.outputTokens, cost: all!.cost });
    expect(report.totals.calls).toBe(5);
    expect(Number(report.totals.cost)).toBeGreaterThan(0);
    expect(report.groups).toEqual([]);
  });

  it.each([
    ["MODEL", (r: { model: string }) => r.model, (k: { model?: string | null }) => k.model],
    ["DAY", (r: { day: string }) => r.day, (k: { day?: string | null }) => k.day],
    ["PROVIDER", (r: { provider: string }) => r.provider, (k: { provider?: string | null }) => k.provider],
    ["AGENT", (r: { agentId: string | null }) => r.agentId ?? "", (k: { agentId?: string | null }) => k.agentId],
  ] as const)("groups by %s, each group the exact sum of its records", async (dimension, of, keyOf) => {
    const report = (await gqlOk(server, UsageReport, { groupBy: [dimension] })).usage;
    const want = await expected(of as never);
    expect(report.groups.map((g) => ({ key: keyOf(g.key), ...g.usage }))).toEqual(want);
  });

  it("groups by several dimensions at once", async () => {
    const report = (await gqlOk(server, UsageReport, { groupBy: ["DAY", "MODEL"] })).usage;
    expect(report.groups.map((g) => [g.key.day, g.key.model, g.usage.calls])).toEqual([
      ["2026-03-02", "k2p5", 2],
      ["2026-03-02", "sonnet", 1],
      ["2026-03-03", "builtin", 1],
      ["2026-03-03", "k2p5", 1],
    ]);
  });

  it("filters by agent, model, provider and time", async () => {
    const byAgent = (await gqlOk(server, UsageReport, { filter: { agentId: agents.kimi } })).usage.totals;
    expect(byAgent.calls).toBe(3);
    expect((await gqlOk(server, UsageReport, { filter: { model: "sonnet" } })).usage.totals.calls).toBe(1);
    expect((await gqlOk(server, UsageReport, { filter: { provider: "openai" } })).usage.totals.calls).toBe(0);
    const secondDay = (await gqlOk(server, UsageReport, { filter: { from: "2026-03-03T00:00:00Z", to: "2026-03-04T00:00:00Z" } })).usage.totals;
    expect(secondDay.calls).toBe(2);
  });

  it("is for principals with billing:read", async () => {
    const { auth } = await createKey(server, { roles: ["AGENT_MANAGER"] });
    expect(errorCodes(await gql(server, UsageReport, {}, { auth }))).toEqual(["insufficient_permissions"]);
  });
});

describe("usage on agents", () => {
  it("is each agent's sum", async () => {
    const page = (await gqlOk(server, AgentsWithUsage, { first: 10 })).agents.edges.map((e) => e.node);
    const kimi = page.find((a) => a.id === agents.kimi)!;
    const report = (await gqlOk(server, UsageReport, { filter: { agentId: agents.kimi } })).usage.totals;
    expect(kimi.usage).toEqual({ calls: 3, cost: report.cost });
    expect(page.find((a) => a.id === agents.free)!.usage).toEqual({ calls: 1, cost: "0" });
  });

  it("costs the same SQL statements for a page of 5 agents as for 50", async () => {
    for (let i = 0; i < 50; i++) await runningAgent(server);
    const count = async (first: number) =>
      (await server.statementsOf(async () => expect((await gqlOk(server, AgentsWithUsage, { first })).agents.edges).toHaveLength(first))).count;
    const five = await count(5);
    expect(await count(50)).toBe(five);
    expect(five).toBeGreaterThan(0); // the page itself was counted
    expect(five).toBeLessThanOrEqual(4); // credential, page, count (not selected here), usage per batch
  });
});
