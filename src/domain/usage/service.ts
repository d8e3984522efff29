// Usage: what model calls cost, rolled up per session, agent, … (one grouped query per batch).
import type { Db } from "../../db.js";
import type { Principal } from "../auth/principal.js";

export interface UsageSummary {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
}

export const EMPTY_USAGE: UsageSummary = Object.freeze({ calls: 0, inputTokens: 0, outputTokens: 0, costMicros: 0 });

export function createUsageService({ db }: { db: Db }) {
  return {
    /** One summary per id, in the order asked (DataLoader batch function). */
    async summariesBy(_actor: Principal, key: "sessionId" | "agentId", ids: readonly string[]): Promise<UsageSummary[]> {
      const groups = await db.usageRecord.groupBy({
        by: [key],
        where: { [key]: { in: [...ids] } },
        _count: { _all: true },
        _sum: { inputTokens: true, outputTokens: true, costMicros: true },
      });
      const byId = new Map(
        groups.map((g) => [
          (g as Record<string, unknown>)[key] as string,
          {
            calls: g._count._all,
            inputTokens: g._sum.inputTokens ?? 0,
            outputTokens: g._sum.outputTokens ?? 0,
            costMicros: g._sum.costMicros ?? 0,
          },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? EMPTY_USAGE);
    },
  };
}

export type UsageService = ReturnType<typeof createUsageService>;
