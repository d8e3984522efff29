// Usage: what model calls cost, summed exactly (integer micro-dollars) per session, agent, model,
// day or provider — each a single grouped query.
import type { Db, Prisma } from "../../db.js";
import type { Principal } from "../auth/principal.js";

export interface UsageSummary {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
}

const EMPTY_USAGE: UsageSummary = Object.freeze({ calls: 0, inputTokens: 0, outputTokens: 0, costMicros: 0 });

const USAGE_DIMENSIONS = { MODEL: "model", DAY: "day", PROVIDER: "provider", AGENT: "agentId" } as const;
export type UsageDimension = keyof typeof USAGE_DIMENSIONS;

export interface UsageFilter {
  /** From this instant, inclusive. */
  from?: Date | null;
  /** Up to this instant, exclusive. */
  to?: Date | null;
  agentId?: string | null;
  sessionId?: string | null;
  model?: string | null;
  provider?: string | null;
  /** UTC days, "YYYY-MM-DD", inclusive (REST billing periods). */
  fromDay?: string | null;
  toDay?: string | null;
}

export interface UsageGroup {
  key: { model?: string; day?: string; provider?: string; agentId?: string | null };
  usage: UsageSummary;
}

type Sums = { _count: { _all: number }; _sum: { inputTokens: number | null; outputTokens: number | null; costMicros: number | null } };
const summary = (g: Sums): UsageSummary => ({
  calls: g._count._all,
  inputTokens: g._sum.inputTokens ?? 0,
  outputTokens: g._sum.outputTokens ?? 0,
  costMicros: g._sum.costMicros ?? 0,
});
const SUMS = { _count: { _all: true }, _sum: { inputTokens: true, outputTokens: true, costMicros: true } } as const;

function where(filter: UsageFilter | null | undefined): Prisma.UsageRecordWhereInput {
  const f = filter ?? {};
  return {
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
    ...(f.fromDay || f.toDay ? { day: { ...(f.fromDay ? { gte: f.fromDay } : {}), ...(f.toDay ? { lte: f.toDay } : {}) } } : {}),
    ...(f.agentId ? { agentId: f.agentId } : {}),
    ...(f.sessionId ? { sessionId: f.sessionId } : {}),
    ...(f.model ? { model: f.model } : {}),
    ...(f.provider ? { provider: f.provider } : {}),
  };
}

export function createUsageService({ db }: { db: Db }) {
  return {
    /** One summary per id, in the order asked (DataLoader batch function). */
    async summariesBy(_actor: Principal, key: "sessionId" | "agentId" | "runId" | "rootRunId", ids: readonly string[]): Promise<UsageSummary[]> {
      const groups = await db.usageRecord.groupBy({ by: [key], where: { [key]: { in: [...ids] } }, ...SUMS });
      const byId = new Map(groups.map((g) => [(g as Record<string, unknown>)[key] as string, summary(g as unknown as Sums)]));
      return ids.map((id) => byId.get(id) ?? EMPTY_USAGE);
    },

    /** Per task: its own calls, or for a team run its members' (three statements per batch). */
    async summariesForTasks(actor: Principal, ids: readonly string[]): Promise<UsageSummary[]> {
      const teams = await db.task.findMany({ where: { id: { in: [...ids] }, kind: "TEAM" }, select: { id: true } });
      const members = teams.length ? await db.task.findMany({ where: { parentId: { in: teams.map((t) => t.id) } }, select: { id: true, parentId: true } }) : [];
      const leaves = [...ids.filter((id) => !teams.some((t) => t.id === id)), ...members.map((m) => m.id)];
      const byLeaf = new Map(leaves.map((id, i) => [id, i]));
      const sums = await this.summariesBy(actor, "runId", leaves);
      return ids.map((id) => {
        const parts = teams.some((t) => t.id === id) ? members.filter((m) => m.parentId === id).map((m) => m.id) : [id];
        return parts.reduce<UsageSummary>((total, leaf) => {
          const s = sums[byLeaf.get(leaf)!]!;
          return { calls: total.calls + s.calls, inputTokens: total.inputTokens + s.inputTokens, outputTokens: total.outputTokens + s.outputTokens, costMicros: total.costMicros + s.costMicros };
        }, EMPTY_USAGE);
      });
    },

    /** Totals over the filter, and the same sums per combination of the `groupBy` dimensions. */
    async report(_actor: Principal, filter: UsageFilter | null | undefined, groupBy: readonly UsageDimension[] = []) {
      const w = where(filter);
      const by = [...new Set(groupBy)].map((d) => USAGE_DIMENSIONS[d]);
      const [totals, groups] = await Promise.all([
        db.usageRecord.aggregate({ where: w, ...SUMS }),
        // Prisma cannot type a `by` chosen at run time; the shape is the same whatever it holds.
        by.length ? (db.usageRecord.groupBy({ by, where: w, ...SUMS } as never) as Promise<unknown[]>) : Promise.resolve([]),
      ]);
      const keyOf = (g: Record<string, unknown>) => by.map((field) => String(g[field] ?? "")).join("\u0000");
      return {
        totals: summary(totals as unknown as Sums),
        groups: (groups as (Sums & Record<string, string>)[])
          .sort((a, b) => keyOf(a).localeCompare(keyOf(b)))
          .map((g): UsageGroup => ({ key: Object.fromEntries(by.map((field) => [field, g[field]])), usage: summary(g) })),
      };
    },

    /** The most-called models since `sinceDay` (UTC day), for dashboards. */
    async topModels(_actor: Principal, sinceDay: string, take = 5) {
      const groups = await db.usageRecord.groupBy({ by: ["model"], where: { day: { gte: sinceDay } }, ...SUMS, orderBy: { _count: { model: "desc" } }, take });
      return groups.map((g) => ({ model: g.model, ...summary(g as unknown as Sums) }));
    },

    /** Calls since an instant (recent activity). */
    callsSince: (_actor: Principal, since: Date) => db.usageRecord.count({ where: { createdAt: { gte: since } } }),
  };
}

export type UsageService = ReturnType<typeof createUsageService>;
