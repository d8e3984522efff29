// Where request counts live: in memory on the embedded default, in Redis when REDIS_URL is set so
// every instance draws on one budget. Time always comes from the app's clock (passed in as `nowMs`),
// never from the store, so tests move it with a FakeClock.
//
// - Fixed windows (role, tier, endpoint): rate-limiter-flexible's atomic counters (its Redis store
//   is one Lua INCR+EXPIRE). The window is chosen by us from the clock and is part of the key
//   (`…:<window number>`); the store's own expiry only removes finished windows.
// - GCRA (seed 004, per IP): one Lua script in Redis, the same arithmetic in memory.
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface CounterStore {
  /** Counts one request in this window's `key`; the count so far, this one included. */
  hit(key: string, limit: number, windowSeconds: number): Promise<number>;
  /** The count so far, without counting. */
  peek(key: string, limit: number, windowSeconds: number): Promise<number>;
}

/** GCRA state: the theoretical arrival time (ms) after the last request let through. */
export interface GcraStore {
  /** Lets one request through if it conforms; returns whether it did and the TAT after the decision. */
  hit(key: string, limit: number, periodMs: number, nowMs: number): Promise<{ allowed: boolean; tat: number }>;
  peek(key: string, nowMs: number): Promise<number>;
}

/** Milliseconds between two requests at the sustained rate (`limit` per `periodMs`). */
const emissionInterval = (limit: number, periodMs: number) => Math.ceil(periodMs / limit);

/** What a TAT means for a client: requests left in the burst and when the next one conforms. */
export function gcraState(tat: number, limit: number, periodMs: number, nowMs: number) {
  const t = emissionInterval(limit, periodMs);
  const effective = Math.max(tat, nowMs);
  return {
    remaining: Math.max(0, Math.min(limit, Math.floor((nowMs + limit * t - effective) / t))),
    /** When the next request conforms (now, unless the burst is used up). */
    nextAllowedMs: Math.max(nowMs, effective + t - limit * t),
    /** When the whole burst is available again. */
    fullMs: effective,
  };
}

function rflxCounter(make: (points: number, duration: number) => RateLimiterAbstract): CounterStore {
  const limiters = new Map<string, RateLimiterAbstract>();
  const limiterFor = (limit: number, windowSeconds: number) => {
    const id = `${limit}/${windowSeconds}`;
    let limiter = limiters.get(id);
    if (!limiter) limiters.set(id, (limiter = make(limit, windowSeconds)));
    return limiter;
  };
  return {
    async hit(key, limit, windowSeconds) {
      try {
        return (await limiterFor(limit, windowSeconds).consume(key, 1)).consumedPoints;
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return refusal.consumedPoints; // over the limit: counted, refused by the caller
        throw refusal; // the store failed
      }
    },
    async peek(key, limit, windowSeconds) {
      return (await limiterFor(limit, windowSeconds).get(key))?.consumedPoints ?? 0;
    },
  };
}

export function memoryCounter(): CounterStore {
  return rflxCounter((points, duration) => new RateLimiterMemory({ points, duration, keyPrefix: "" }));
}

export function redisCounter(client: Redis, prefix: string): CounterStore {
  return rflxCounter((points, duration) => new RateLimiterRedis({ storeClient: client, points, duration, keyPrefix: prefix, rejectIfRedisNotReady: true }));
}

export function memoryGcra(): GcraStore {
  const tats = new Map<string, number>();
  let writes = 0;
  return {
    async hit(key, limit, periodMs, nowMs) {
      const t = emissionInterval(limit, periodMs);
      const tat = Math.max(tats.get(key) ?? nowMs, nowMs);
      if (tat + t - limit * t > nowMs) return { allowed: false, tat };
      tats.set(key, tat + t);
      // Now and then forget keys whose burst is whole again: they mean the same as no entry.
      if (++writes % 1000 === 0) for (const [k, v] of tats) if (v <= nowMs) tats.delete(k);
      return { allowed: true, tat: tat + t };
    },
    async peek(key, nowMs) {
      return Math.max(tats.get(key) ?? nowMs, nowMs);
    },
  };
}

// The same decision as memoryGcra, atomically in Redis. The key expires when its burst is whole again.
const GCRA_LUA = `
local now = tonumber(ARGV[1])
local t = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]))
if not tat or tat < now then tat = now end
if tat + t - limit * t > now then return {0, tat} end
redis.call('SET', KEYS[1], tat + t, 'PX', tat + t - now)
return {1, tat + t}
`;

type GcraClient = Redis & { cpGcra(key: string, now: number, t: number, limit: number): Promise<[number, number]> };

export function redisGcra(client: Redis, prefix: string): GcraStore {
  if (!("cpGcra" in client)) client.defineCommand("cpGcra", { numberOfKeys: 1, lua: GCRA_LUA });
  const redis = client as GcraClient;
  const ready = () => {
    if (client.status !== "ready") throw new Error(`Redis connection is ${client.status}`);
  };
  return {
    async hit(key, limit, periodMs, nowMs) {
      ready();
      const [allowed, tat] = await redis.cpGcra(`${prefix}:${key}`, nowMs, emissionInterval(limit, periodMs), limit);
      return { allowed: allowed === 1, tat: Number(tat) };
    },
    async peek(key, nowMs) {
      ready();
      const stored = await client.get(`${prefix}:${key}`);
      return Math.max(stored === null ? nowMs : Number(stored), nowMs);
    },
  };
}

export interface StoreHealth {
  /** A call to the shared store failed: from now on each instance counts on its own. */
  down(error: Error): void;
  /** A call succeeded again. */
  up(): void;
}

/**
 * Redis first; when it fails, this instance's memory (fail open to per-instance limits, reported
 * through `health`), back to Redis as soon as a call succeeds again.
 */
export function withFallback<S extends CounterStore | GcraStore>(primary: S, fallback: S, health: StoreHealth): S {
  const wrapped: Record<string, unknown> = {};
  for (const method of ["hit", "peek"] as const) {
    wrapped[method] = async (...args: unknown[]) => {
      try {
        const result = await (primary[method] as (...a: unknown[]) => Promise<unknown>)(...args);
        health.up();
        return result;
      } catch (error) {
        health.down(error as Error);
        return (fallback[method] as (...a: unknown[]) => Promise<unknown>)(...args);
      }
    };
  }
  return wrapped as unknown as S;
}
