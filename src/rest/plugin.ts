// Serves the REST route tables inside graphql-yoga: match the route, read the request, run the
// route's GraphQL operation with the caller's own credentials, present the result or the error in
// the route's documented shape. Anything under /api that no route serves answers in the envelope.
// `/api/v4/<path>` serves the route at `/api/<path>` (seed 003: v4 is the current version of its
// unversioned paths); deprecated routes announce their sunset, and answer 410 after it.
import { createHash } from "node:crypto";
import type { ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Clock } from "../clock.js";
import type { Principal } from "../domain/auth/principal.js";
import type { AuthService } from "../domain/auth/service.js";
import type { IdempotencyService } from "../domain/idempotency/service.js";
import { databaseUnavailable } from "../domain/prisma-errors.js";
import { AppError } from "../errors.js";
import type { RequestIdContext } from "../http/request-id.js";
import { readJsonBody } from "../http/request-body.js";
import { setRouteTemplate } from "../http/route-template.js";
import type { Logger } from "../logger.js";
import { deprecationHeaders, isSunset, sunsetError } from "./deprecation.js";
import { envelope, type Failure } from "./error-formats.js";
import { failureFromGraphQL, failureOf } from "./errors.js";
import type { HttpMethod, RestRequest, RestRoute } from "./route.js";
import { routeMatcher, type CompiledRoute } from "./route-match.js";

/** Runs a route's operation as `principal` (src/rest/execute.ts), on behalf of `request`. */
export type ExecuteOperation = (
  query: string,
  variables: unknown,
  caller: { request: Request; serverContext: unknown; requestId: string; principal: Principal },
) => Promise<ExecutionResult>;

/** Charges a request against the request limits; throws `rate_limit_exceeded` when refused (src/limits). */
type ChargeRequest = (charge: {
  request: Request;
  serverContext: unknown;
  principal: Principal;
  route: { method: string; path: string };
  requestId: string;
}) => Promise<unknown>;

export interface RestDeps {
  execute: ExecuteOperation;
  clock: Clock;
  logger: Logger;
  auth: AuthService;
  idempotency: IdempotencyService;
  /** Request limits (default: none). */
  limit?: ChargeRequest;
}

const REST_PREFIX = "/api/";
const BODY_METHODS: readonly HttpMethod[] = ["POST", "PUT", "PATCH"];


interface Answer {
  status: number;
  body: string | null;
  headers: Record<string, string>;
}

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  if (status === 204 || status === 304) return { status, body: null, headers };
  return { status, body: JSON.stringify(body), headers: { "content-type": "application/json; charset=utf-8", ...headers } };
}

function failed(failure: Failure, route: RestRoute | undefined, traceId: string | undefined, headers: Record<string, string> = {}): Answer {
  const retry = failure.details.retry_after;
  return answer(failure.status, (route?.errorFormat ?? envelope)({ ...failure, traceId }), {
    ...route?.headers,
    ...(route?.deprecated ? deprecationHeaders(route.deprecated) : {}),
    ...(typeof retry === "number" ? { "retry-after": String(retry) } : {}),
    ...headers,
  });
}

/** A path segment as sent; a malformed percent-escape (`%E0%A4%A`) is the client's mistake, not a crash. */
function pathParam(name: string, raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new AppError("VALIDATION_ERROR", { message: `${name} is not a valid URL path segment`, details: { fields: [{ field: name, message: "is not validly percent-encoded" }] } });
  }
}

/** Size, media type, UTF-8 and nesting are checked while reading (src/http/request-body.ts), before any database work. */
async function readBody(request: Request): Promise<Record<string, unknown>> {
  const parsed = await readJsonBody(request);
  if (parsed === undefined) return {};
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new AppError("VALIDATION_ERROR", { message: "Request body must be a JSON object" });
  }
  return parsed as Record<string, unknown>;
}

