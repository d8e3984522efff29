// The model catalogue, provider rate limits and the budget-aware model recommendation (seed 003).
import { COMPLEXITY_TIER, type Recommendation } from "../../domain/orchestrator/service.js";
import type { ProviderRateLimit as ProviderRateLimitShape } from "../../domain/ratelimits/service.js";
import type { ModelEntry } from "../../domain/runtime/catalogue.js";
import { microsToDecimal } from "../../money.js";
import { builder } from "../builder.js";
import { BudgetStatus } from "./budget.js";

const Model = builder.objectRef<ModelEntry>("Model").implement({
  description: "A catalogue entry: who serves the model, whose quota it uses, its price and capability tier.",
  fields: (t) => ({
    name: t.exposeString("name"),
    provider: t.exposeString("provider", { description: '"builtin" (offline) or "openai" (an OpenAI-compatible server).' }),
    vendor: t.exposeString("vendor", { description: "Whose hourly request limit applies." }),
    tier: t.exposeInt("tier", { description: "0 offline stand-in, 1 everyday, 2 strong, 3 strongest." }),
    inputPricePerMTok: t.field({ type: "Decimal", description: "US dollars per million input tokens.", resolve: (m) => String(m.inputPricePerMTok) }),
    outputPricePerMTok: t.field({ type: "Decimal", resolve: (m) => String(m.outputPricePerMTok) }),
  }),
});

const ProviderRateLimit = builder.objectRef<ProviderRateLimitShape>("ProviderRateLimit").implement({
  description: "This hour's requests to one provider (vendor), shared by every instance.",
  fields: (t) => ({
    provider: t.exposeString("provider"),
    current: t.exposeInt("current"),
    limit: t.exposeInt("limit", { description: "Requests per hour." }),
    remaining: t.exposeInt("remaining"),
    utilizationPct: t.exposeFloat("utilizationPct"),
    resetAt: t.field({ type: "DateTime", resolve: (l) => l.resetAt }),
  }),
});

const Complexity = builder.enumType("TaskComplexity", {
  description: "LOW needs tier 1, MEDIUM tier 2, HIGH tier 3.",
  values: Object.keys(COMPLEXITY_TIER) as (keyof typeof COMPLEXITY_TIER)[],
});
export const Priority = builder.enumType("Priority", { values: ["LOW", "NORMAL", "HIGH"] as const });

const ModelRecommendation = builder.objectRef<Recommendation>("ModelRecommendation").implement({
  fields: (t) => ({
    model: t.field({ type: Model, resolve: (r) => r.model }),
    reason: t.exposeString("reason"),
    estimatedCost: t.field({ type: "Decimal", resolve: (r) => microsToDecimal(r.estimatedCostMicros) }),
    budgetAvailable: t.exposeBoolean("budgetAvailable", { description: "The recommended model's estimated cost fits what the budget has left." }),
    budget: t.field({ type: BudgetStatus, resolve: (r) => r.budget }),
  }),
});

builder.queryFields((t) => ({
  models: t.field({ type: [Model], description: "The model catalogue.", resolve: (_root, _args, ctx) => ctx.services.runtime.catalogue.list() }),
  rateLimits: t.field({ type: [ProviderRateLimit], resolve: (_root, _args, ctx) => ctx.services.rateLimits.status() }),
  recommendModel: t.field({
    type: ModelRecommendation,
    description:
      "The cheapest catalogue model whose tier fits the complexity, whose provider has headroom and whose estimated cost (estimatedTokens, half in, half out) fits the budget; HIGH priority first tries one tier up.",
    args: {
      taskType: t.arg.string({ required: true }),
      complexity: t.arg({ type: Complexity, required: true }),
      priority: t.arg({ type: Priority, defaultValue: "NORMAL" }),
      estimatedTokens: t.arg.int({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      ctx.services.orchestrator.recommend(ctx.principal, { ...args, priority: args.priority ?? "NORMAL" }),
  }),
}));
