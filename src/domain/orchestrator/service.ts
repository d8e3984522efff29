// The orchestrator view of seed 003: budget and provider headroom together, and the budget-aware
// model recommendation.
import { AppError } from "../../errors.js";
import type { Principal } from "../auth/principal.js";
import { dayOf } from "../budget/rules.js";
import type { BudgetService, BudgetStatus } from "../budget/service.js";
import type { RateLimitService } from "../ratelimits/service.js";
import type { ModelCatalogue, ModelEntry } from "../runtime/catalogue.js";
import type { UsageService } from "../usage/service.js";

export const COMPLEXITY_TIER = { LOW: 1, MEDIUM: 2, HIGH: 3 } as const;
type Complexity = keyof typeof COMPLEXITY_TIER;
type Priority = "LOW" | "NORMAL" | "HIGH";

export interface RecommendInput {
  taskType: string;
  complexity: Complexity;
  priority: Priority;
  estimatedTokens: number;
}

export interface Recommendation {
  model: ModelEntry;
  estimatedCostMicros: number;
  reason: string;
  budgetAvailable: boolean;
  budget: BudgetStatus;
}

/** Room left under both limits (null: unlimited). */
function budgetRoom(b: BudgetStatus): number {
  const daily = b.dailyBudgetMicros === null ? Infinity : b.dailyBudgetMicros - b.todaySpentMicros - b.reservedMicros;
  const monthly = b.monthlyCeilingMicros === null ? Infinity : b.monthlyCeilingMicros - b.monthToDateMicros;
  return Math.max(0, Math.min(daily, monthly));
}

export function createOrchestrator({ catalogue, budget, rateLimits, usage }: { catalogue: ModelCatalogue; budget: BudgetService; rateLimits: RateLimitService; usage: UsageService }) {
  return {
    /**
     * The policy, deterministic: among the catalogue's models (the offline stand-in excluded), the
     * cheapest — for `estimatedTokens`, half input and half output — whose tier is at least the
     * complexity's (LOW 1, MEDIUM 2, HIGH 3), whose provider has requests left this hour, and whose
     * cost fits what the budget has left. HIGH priority first tries one tier up. Ties go to the lower
     * tier, then the name. When nothing fits, the cheapest model of the right tier is named anyway,
     * with budgetAvailable false and the reason.
     */
    async recommend(_actor: Principal, input: RecommendInput): Promise<Recommendation> {
      if (!Number.isInteger(input.estimatedTokens) || input.estimatedTokens < 0 || input.estimatedTokens > 10_000_000) {
        throw new AppError("VALIDATION_ERROR", { details: { fields: [{ field: "estimatedTokens", message: "must be a whole number from 0 to 10000000" }] } });
      }
      const [status, limits] = await Promise.all([budget.status(), rateLimits.status()]);
      const room = budgetRoom(status);
      const headroom = (m: ModelEntry) => (limits.find((l) => l.provider === m.vendor)?.remaining ?? rateLimits.limitOf(m.vendor)) > 0;
      const cost = (m: ModelEntry) => catalogue.costMicros(m, Math.ceil(input.estimatedTokens / 2), Math.floor(input.estimatedTokens / 2));
      const byCost = (a: ModelEntry, b: ModelEntry) => cost(a) - cost(b) || a.tier - b.tier || a.name.localeCompare(b.name);
      const models = catalogue.list().filter((m) => m.tier > 0);
      const required = COMPLEXITY_TIER[input.complexity];
      const pick = (tier: number) => models.filter((m) => m.tier >= tier && headroom(m) && cost(m) <= room).sort(byCost)[0];

      const upgraded = input.priority === "HIGH" && required < 3 ? pick(required + 1) : undefined;
      const chosen = upgraded ?? pick(required);
      if (chosen) {
        const reason = upgraded
          ? `High priority: the cheapest tier-${upgraded.tier} model for a ${input.complexity.toLowerCase()}-complexity ${input.taskType} task, within budget and rate limits`
          : `The cheapest model of tier ${required} or above for a ${input.complexity.toLowerCase()}-complexity ${input.taskType} task, within budget and rate limits`;
        return { model: chosen, estimatedCostMicros: cost(chosen), reason, budgetAvailable: true, budget: status };
      }
      const fallback = models.filter((m) => m.tier >= required).sort(byCost)[0] ?? models.sort(byCost)[0]!;
      const why = !headroom(fallback) ? `its provider (${fallback.vendor}) has no requests left this hour` : "its estimated cost exceeds what the budget has left";
      return { model: fallback, estimatedCostMicros: cost(fallback), reason: `No model fits: ${fallback.name} is the cheapest of tier ${required}, but ${why}`, budgetAvailable: false, budget: status };
    },

    /** Today's calls per model and in all, and the calls of the last hour (seed 003 usage_summary, recent_usage). */
    async usageSummary(actor: Principal, now: Date) {
      const [topModels, today, lastHour] = await Promise.all([
        usage.topModels(actor, dayOf(now)),
        usage.report(actor, { fromDay: dayOf(now), toDay: dayOf(now) }),
        usage.callsSince(actor, new Date(now.getTime() - 3_600_000)),
      ]);
      return { topModels, totalCalls: today.totals.calls, recentCalls: lastHour };
    },
  };
}