export function useRest(routes: readonly RestRoute[], { execute, clock, logger, auth, idempotency, limit }: RestDeps): Plugin<RequestIdContext> {
  const matchPath = routeMatcher(routes);

  async function perform(entry: CompiledRoute, restRequest: RestRequest, request: Request, serverContext: unknown, requestId: string, principal: Principal, traceId: string): Promise<Answer> {
    const { route } = entry;
    const result = await execute(route.operation.toString(), route.variables(restRequest), { request, serverContext, requestId, principal });
    if (result.errors?.length || !result.data) {
      const failure = result.errors?.length
        ? failureFromGraphQL(result.errors, route.invalidInputCode ?? "VALIDATION_ERROR", requestId, clock.now(), route.fieldNaming)
        : failureOf(new AppError("INTERNAL_ERROR"), requestId, clock.now());
      return failed(failure, route, traceId);
    }
    const body = route.present(result.data, restRequest);
    const headers = { ...route.headers, ...(route.deprecated ? deprecationHeaders(route.deprecated, restRequest.params) : {}) };
    if (!route.cacheSeconds) return answer(route.status ?? 200, body, headers);
    // Answers depend on the caller's credentials, so only the caller may keep them (private).
    const etag = `W/"${createHash("sha1").update(JSON.stringify(body)).digest("base64url")}"`;
    const caching = { ...headers, "cache-control": `private, max-age=${route.cacheSeconds}`, etag };
    if (request.headers.get("if-none-match")?.split(/\s*,\s*/).includes(etag)) return answer(304, null, caching);
    return answer(route.status ?? 200, body, caching);
  }

  /** With an Idempotency-Key, a write runs once; repeats get the first answer (seed 003). */
  async function once(entry: CompiledRoute, restRequest: RestRequest, request: Request, serverContext: unknown, requestId: string, url: URL, principal: Principal, traceId: string): Promise<Answer> {
    const key = request.headers.get("idempotency-key");
    if (!key || !BODY_METHODS.includes(entry.route.method)) return perform(entry, restRequest, request, serverContext, requestId, principal, traceId);
    if (!principal.id) return perform(entry, restRequest, request, serverContext, requestId, principal, traceId); // refused by the operation anyway
    const begun = await idempotency.begin(principal.id, key, { method: request.method, path: url.pathname, body: restRequest.body });
    if (begun.kind === "replay") {
      return { status: begun.status, body: begun.body || null, headers: { "content-type": "application/json; charset=utf-8", "idempotent-replayed": "true" } };
    }
    const result = await perform(entry, restRequest, request, serverContext, requestId, principal, traceId).catch(async (error: unknown) => {
      await idempotency.complete(principal.id!, key, 500, "");
      throw error;
    });
    await idempotency.complete(principal.id, key, result.status, result.body ?? "");
    return result;
  }

  return {
    async onRequest({ request, url, endResponse, serverContext, fetchAPI }) {
      if (!url.pathname.startsWith(REST_PREFIX)) return;
      const requestId = (serverContext as RequestIdContext).requestId ?? "";
      const traceId = (serverContext as RequestIdContext).traceId ?? requestId;
      const { v4, candidates } = matchPath(url.pathname);
      const found = candidates.find((c) => c.entry.route.method === request.method);
      let result: Answer;
      try {
        if (!found) {
          if (candidates.length && request.method === "OPTIONS") return; // CORS preflight: yoga answers it
          const allowed = candidates.map((c) => c.entry.route.method);
          result = candidates.length
            ? failed(failureOf(new AppError("VALIDATION_ERROR", { message: `Method ${request.method} is not allowed on ${url.pathname}`, details: { allowed_methods: allowed } }), requestId, clock.now()), undefined, traceId, { allow: allowed.join(", ") })
            : failed(failureOf(new AppError("NOT_FOUND", { message: `No endpoint ${request.method} ${url.pathname}` }), requestId, clock.now()), undefined, traceId);
          if (candidates.length) result.status = 405;
        } else {
          const { route } = found.entry;
          setRouteTemplate(request, v4 ? `/api/v4/${route.path.slice("/api/".length)}` : route.path);
          if (route.deprecated && isSunset(route.deprecated, clock.now())) throw sunsetError(route.deprecated, url.pathname);
          // Authenticated once here; the route's operation runs with this principal.
          const principal = await auth.authenticate(request.headers.get("authorization"));
          await limit?.({ request, serverContext, principal, route: { method: request.method, path: url.pathname }, requestId });
          const params = Object.fromEntries(found.entry.paramNames.map((name, i) => [name, pathParam(name, found.match[i + 1]!)]));
          const restRequest: RestRequest = {
            params,
            query: url.searchParams,
            body: BODY_METHODS.includes(found.entry.route.method) || found.entry.route.acceptsBody ? await readBody(request) : {},
            now: clock.now(),
            path: url.pathname,
          };
          result = await once(found.entry, restRequest, request, serverContext, requestId, url, principal, traceId);
        }
      } catch (error) {
        if (!(error instanceof AppError)) logger.error({ err: error, requestId }, "unexpected error in REST route");
        result = failed(failureOf(error instanceof AppError ? error : (databaseUnavailable(error) ?? new AppError("INTERNAL_ERROR")), requestId, clock.now(), found?.entry.route.fieldNaming), found?.entry.route, traceId);
      }
      // yoga's own Response class: the server writes its string body directly (the global one is read back as a stream).
      endResponse(new fetchAPI.Response(result.body, { status: result.status, headers: result.headers }));
    },
  };
}
