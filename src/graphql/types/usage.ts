// What model calls cost: summaries on agents and sessions (loaded in batches), and the usage report.
import { type UsageGroup, type UsageSummary as UsageSummaryShape } from "../../domain/usage/service.js";
import { microsToDecimal } from "../../money.js";
import { builder } from "../builder.js";

export const UsageSummary = builder.objectRef<UsageSummaryShape>("UsageSummary").implement({
  description: "Model calls and what they cost, summed exactly from the usage records.",
  fields: (t) => ({
    calls: t.exposeInt("calls"),
    inputTokens: t.exposeInt("inputTokens"),
    outputTokens: t.exposeInt("outputTokens"),
    cost: t.field({ type: "Decimal", description: "US dollars.", resolve: (u) => microsToDecimal(u.costMicros) }),
  }),
});

const UsageDimension = builder.enumType("UsageDimension", {
  values: {
    MODEL: { description: "Per model." },
    DAY: { description: "Per UTC day." },
    PROVIDER: { description: 'Per provider ("builtin", "openai").' },
    AGENT: { description: "Per agent." },
  } as const,
});

const UsageGroupKey = builder.objectRef<UsageGroup["key"]>("UsageGroupKey").implement({
  description: "The values this group shares; only the dimensions grouped by are set.",
  fields: (t) => ({
    model: t.string({ nullable: true, resolve: (k) => k.model ?? null }),
    day: t.string({ nullable: true, description: "YYYY-MM-DD (UTC).", resolve: (k) => k.day ?? null }),
    provider: t.string({ nullable: true, resolve: (k) => k.provider ?? null }),
    agentId: t.id({ nullable: true, resolve: (k) => k.agentId ?? null }),
  }),
});

const UsageGroupRef = builder.objectRef<UsageGroup>("UsageGroup").implement({
  fields: (t) => ({
    key: t.field({ type: UsageGroupKey, resolve: (g) => g.key }),
    usage: t.field({ type: UsageSummary, resolve: (g) => g.usage }),
  }),
});

const UsageReport = builder
  .objectRef<{ totals: UsageSummaryShape; groups: UsageGroup[] }>("UsageReport")
  .implement({
    description: "Totals are the exact sum of the records; each group, of its records.",
    fields: (t) => ({
      totals: t.field({ type: UsageSummary, resolve: (r) => r.totals }),
      groups: t.field({ type: [UsageGroupRef], resolve: (r) => r.groups }),
    }),
  });

const UsageFilter = builder.inputType("UsageFilter", {
  fields: (t) => ({
    from: t.field({ type: "DateTime", description: "Inclusive." }),
    to: t.field({ type: "DateTime", description: "Exclusive." }),
    agentId: t.id(),
    sessionId: t.id(),
    model: t.string(),
    provider: t.string(),
  }),
});

builder.queryField("usage", (t) =>
  t.field({
    type: UsageReport,
    description: "What model calls cost, over a filter, in total and grouped.",
    args: {
      filter: t.arg({ type: UsageFilter }),
      groupBy: t.arg({ type: [UsageDimension], defaultValue: [] }),
    },
    resolve: (_root, { filter, groupBy }, ctx) => ctx.services.usage.report(ctx.principal, filter, groupBy ?? []),
  }),
);

