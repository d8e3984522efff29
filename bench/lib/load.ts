// HTTP load with autocannon: the same generator, connections and duration for every scenario.
import autocannon from "autocannon";

export interface LoadResult {
  rps: number;
  /** Requests answered in the run. */
  requests?: number;
  /** CPU time the server process spent per request (µs), when the run was given its process. */
  cpuUsPerRequest?: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface LoadSpec {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** A fresh body per request (writes that must differ, such as unique agent names). */
  bodyFor?: () => string;
  connections?: number;
  seconds: number;
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const result = await autocannon({
    url: spec.url,
    method: spec.method ?? "GET",
    headers: spec.headers,
    body: spec.body,
    connections: spec.connections ?? 10,
    duration: spec.seconds,
    ...(spec.bodyFor
      ? { requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, body: spec.bodyFor!() }) }] }
      : {}),
  } as autocannon.Options);
  return {
    rps: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
