// Budgets (seed 003): status with alert level and forecast, the admin's update, and live alerts.
import { ALERT_LEVELS, type AlertLevel } from "../../domain/budget/rules.js";
import type { BudgetStatus as BudgetStatusShape } from "../../domain/budget/service.js";
import type { BudgetAlertEvent } from "../../events.js";
import { microsToDecimal } from "../../money.js";
import { builder } from "../builder.js";

const AlertLevelEnum = builder.enumType("BudgetAlertLevel", {
  description: "Today's spend against the daily budget: OK → NOTICE → WARNING → CRITICAL at the thresholds.",
  values: ALERT_LEVELS,
});

const money = (micros: number | null) => (micros === null ? null : microsToDecimal(micros));

const Thresholds = builder.objectRef<BudgetStatusShape["thresholds"]>("BudgetAlertThresholds").implement({
  description: "Utilization percentages at which the alert level rises.",
  fields: (t) => ({ notice: t.exposeFloat("notice"), warning: t.exposeFloat("warning"), critical: t.exposeFloat("critical") }),
});

const MonthlyForecast = builder.objectRef<BudgetStatusShape>("MonthlyForecast").implement({
  description: "Month-end burn: the month's spend so far at its average daily rate, over the whole month.",
  fields: (t) => ({
    monthToDate: t.field({ type: "Decimal", resolve: (b) => microsToDecimal(b.monthToDateMicros) }),
    projectedSpend: t.field({ type: "Decimal", resolve: (b) => microsToDecimal(b.projectedMonthMicros) }),
    budgetCeiling: t.field({ type: "Decimal", nullable: true, resolve: (b) => money(b.monthlyCeilingMicros) }),
    deltaToBudget: t.field({ type: "Decimal", nullable: true, description: "Ceiling minus projection.", resolve: (b) => money(b.deltaToCeilingMicros) }),
  }),
});

export const BudgetStatus = builder.objectRef<BudgetStatusShape>("BudgetStatus").implement({
  description: "Money is US dollars. Days and months are UTC.",
  fields: (t) => ({
    day: t.exposeString("day"),
    dailyBudget: t.field({ type: "Decimal", nullable: true, description: "Null: no daily limit.", resolve: (b) => money(b.dailyBudgetMicros) }),
    todaySpend: t.field({ type: "Decimal", resolve: (b) => microsToDecimal(b.todaySpentMicros) }),
    reserved: t.field({ type: "Decimal", description: "Held by calls in flight.", resolve: (b) => microsToDecimal(b.reservedMicros) }),
    remaining: t.field({ type: "Decimal", nullable: true, resolve: (b) => money(b.remainingMicros) }),
    utilizationPct: t.exposeFloat("utilizationPct"),
    alertLevel: t.field({ type: AlertLevelEnum, resolve: (b) => b.alertLevel }),
    thresholds: t.field({ type: Thresholds, resolve: (b) => b.thresholds }),
    monthlyForecast: t.field({ type: MonthlyForecast, resolve: (b) => b }),
  }),
});

builder.queryField("budgetStatus", (t) => t.field({ type: BudgetStatus, resolve: (_root, _args, ctx) => ctx.services.budget.status() }));

const ThresholdsInput = builder.inputType("BudgetAlertThresholdsInput", {
  fields: (t) => ({ notice: t.float(), warning: t.float(), critical: t.float() }),
});

builder.relayMutationField(
  "updateBudget",
  {
    inputFields: (t) => ({
      dailyBudget: t.field({ type: "Decimal", description: 'US dollars, such as "50"; null for no daily limit; omit to keep.' }),
      monthlyCeiling: t.field({ type: "Decimal", description: "US dollars; null for no monthly limit; omit to keep." }),
      thresholds: t.field({ type: ThresholdsInput }),
    }),
  },
  {
    resolve: async (_root, { input }, ctx) => ({
      budget: await ctx.services.budget.update(ctx.principal, {
        ...("dailyBudget" in input ? { dailyBudget: input.dailyBudget ?? null } : {}),
        ...("monthlyCeiling" in input ? { monthlyCeiling: input.monthlyCeiling ?? null } : {}),
        thresholds: input.thresholds,
      }),
    }),
  },
  { outputFields: (t) => ({ budget: t.field({ type: BudgetStatus, resolve: (p) => p.budget }) }) },
);

const CostSpike = builder.objectRef<NonNullable<BudgetAlertEvent["costSpike"]>>("CostSpike").implement({
  description: "Cost spike protection revoked a key: its model spend in the last hour passed COST_SPIKE_USD_PER_HOUR.",
  fields: (t) => ({
    apiKeyId: t.exposeID("apiKeyId"),
    spent: t.field({ type: "Decimal", resolve: (c) => microsToDecimal(c.spentMicros) }),
    ceiling: t.field({ type: "Decimal", resolve: (c) => microsToDecimal(c.ceilingMicros) }),
  }),
});

const BudgetAlert = builder.objectRef<BudgetAlertEvent>("BudgetAlert").implement({
  fields: (t) => ({
    previousLevel: t.field({ type: AlertLevelEnum, resolve: (e) => e.previousLevel as AlertLevel }),
    level: t.field({ type: AlertLevelEnum, resolve: (e) => e.level as AlertLevel }),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
    costSpike: t.field({ type: CostSpike, nullable: true, description: "Set when the alert is a key revoked by cost spike protection.", resolve: (e) => e.costSpike ?? null }),
    budget: t.field({ type: BudgetStatus, description: "The budget as it is when the alert is delivered.", resolve: (_e, _args, ctx) => ctx.services.budget.status() }),
  }),
});

builder.subscriptionField("budgetAlert", (t) =>
  t.field({
    type: BudgetAlert,
    description: "Pushed whenever the alert level changes (spend, a new budget, a new day).",
    subscribe: (_root, _args, ctx) => ctx.services.budget.alerts(ctx.principal),
    resolve: (event) => event,
  }),
);
