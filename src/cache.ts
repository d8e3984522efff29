// A small in-process cache with expiry, for values that are costly to compute and fine to be a few
// seconds old (the system status snapshot, seed 001: 10 s). CLEAR_CACHE empties every one of them.
export interface TtlCache {
  get<T>(key: string, ttlMs: number, compute: () => Promise<T>): Promise<T>;
  clear(): number;
  size(): number;
}

export function createTtlCache(now: () => number = Date.now): TtlCache {
  const entries = new Map<string, { expiresAt: number; value: Promise<unknown> }>();
  return {
    async get<T>(key: string, ttlMs: number, compute: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.expiresAt > now()) return hit.value as Promise<T>;
      const value = compute();
      entries.set(key, { expiresAt: now() + ttlMs, value });
      value.catch(() => entries.delete(key)); // never cache a failure
      return value;
    },
    clear() {
      const cleared = entries.size;
      entries.clear();
      return cleared;
    },
    size: () => entries.size,
  };
}
