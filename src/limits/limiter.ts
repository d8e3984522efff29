// The request limiter: every request is charged against every policy that applies to it, and the
// tightest decides (README "Request rate limits"). Surfaces (GraphQL over HTTP and graphql-ws, REST,
// and handlers other surfaces add) call `charge`; `status` shows a caller its budgets.
import { Redis } from "ioredis";
import type { Clock } from "../clock.js";
import { isAuthenticated, type Principal } from "../domain/auth/principal.js";
import type { Logger } from "../logger.js";
import { pathPattern, seed004Class } from "./classify.js";
import { OPERATION_CLASSES, type OperationClass, type RateLimitPolicies } from "./policies.js";
import { gcraState, memoryCounter, memoryGcra, redisCounter, redisGcra, withFallback, type StoreHealth } from "./stores.js";

type PolicyName = "role" | "tier" | "endpoint" | "ip";

interface ChargeInput {
  principal: Principal;
  /** The client address (src/http/client-ip.ts). */
  ip: string;
  operationClass: OperationClass;
  /** HTTP routes: the method and the path as requested (endpoint and seed-004 policies match it). */
  route?: { method: string; path: string };
  /** Carried to refusal listeners (audit). */
  requestId?: string;
}

/** One policy's budget for one caller. */
export interface Budget {
  policy: PolicyName;
  /** Which limit of the policy: the role, the tier, the endpoint ("POST /api/spawn") or the class. */
  scope: string;
  limit: number;
  remaining: number;
  /** Unix seconds: when the window ends (fixed windows) or the burst is whole again (GCRA). */
  resetAt: number;
  windowSeconds: number;
}

export interface Verdict {
  allowed: boolean;
  /** The budget the headers report: the refusing one, else the one with the fewest requests left. Null: no policy applied. */
  budget: Budget | null;
  /** Seconds until a retry can succeed (0 when allowed). */
  retryAfterSeconds: number;
}

export interface Refusal {
  policy: PolicyName;
  scope: string;
  principal: { kind: Principal["kind"]; id: string | null; name: string };
  ip: string;
  requestId?: string;
  path?: string;
  retryAfterSeconds: number;
}

export interface RequestLimiter {
  readonly enabled: boolean;
  charge(input: ChargeInput): Promise<Verdict>;
  /** Every budget that can apply to this caller, without charging. */
  status(principal: Principal, ip: string): Promise<Budget[]>;
  /** Called for every refused request (audit log, metrics). */
  onRefused(listener: (refusal: Refusal) => void): void;
  /** Resolves when the shared store is connected (or after a short wait: then this instance counts alone). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export interface LimiterDeps {
  policies: RateLimitPolicies;
  enabled: boolean;
  clock: Clock;
  logger: Logger;
  redisUrl: string | null;
  /** Redis key prefix, so deployments (and test servers) sharing a Redis keep separate budgets. */
  namespace: string;
}

interface Check {
  policy: PolicyName;
  scope: string;
  limit: number;
  windowSeconds: number;
  /** Whose budget: a principal or an address. */
  subject: string;
}

const READY_WAIT_MS = 2000;

function redisClient(url: string): Redis {
  return new Redis(url, {
    // A request must not wait for Redis to come back: fail at once and count in memory meanwhile.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 1000,
    enableAutoPipelining: true,
  });
}

