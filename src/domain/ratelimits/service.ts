// Per-provider hourly request limits (seed 003 /rate-limits): fixed UTC-hour windows counted in the
// database, so every instance shares one count and a restart keeps it (seed 003 "Config Persistence").
// A call takes its slot with a conditional UPDATE: concurrent callers can never exceed the limit.
import type { Clock } from "../../clock.js";
import type { Db } from "../../db.js";
import { AppError } from "../../errors.js";

export interface ProviderRateLimit {
  provider: string;
  current: number;
  limit: number;
  remaining: number;
  utilizationPct: number;
  resetAt: Date;
}

export interface RateLimitServiceDeps {
  db: Db;
  clock: Clock;
  /** Requests per hour per provider (PROVIDER_RATE_LIMITS); others get `defaultLimit`. */
  limits: Record<string, number>;
  defaultLimit: number;
  /** Providers to report even before their first call (the catalogue's). */
  known: () => string[];
}

/** Seed 003's example limits for its vendors; the built-in provider is effectively unlimited. */
export const DEFAULT_RATE_LIMITS: Record<string, number> = { builtin: 100_000, kimi: 100, anthropic: 50, openai: 1000 };
export const FALLBACK_RATE_LIMIT = 1000;

const hourOf = (at: Date) => at.toISOString().slice(0, 13); // "2026-03-02T09"
const nextHour = (at: Date) => new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000 + 3_600_000);

export function createRateLimitService({ db, clock, limits, defaultLimit, known }: RateLimitServiceDeps) {
  const limitOf = (provider: string) => limits[provider] ?? defaultLimit;

  return {
    limitOf,

    /** Takes one request of this hour's allowance, or refuses with RATE_LIMIT_EXCEEDED and when to retry. */
    async take(provider: string): Promise<void> {
      const now = clock.now();
      const hour = hourOf(now);
      const limit = limitOf(provider);
      await db.$executeRaw`INSERT INTO "RateWindow" ("provider", "hour", "count") VALUES (${provider}, ${hour}, 0) ON CONFLICT ("provider", "hour") DO NOTHING`;
      const taken = await db.$executeRaw`UPDATE "RateWindow" SET "count" = "count" + 1 WHERE "provider" = ${provider} AND "hour" = ${hour} AND "count" < ${limit}`;
      if (taken === 0) {
        const resetAt = nextHour(now);
        throw new AppError("RATE_LIMIT_EXCEEDED", {
          message: `The ${provider} provider's limit of ${limit} requests this hour is used up`,
          details: { provider, limit, reset_at: resetAt.toISOString(), retry_after: Math.ceil((resetAt.getTime() - now.getTime()) / 1000) },
        });
      }
    },

    /** This hour's use of every known provider. */
    async status(): Promise<ProviderRateLimit[]> {
      const now = clock.now();
      const rows = await db.rateWindow.findMany({ where: { hour: hourOf(now) } });
      const providers = [...new Set([...known(), ...Object.keys(limits), ...rows.map((r) => r.provider)])];
      return providers.map((provider) => {
        const current = rows.find((r) => r.provider === provider)?.count ?? 0;
        const limit = limitOf(provider);
        return {
          provider,
          current,
          limit,
          remaining: Math.max(0, limit - current),
          utilizationPct: limit ? Math.round((current / limit) * 10_000) / 100 : 100,
          resetAt: nextHour(now),
        };
      });
    },
  };
}

export type RateLimitService = ReturnType<typeof createRateLimitService>;
