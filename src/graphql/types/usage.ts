// What model calls cost: the summary attached to agents, sessions, … (loaded in batches).
import type { UsageSummary as UsageSummaryShape } from "../../domain/usage/service.js";
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
