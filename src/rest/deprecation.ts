// Versions: which routes /api/v4 serves (seed 003), and deprecated routes (seed 001 "Deprecation
// Notices", seed 003 and seed 002 "Deprecation Headers"): until the sunset they answer as before,
// announcing it; from the sunset on they answer 410 `endpoint_sunset`, still naming the successor.
import { AppError } from "../errors.js";
import type { Deprecation, RestRoute } from "./route.js";

export const V4 = "/api/v4/";

/**
 * Seed 003: `/api/v4/<path>` is the current version of the unversioned `/api/<path>`. Routes with a
 * version of their own (`/api/v1/…`) and deprecated ones are not in v4.
 */
export function servedUnderV4(route: RestRoute): boolean {
  return !route.deprecated && !/^\/api\/v\d+\//.test(route.path);
}

/** Seed 001: deprecated versions keep operating for six months after the announcement. */
const SUNSET_MONTHS = 6;

const httpDate = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();

/** The sunset six months after `since` (YYYY-MM-DD), as seed 001 promises. */
export function sixMonthsAfter(since: string): string {
  const at = new Date(`${since}T00:00:00Z`);
  at.setUTCMonth(at.getUTCMonth() + SUNSET_MONTHS);
  return at.toISOString().slice(0, 10);
}

/** The successor with the request's path parameters filled in (`{agent_id}` → `agt_…`). */
const successorOf = (d: Deprecation, params: Record<string, string>) => d.successor.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] ? encodeURIComponent(params[name]) : whole));

/** Seed 003's format: `Link: </api/v4/spawn>; rel="successor-version"`. */
export function deprecationHeaders(d: Deprecation, params: Record<string, string> = {}): Record<string, string> {
  return {
    deprecation: "true", // seed 003 writes `Deprecation: true`; the dates follow
    sunset: httpDate(d.sunset),
    link: `<${successorOf(d, params)}>; rel="successor-version"`,
    "x-api-deprecation-date": httpDate(d.since), // seed 002
    "x-api-deprecation-info": "/docs", // seed 002: where the migration is documented
  };
}

export function isSunset(d: Deprecation, now: Date): boolean {
  return now.getTime() >= Date.parse(`${d.sunset}T00:00:00Z`);
}

export function sunsetError(d: Deprecation, path: string): AppError {
  return new AppError("endpoint_sunset", {
    message: `${path} was retired on ${d.sunset}; use ${d.successor}`,
    details: { sunset: d.sunset, successor: d.successor },
  });
}