export function createRequestLimiter({ policies, enabled, clock, logger, redisUrl, namespace }: LimiterDeps): RequestLimiter {
  const redis = enabled && redisUrl ? redisClient(redisUrl) : null;
  let healthy = true;
  const health: StoreHealth = {
    down(error) {
      if (healthy) logger.warn({ err: error }, "rate-limit store (Redis) unavailable: each instance limits on its own until it is back");
      healthy = false;
    },
    up() {
      if (!healthy) logger.info("rate-limit store (Redis) is back: budgets are shared again");
      healthy = true;
    },
  };
  redis?.on("error", (error: Error) => health.down(error)); // reconnects by itself
  const prefix = `cp-rl:${namespace}`;
  const counter = redis ? withFallback(redisCounter(redis, prefix), memoryCounter(), health) : memoryCounter();
  const gcra = redis ? withFallback(redisGcra(redis, prefix), memoryGcra(), health) : memoryGcra();
  const endpoints = Object.entries(policies.endpoint.limits).map(([key, limit]) => ({ pattern: pathPattern(key), limit }));
  const listeners: ((refusal: Refusal) => void)[] = [];

  /** The most generous of the principal's roles; null when one of them is unlimited or it has none. */
  function roleLimit(principal: Principal): { scope: string; limit: number } | null {
    let best: { scope: string; limit: number } | null = null;
    for (const role of principal.roles) {
      const limit = policies.role.limits[role];
      if (limit === null) return null;
      if (!best || limit > best.limit) best = { scope: role, limit };
    }
    return best;
  }

  function checksFor({ principal, ip, operationClass, route }: ChargeInput): Check[] {
    if (principal.kind === "system") return [];
    const checks: Check[] = [];
    if (isAuthenticated(principal)) {
      const subject = `${principal.kind}:${principal.id}`;
      const role = roleLimit(principal);
      if (role) checks.push({ policy: "role", ...role, windowSeconds: policies.role.windowSeconds, subject });
      const tierLimit = policies.tier.limits[principal.tier];
      if (tierLimit !== null) checks.push({ policy: "tier", scope: principal.tier, limit: tierLimit, windowSeconds: policies.tier.windowSeconds, subject });
      if (route) {
        for (const { pattern, limit } of endpoints) {
          if (limit !== null && pattern.matches(route.method, route.path)) {
            checks.push({ policy: "endpoint", scope: pattern.key, limit, windowSeconds: policies.endpoint.windowSeconds, subject });
          }
        }
      }
    }
    // Per IP: seed 004's routes always, requests without credentials always, everything in scope "all".
    const routeClass = route ? seed004Class(route.method, route.path) : null;
    const ipClass = routeClass ?? (!isAuthenticated(principal) || policies.ip.scope === "all" ? operationClass : null);
    const ipLimit = ipClass ? policies.ip.limits[ipClass] : null;
    if (ipClass && ipLimit !== null) checks.push({ policy: "ip", scope: ipClass, limit: ipLimit, windowSeconds: policies.ip.windowSeconds, subject: ip });
    return checks;
  }

  const keyOf = (check: Check) => `${check.policy}:${check.scope}:${check.subject}`;

  async function evaluate(check: Check, nowMs: number, charge: boolean): Promise<Budget & { allowed: boolean; retryAfterSeconds: number }> {
    const { policy, scope, limit, windowSeconds } = check;
    const periodMs = windowSeconds * 1000;
    // Each result is written out in full (no spread of a shared base): spreading here cost ~10 µs a
    // check under load, more than the counting itself.
    if (policy === "ip") {
      const decision = charge ? await gcra.hit(keyOf(check), limit, periodMs, nowMs) : { allowed: true, tat: await gcra.peek(keyOf(check), nowMs) };
      const state = gcraState(decision.tat, limit, periodMs, nowMs);
      return {
        policy,
        scope,
        limit,
        windowSeconds,
        allowed: decision.allowed,
        remaining: decision.allowed ? state.remaining : 0,
        resetAt: Math.ceil(state.fullMs / 1000),
        retryAfterSeconds: decision.allowed ? 0 : Math.max(1, Math.ceil((state.nextAllowedMs - nowMs) / 1000)),
      };
    }
    // Fixed windows aligned to the clock (whole minutes, whole hours): the window number is part of the key.
    const window = Math.floor(nowMs / periodMs);
    const key = `${keyOf(check)}:${window}`;
    const count = charge ? await counter.hit(key, limit, windowSeconds) : await counter.peek(key, limit, windowSeconds);
    const endsMs = (window + 1) * periodMs;
    const allowed = count <= limit;
    return {
      policy,
      scope,
      limit,
      windowSeconds,
      allowed,
      remaining: Math.max(0, limit - count),
      resetAt: Math.ceil(endsMs / 1000),
      retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((endsMs - nowMs) / 1000)),
    };
  }

  const strip = ({ allowed: _a, retryAfterSeconds: _r, ...budget }: Budget & { allowed: boolean; retryAfterSeconds: number }): Budget => budget;

  return {
    enabled,

    async charge(input) {
      if (!enabled) return { allowed: true, budget: null, retryAfterSeconds: 0 };
      const checks = checksFor(input);
      if (!checks.length) return { allowed: true, budget: null, retryAfterSeconds: 0 };
      const nowMs = clock.now().getTime();
      // Every applicable policy counts the request, refused or not (a refused request still arrived).
      const results = await Promise.all(checks.map((check) => evaluate(check, nowMs, true)));
      const refused = results.filter((r) => !r.allowed).sort((a, b) => b.retryAfterSeconds - a.retryAfterSeconds)[0];
      if (refused) {
        const refusal: Refusal = {
          policy: refused.policy,
          scope: refused.scope,
          principal: { kind: input.principal.kind, id: input.principal.id, name: input.principal.name },
          ip: input.ip,
          requestId: input.requestId,
          path: input.route?.path,
          retryAfterSeconds: refused.retryAfterSeconds,
        };
        for (const listener of listeners) {
          try {
            listener(refusal);
          } catch (error) {
            logger.error({ err: error }, "rate-limit refusal listener failed");
          }
        }
        return { allowed: false, budget: strip(refused), retryAfterSeconds: refused.retryAfterSeconds };
      }
      const tightest = results.reduce((a, b) => (b.remaining < a.remaining || (b.remaining === a.remaining && b.resetAt > a.resetAt) ? b : a));
      return { allowed: true, budget: strip(tightest), retryAfterSeconds: 0 };
    },

    async status(principal, ip) {
      if (!enabled) return [];
      const nowMs = clock.now().getTime();
      const checks = checksFor({ principal, ip, operationClass: "read" }).filter((c) => c.policy !== "ip");
      if (isAuthenticated(principal) && principal.kind !== "system") {
        const subject = `${principal.kind}:${principal.id}`;
        for (const { pattern, limit } of endpoints) {
          if (limit !== null) checks.push({ policy: "endpoint", scope: pattern.key, limit, windowSeconds: policies.endpoint.windowSeconds, subject });
        }
      }
      for (const operationClass of OPERATION_CLASSES) {
        const limit = policies.ip.limits[operationClass];
        if (limit !== null) checks.push({ policy: "ip", scope: operationClass, limit, windowSeconds: policies.ip.windowSeconds, subject: ip });
      }
      return (await Promise.all(checks.map((check) => evaluate(check, nowMs, false)))).map(strip);
    },

    onRefused(listener) {
      listeners.push(listener);
    },

    async ready() {
      if (!redis || redis.status === "ready") return;
      // Connected, refused (Redis is down: count alone until it is back) or too slow to tell.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, READY_WAIT_MS);
        redis.once("ready", done);
        redis.once("error", done);
        function done() {
          clearTimeout(timer);
          redis!.off("ready", done);
          redis!.off("error", done);
          resolve();
        }
      });
    },

    async close() {
      if (!redis) return;
      if (redis.status === "ready") await redis.quit().catch(() => redis.disconnect());
      else redis.disconnect();
    },
  };
}
