// Which REST route a request's method and path reach: used by the REST plugin to serve it, and by
// the security gate to refuse it in that route's error format before the plugin runs.
import { servedUnderV4, V4 } from "./deprecation.js";
import type { RestRoute } from "./route.js";

export interface CompiledRoute {
  route: RestRoute;
  pattern: RegExp;
  paramNames: string[];
  staticSegments: number;
  /** Also served under /api/v4 (a path with no version of its own, not deprecated). */
  inV4: boolean;
}

interface Candidate {
  entry: CompiledRoute;
  match: RegExpExecArray;
}

function compile(route: RestRoute): CompiledRoute {
  const paramNames: string[] = [];
  const segments = route.path.split("/").filter(Boolean);
  const source = segments
    .map((segment) => {
      if (!segment.startsWith(":")) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      paramNames.push(segment.slice(1));
      return "([^/]+)";
    })
    .join("/");
  return {
    route,
    pattern: new RegExp(`^/${source}/?$`),
    paramNames,
    staticSegments: segments.filter((s) => !s.startsWith(":")).length,
    inV4: servedUnderV4(route),
  };
}

/** The routes (any method) whose path matches; `/api/v4/<path>` matches the route at `/api/<path>`. */
export function routeMatcher(routes: readonly RestRoute[]): (pathname: string) => { v4: boolean; candidates: Candidate[] } {
  // Static segments first, so /api/agents/active wins over /api/agents/:id.
  const compiled = routes.map(compile).sort((a, b) => b.staticSegments - a.staticSegments);
  return (pathname) => {
    const v4 = pathname.startsWith(V4);
    const path = v4 ? `/api/${pathname.slice(V4.length)}` : pathname;
    const candidates = compiled
      .filter((entry) => !v4 || entry.inV4)
      .map((entry) => ({ entry, match: entry.pattern.exec(path) }))
      .filter((c): c is Candidate => c.match !== null);
    return { v4, candidates };
  };
}

/** The route that serves `method` `pathname`, if any. */
export function restRouteFinder(routes: readonly RestRoute[]): (method: string, pathname: string) => RestRoute | undefined {
  const match = routeMatcher(routes);
  return (method, pathname) => match(pathname).candidates.find((c) => c.entry.route.method === method)?.entry.route;
}
