// Request metrics over the last minute, for systemStatus (requests per minute, error rate). Per
// process: with several instances, each reports its own traffic.
const WINDOW_SECONDS = 60;

export function createRequestMetrics(now: () => number = Date.now) {
  // One bucket per second of the last minute: [second, requests, errors].
  const buckets = Array.from({ length: WINDOW_SECONDS }, () => ({ second: -1, requests: 0, errors: 0 }));
  const bucket = () => {
    const second = Math.floor(now() / 1000);
    const b = buckets[second % WINDOW_SECONDS]!;
    if (b.second !== second) Object.assign(b, { second, requests: 0, errors: 0 });
    return b;
  };
  const recent = () => {
    const since = Math.floor(now() / 1000) - WINDOW_SECONDS;
    return buckets.filter((b) => b.second > since);
  };

  return {
    /** A response went out; 5xx responses count as errors. */
    request(status: number): void {
      const b = bucket();
      b.requests++;
      if (status >= 500) b.errors++;
    },
    /** An unexpected error inside an otherwise answered request (a masked GraphQL error). */
    error(): void {
      bucket().errors++;
    },
    requestsPerMinute(): number {
      return recent().reduce((sum, b) => sum + b.requests, 0);
    },
    /** Errors per request over the last minute, 0–1. */
    errorRate(): number {
      const r = recent();
      const requests = r.reduce((sum, b) => sum + b.requests, 0);
      return requests ? Math.round((r.reduce((sum, b) => sum + b.errors, 0) / requests) * 10_000) / 10_000 : 0;
    },
  };
}

export type RequestMetrics = ReturnType<typeof createRequestMetrics>;
