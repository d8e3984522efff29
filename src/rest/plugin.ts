// Serves the REST route tables inside graphql-yoga: match the route, read the request, run the
// route's GraphQL operation with the caller's own credentials, present the result or the error
// envelope. Anything under /api that no route serves answers in the same envelope.
import { createHash } from "node:crypto";
import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import { AppError, toRestEnvelope } from "../errors.js";
import type { RequestIdContext } from "../http/request-id.js";
import { restErrorFromAppError, restErrorFromGraphQL, type RestError } from "./errors.js";
import type { HttpMethod, RestRequest, RestRoute } from "./route.js";

export type ExecuteOperation = (
  query: string,
  variables: unknown,
  headers: { authorization: string | null; requestId: string },
) => Promise<ExecutionResult>;

interface CompiledRoute {
  route: RestRoute;
  pattern: RegExp;
  paramNames: string[];
  staticSegments: number;
}

const REST_PREFIX = "/api/";
const BODY_METHODS: readonly HttpMethod[] = ["POST", "PUT", "PATCH"];

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
  };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  if (status === 204) return new Response(null, { status, headers });
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

async function readBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AppError("VALIDATION_ERROR", {
      message: "Request body is not valid JSON",
      details: { reason: (error as Error).message },
    });
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new AppError("VALIDATION_ERROR", { message: "Request body must be a JSON object" });
  }
  return parsed as Record<string, unknown>;
}

export interface RestDeps {
  execute: ExecuteOperation;
  clock: Clock;
  logger: Logger;
}

export function useRest(routes: readonly RestRoute[], { execute, clock, logger }: RestDeps): Plugin<RequestIdContext> {
  // Static segments first, so /api/v1/agents/active wins over /api/v1/agents/:agent_id.
  const compiled = routes.map(compile).sort((a, b) => b.staticSegments - a.staticSegments);

  async function run(entry: CompiledRoute, match: RegExpExecArray, request: Request, url: URL, requestId: string) {
    const { route } = entry;
    const params = Object.fromEntries(entry.paramNames.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
    const restRequest: RestRequest = {
      params,
      query: url.searchParams,
      body: BODY_METHODS.includes(route.method) ? await readBody(request) : {},
      now: clock.now(),
    };
    const variables = route.variables(restRequest);
    const result = await execute(route.operation.toString(), variables, {
      authorization: request.headers.get("authorization"),
      requestId,
    });
    if (result.errors?.length || !result.data) {
      const failure = result.errors?.length
        ? restErrorFromGraphQL(result.errors, route.invalidInputCode ?? "VALIDATION_ERROR", requestId, clock.now())
        : restErrorFromAppError(new AppError("INTERNAL_ERROR"), requestId, clock.now());
      return json(failure.status, failure.body, route.headers);
    }
    const body = route.present(result.data, restRequest);
    if (!route.cacheSeconds) return json(route.status ?? 200, body, route.headers);
    // Answers depend on the caller's credentials, so only the caller may keep them (private).
    const etag = `W/"${createHash("sha1").update(JSON.stringify(body)).digest("base64url")}"`;
    const caching = { ...route.headers, "cache-control": `private, max-age=${route.cacheSeconds}`, etag };
    if (request.headers.get("if-none-match")?.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers: caching });
    return json(route.status ?? 200, body, caching);
  }

  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      if (!url.pathname.startsWith(REST_PREFIX)) return;
      const requestId = (serverContext as RequestIdContext).requestId ?? "";
      const candidates = compiled
        .map((entry) => ({ entry, match: entry.pattern.exec(url.pathname) }))
        .filter((c): c is { entry: CompiledRoute; match: RegExpExecArray } => c.match !== null);
      const found = candidates.find((c) => c.entry.route.method === request.method);
      try {
        if (!found) {
          if (candidates.length && request.method === "OPTIONS") return; // CORS preflight: yoga answers it
          const error: RestError = candidates.length
            ? {
                status: 405,
                body: toRestEnvelope("VALIDATION_ERROR", `Method ${request.method} is not allowed on ${url.pathname}`, {
                  allowed_methods: candidates.map((c) => c.entry.route.method),
                }, requestId, clock.now()),
              }
            : restErrorFromAppError(
                new AppError("NOT_FOUND", { message: `No endpoint ${request.method} ${url.pathname}` }),
                requestId,
                clock.now(),
              );
          const headers: Record<string, string> = candidates.length
            ? { allow: candidates.map((c) => c.entry.route.method).join(", ") }
            : {};
          return endResponse(json(error.status, error.body, headers));
        }
        endResponse(await run(found.entry, found.match, request, url, requestId));
      } catch (error) {
        if (!(error instanceof AppError)) logger.error({ err: error, requestId }, "unexpected error in REST route");
        const known = error instanceof AppError ? error : new AppError("INTERNAL_ERROR");
        const failure = restErrorFromAppError(known, requestId, clock.now());
        endResponse(json(failure.status, failure.body, found?.entry.route.headers));
      }
    },
  };
}
