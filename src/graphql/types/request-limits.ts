// The caller's own request budgets (src/limits), next to the provider limits of `rateLimits`.
import type { Budget } from "../../limits/limiter.js";
import { builder } from "../builder.js";

const RateLimitPolicy = builder.enumType("RateLimitPolicy", {
  description: "ROLE: per key or user by role, per minute (seed 001). TIER: per key or user by tier, per hour (seed 002). ENDPOINT: per key on seed 003's routes, per hour. IP: per client address by operation class, GCRA, per hour (seed 004).",
  values: { ROLE: { value: "role" }, TIER: { value: "tier" }, ENDPOINT: { value: "endpoint" }, IP: { value: "ip" } } as const,
});

const RequestRateLimit = builder.objectRef<Budget>("RequestRateLimit").implement({
  description: "One of the caller's request budgets. Every request is charged against each budget that applies; the tightest decides.",
  fields: (t) => ({
    policy: t.field({ type: RateLimitPolicy, resolve: (b) => b.policy }),
    scope: t.exposeString("scope", { description: 'The role, the tier, the endpoint ("POST /api/spawn") or the operation class (read, write, message, workflow_run).' }),
    limit: t.exposeInt("limit", { description: "Requests per window." }),
    remaining: t.exposeInt("remaining"),
    used: t.int({ resolve: (b) => b.limit - b.remaining }),
    windowSeconds: t.exposeInt("windowSeconds"),
    resetAt: t.field({ type: "DateTime", description: "When the window ends (IP: when the whole burst is available again).", resolve: (b) => new Date(b.resetAt * 1000) }),
  }),
});

builder.queryFields((t) => ({
  requestRateLimits: t.field({
    type: [RequestRateLimit],
    description: "Your own request budgets (this request already counted); empty when RATE_LIMITS=off.",
    resolve: (_root, _args, ctx) => ctx.services.requestLimits.status(ctx.principal, ctx.clientIp),
  }),
}));
