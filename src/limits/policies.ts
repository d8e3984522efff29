// The request limits every seed promises, as data: per principal by role (seed 001, per minute),
// per tier (seed 002, per hour), per endpoint (seed 003, per hour and key) and per client IP by
// operation class (seed 004, GCRA, per hour). `null` means unlimited. RATE_LIMIT_POLICIES overrides
// any part of these defaults (README "Request rate limits").
import { z } from "zod";
import { ROLES, TIERS, type Role, type Tier } from "../domain/auth/principal.js";

export const OPERATION_CLASSES = ["read", "write", "message", "workflow_run"] as const;
export type OperationClass = (typeof OPERATION_CLASSES)[number];

/** Which requests the per-IP class limits charge: seed 004's routes and anonymous requests, or every request. */
const IP_SCOPES = ["seed004", "all"] as const;
type IpScope = (typeof IP_SCOPES)[number];

export interface RateLimitPolicies {
  role: { windowSeconds: number; limits: Record<Role, number | null> };
  tier: { windowSeconds: number; limits: Record<Tier, number | null> };
  /** Keys are "METHOD /path", `*` standing for one path segment. */
  endpoint: { windowSeconds: number; limits: Record<string, number | null> };
  ip: { windowSeconds: number; limits: Record<OperationClass, number | null>; scope: IpScope };
}

const DEFAULT_POLICIES: RateLimitPolicies = {
  role: { windowSeconds: 60, limits: { admin: 1000, agent_manager: 500, messaging: 300, system_monitor: 200 } },
  tier: { windowSeconds: 3600, limits: { free: 100, pro: 1000, enterprise: null } },
  endpoint: {
    windowSeconds: 3600,
    limits: { "POST /api/spawn": 100, "GET /api/agent/*": 1000, "GET /api/agents": 100, "GET /api/system": 60 },
  },
  ip: { windowSeconds: 3600, limits: { read: 200, write: 100, message: 60, workflow_run: 100 }, scope: "seed004" },
};

const limit = z.number().int().min(1).nullable();
const window = z.number().int().min(1).max(86_400);
const ENDPOINT_KEY = /^(GET|POST|PUT|PATCH|DELETE) \/\S*$/;

const Overrides = z
  .object({
    role: z.object({ windowSeconds: window, limits: z.partialRecord(z.enum(ROLES), limit) }).partial(),
    tier: z.object({ windowSeconds: window, limits: z.partialRecord(z.enum(TIERS), limit) }).partial(),
    endpoint: z
      .object({
        windowSeconds: window,
        limits: z.record(z.string().regex(ENDPOINT_KEY, 'endpoint keys are "METHOD /path", such as "POST /api/spawn"'), limit),
      })
      .partial(),
    ip: z.object({ windowSeconds: window, limits: z.partialRecord(z.enum(OPERATION_CLASSES), limit), scope: z.enum(IP_SCOPES) }).partial(),
  })
  .partial()
  .strict();

/** Defaults with the given overrides laid over them; throws with readable problems. */
export function parsePolicies(input: unknown): RateLimitPolicies {
  const parsed = Overrides.safeParse(input);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; "));
  }
  const o = parsed.data;
  const d = DEFAULT_POLICIES;
  return {
    role: { windowSeconds: o.role?.windowSeconds ?? d.role.windowSeconds, limits: { ...d.role.limits, ...o.role?.limits } },
    tier: { windowSeconds: o.tier?.windowSeconds ?? d.tier.windowSeconds, limits: { ...d.tier.limits, ...o.tier?.limits } },
    endpoint: {
      windowSeconds: o.endpoint?.windowSeconds ?? d.endpoint.windowSeconds,
      limits: { ...d.endpoint.limits, ...o.endpoint?.limits },
    },
    ip: {
      windowSeconds: o.ip?.windowSeconds ?? d.ip.windowSeconds,
      limits: { ...d.ip.limits, ...o.ip?.limits },
      scope: o.ip?.scope ?? d.ip.scope,
    },
  };
}
