// Seed 003 operational endpoints: orchestrator status, budget-aware model recommendation, provider
// rate limits and billing usage — on the budget, usage, rate-limit and model operations of the schema.
import { graphql } from "../../generated/graphql/index.js";
import { AppError } from "../../errors.js";
import { bodyInput, upperEnum } from "../params.js";
import { route, type RestRequest } from "../route.js";
import { z } from "zod";
import { TextParam, Timestamp, Usd } from "../schemas.js";

const UsdOrNull = Usd.nullable();

const usd = (decimal: string | null | undefined) => (decimal === null || decimal === undefined ? null : Number(decimal));
const startOfDay = (at: Date) => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

function dayParam(req: RestRequest, name: string, fallback: Date): Date {
  const raw = req.query.get(name);
  if (!raw) return fallback;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) {
    throw new AppError("VALIDATION_ERROR", { details: { fields: [{ field: name, message: "must be a day such as 2026-02-01" }] } });
  }
  return new Date(`${raw}T00:00:00Z`);
}

export const orchestratorRoutes = [
  route({
    method: "GET",
    path: "/api/orchestrator/status",
    operation: graphql(`
      query RestOrchestratorStatus($dayStart: DateTime!, $hourAgo: DateTime!) {
        models { name }
        budgetStatus {
          dailyBudget todaySpend remaining utilizationPct alertLevel
          monthlyForecast { projectedSpend budgetCeiling deltaToBudget }
        }
        rateLimits { provider current limit remaining utilizationPct }
        today: usage(filter: { from: $dayStart }, groupBy: [MODEL]) {
          totals { calls }
          groups { key { model } usage { calls inputTokens outputTokens } }
        }
        lastHour: usage(filter: { from: $hourAgo }) { totals { calls } }
      }
    `),
    variables: ({ now }) => ({ dayStart: startOfDay(now).toISOString(), hourAgo: new Date(now.getTime() - 3_600_000).toISOString() }),
    present: (data, { now }) => ({
      timestamp: now.toISOString(),
      models_active: data.models.length,
      usage_summary: {
        top_models: [...data.today.groups]
          .sort((a, b) => b.usage.calls - a.usage.calls)
          .slice(0, 5)
          .map((g) => ({ model: g.key.model, calls: g.usage.calls, tokens: g.usage.inputTokens + g.usage.outputTokens })),
        total_calls: data.today.totals.calls,
      },
      recent_usage: data.lastHour.totals.calls,
      daily_budget: usd(data.budgetStatus.dailyBudget),
      today_spend: usd(data.budgetStatus.todaySpend),
      budget_remaining: usd(data.budgetStatus.remaining),
      budget_utilization_pct: data.budgetStatus.utilizationPct,
      budget_alert_level: data.budgetStatus.alertLevel.toLowerCase(),
      monthly_forecast: {
        projected_spend: usd(data.budgetStatus.monthlyForecast.projectedSpend),
        budget_ceiling: usd(data.budgetStatus.monthlyForecast.budgetCeiling),
        delta_to_budget: usd(data.budgetStatus.monthlyForecast.deltaToBudget),
      },
      provider_usage: Object.fromEntries(
        data.rateLimits.map((l) => [l.provider, { current: l.current, hourly: l.limit, remaining: l.remaining, utilization_pct: l.utilizationPct }]),
      ),
    }),
    doc: {
      summary: "Live budget and rate-limit state",
      seed: "003",
      response: z.object({
        timestamp: Timestamp,
        models_active: z.number().int(),
        usage_summary: z.object({
          top_models: z.array(z.object({ model: z.string(), calls: z.number().int(), tokens: z.number().int() })),
          total_calls: z.number().int(),
        }),
        recent_usage: z.number().int(),
        daily_budget: UsdOrNull,
        today_spend: UsdOrNull,
        budget_remaining: UsdOrNull,
        budget_utilization_pct: z.number(),
        budget_alert_level: z.enum(["ok", "notice", "warning", "critical"]),
        monthly_forecast: z.object({ projected_spend: UsdOrNull, budget_ceiling: UsdOrNull, delta_to_budget: UsdOrNull }),
        provider_usage: z.record(z.string(), z.object({ current: z.number().int(), hourly: z.number().int(), remaining: z.number().int(), utilization_pct: z.number() })),
      }),
    },
  }),

  route({
    method: "POST",
    path: "/api/orchestrator/recommend-model",
    operation: graphql(`
      query RestRecommendModel($taskType: String!, $complexity: TaskComplexity!, $priority: Priority, $estimatedTokens: Int!) {
        recommendModel(taskType: $taskType, complexity: $complexity, priority: $priority, estimatedTokens: $estimatedTokens) {
          model { name tier provider vendor }
          reason
          estimatedCost
          budgetAvailable
          budget { dailyBudget todaySpend remaining }
        }
      }
    `),
    variables: (req) => {
      const body = bodyInput(req);
      return { ...body, complexity: upperEnum(body.complexity), ...(body.priority !== undefined ? { priority: upperEnum(body.priority) } : {}) } as never;
    },
    present: ({ recommendModel: r }) => ({
      recommended_model: r.model.name,
      reason: r.reason,
      estimated_cost: usd(r.estimatedCost),
      budget_available: r.budgetAvailable,
      daily_budget: usd(r.budget.dailyBudget),
      today_spend: usd(r.budget.todaySpend),
      budget_remaining: usd(r.budget.remaining),
    }),
    doc: {
      summary: "A model choice that respects the daily budget",
      seed: "003",
      body: z.object({
        task_type: z.string(),
        complexity: z.enum(["low", "medium", "high"]),
        priority: z.enum(["low", "normal", "high"]).optional(),
        estimated_tokens: z.number().int(),
      }),
      response: z.object({
        recommended_model: z.string(),
        reason: z.string(),
        estimated_cost: UsdOrNull,
        budget_available: z.boolean(),
        daily_budget: UsdOrNull,
        today_spend: UsdOrNull,
        budget_remaining: UsdOrNull,
      }),
    },
  }),

  route({
    method: "GET",
    path: "/api/rate-limits",
    operation: graphql(`
      query RestRateLimits {
        rateLimits { provider current limit remaining resetAt }
        requestRateLimits { policy scope limit remaining used windowSeconds resetAt }
      }
    `),
    variables: () => ({}),
    present: (data) => ({
      limits: Object.fromEntries(data.rateLimits.map((l) => [l.provider, { used: l.current, limit: l.limit, remaining: l.remaining, reset_at: l.resetAt }])),
      // The caller's own request budgets, keyed "<policy>:<scope>" ("role:admin", "endpoint:POST /api/spawn", "ip:read").
      requests: Object.fromEntries(
        data.requestRateLimits.map((b) => [
          `${b.policy.toLowerCase()}:${b.scope}`,
          { used: b.used, limit: b.limit, remaining: b.remaining, reset_at: b.resetAt, window_seconds: b.windowSeconds },
        ]),
      ),
    }),
    doc: {
      summary: "The providers' hourly limits and the caller's own request budgets",
      seed: "003",
      response: z.object({
        limits: z.record(z.string(), z.object({ used: z.number().int(), limit: z.number().int(), remaining: z.number().int(), reset_at: Timestamp })),
        requests: z.record(
          z.string().meta({ description: "<policy>:<scope>" }),
          z.object({ used: z.number().int(), limit: z.number().int(), remaining: z.number().int(), reset_at: Timestamp, window_seconds: z.number().int() }),
        ),
      }),
    },
  }),

  route({
    method: "GET",
    path: "/api/billing/usage",
    operation: graphql(`
      query RestBillingUsage($filter: UsageFilter!) {
        byModel: usage(filter: $filter, groupBy: [MODEL]) { totals { cost } groups { key { model } usage { cost } } }
        byDay: usage(filter: $filter, groupBy: [DAY]) { groups { key { day } usage { cost } } }
      }
    `),
    // `from` and `to` are UTC days, inclusive; the default period is this month up to today.
    variables: (req) => {
      const today = startOfDay(req.now);
      const from = dayParam(req, "from", new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)));
      const to = dayParam(req, "to", today);
      if (from > to) throw new AppError("VALIDATION_ERROR", { details: { fields: [{ field: "from", message: "must not be after to" }] } });
      return { filter: { from: from.toISOString(), to: new Date(to.getTime() + 86_400_000).toISOString() } };
    },
    present: (data, req) => {
      const today = req.now.toISOString().slice(0, 10);
      return {
        period: `${req.query.get("from") || `${today.slice(0, 7)}-01`} to ${req.query.get("to") || today}`,
        total_cost: usd(data.byModel.totals.cost),
        by_model: Object.fromEntries(data.byModel.groups.map((g) => [g.key.model, usd(g.usage.cost)])),
        by_day: Object.fromEntries(data.byDay.groups.map((g) => [g.key.day, usd(g.usage.cost)])),
      };
    },
    doc: {
      summary: "Cost by model and by day; `from`/`to` days inclusive, default this month; needs `billing:read`",
      seed: "003",
      query: z.object({ from: TextParam("first day, YYYY-MM-DD"), to: TextParam("last day, YYYY-MM-DD") }),
      response: z.object({ period: z.string(), total_cost: UsdOrNull, by_model: z.record(z.string(), UsdOrNull), by_day: z.record(z.string(), UsdOrNull) }),
    },
  }),
];
