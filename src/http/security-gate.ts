// Seed 003's security controls at the door, before authentication and before any route: a blocked
// address or one outside the IP allowlist is refused (403 with `your_ip`), then the rules the API
// key carries (its own allowed addresses, request signing) are checked. Every refusal is an audit
// entry; every 401 counts towards abuse protection (repeated failures block the address); every
// request made with an API key is `api.key.used`. Health and metrics are answered before this runs.
import type { Plugin } from "graphql-yoga";
import type { RequestFacts, SecurityService } from "../domain/security/service.js";
import type { SignedRequest } from "../domain/security/key-guard.js";
import { AppError } from "../errors.js";
import { databaseUnavailable } from "../domain/prisma-errors.js";
import { ipRefusal } from "../domain/security/ip-rules.js";
import type { Logger } from "../logger.js";
import type { Clock } from "../clock.js";
import { envelope, j1msky } from "../rest/error-formats.js";
import type { RestRoute } from "../rest/route.js";
import { clientIp, type Cidr } from "./client-ip.js";
import type { RequestIdContext } from "./request-id.js";

interface Seen {
  ip: string;
  /** The path requested (read once, from the URL yoga parsed). */
  path: string;
  apiKeyId: string | null;
  /** Already written to the audit trail as a refusal here. */
  refused: boolean;
}

/**
 * The refusal in the caller's dialect: GraphQL errors on /graphql; elsewhere the error format of the
 * route the request would have reached (its documented failures), seed 003's for a path no route serves.
 */
function refusal(error: AppError, graphql: boolean, route: RestRoute | undefined, ids: { requestId: string; traceId: string; ip: string }, at: Date): Response {
  const body = graphql
    ? { errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] }
    : (() => {
        const format = route ? (route.errorFormat ?? envelope) : j1msky;
        // Every refusal at the door names the address it saw (a client behind NAT or a proxy cannot tell otherwise).
        const details = { your_ip: ids.ip, ...error.details };
        const shaped = format({ status: error.status, code: error.code, message: error.message, details, requestId: ids.requestId, traceId: ids.traceId, at }) as { error: unknown };
        // Seed 003's body also names it at the top of `error`.
        if (format === j1msky && shaped.error && typeof shaped.error === "object") (shaped.error as Record<string, unknown>).your_ip = details.your_ip;
        return shaped;
      })();
  const retry = error.details.retry_after;
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { "content-type": "application/json; charset=utf-8", ...(typeof retry === "number" ? { "retry-after": String(retry) } : {}) },
  });
}

function signedRequest(request: Request, url: URL): SignedRequest {
  return {
    method: request.method,
    path: url.pathname + url.search,
    timestamp: request.headers.get("x-timestamp"),
    signature: request.headers.get("x-signature"),
    // Read from a copy, so the route still reads the body; only when a signature is checked.
    body: () => request.clone().text(),
  };
}

export function createSecurityGate({ security, trustedProxies, clock, logger, graphqlEndpoint, restRouteOf }: {
  security: SecurityService;
  trustedProxies: readonly Cidr[];
  clock: Clock;
  logger: Logger;
  graphqlEndpoint: string;
  /** The REST route a method and path reach (src/rest/route-match.ts), whose error format a refusal uses. */
  restRouteOf: (method: string, pathname: string) => RestRoute | undefined;
}): { plugin: Plugin<RequestIdContext>; factsOf: (requestId: string) => RequestFacts | undefined } {
  const seen = new WeakMap<Request, Seen>();
  // By request id: what the client's own request showed, for the GraphQL operation a REST route runs.
  const factsById = new Map<string, RequestFacts>();

  const plugin: Plugin<RequestIdContext> = {
    async onRequest({ request, url, serverContext, endResponse }) {
      const ip = clientIp(request, serverContext, trustedProxies);
      const requestId = (serverContext as RequestIdContext).requestId ?? "";
      const traceId = (serverContext as RequestIdContext).traceId ?? requestId;
      const facts = { ipAddress: ip, userAgent: request.headers.get("user-agent"), requestId };
      const state: Seen = { ip, path: url.pathname, apiKeyId: null, refused: false };
      seen.set(request, state);
      if (factsById.size > 10_000) factsById.clear(); // answers that never reached onResponse (aborted) must not pile up
      if (requestId) factsById.set(requestId, facts);
      const graphql = url.pathname === graphqlEndpoint;
      const refuse = (error: AppError, details: Record<string, unknown>) => {
        state.refused = true;
        security.audit.record({ event: "security.violation", severity: "warning", ...facts, apiKeyId: state.apiKeyId, details: { kind: error.code, method: request.method, path: url.pathname, ...details } });
        const route = graphql ? undefined : restRouteOf(request.method, url.pathname);
        endResponse(refusal(error, graphql, route, { requestId, traceId, ip }, clock.now()));
      };

      const verdict = security.ipRules.check(ip);
      const ipRefused = ipRefusal(verdict, ip);
      if (ipRefused) return refuse(ipRefused, verdict?.refused === "blocked" ? { block_id: verdict.block.id } : { scope: "allowlist" });
      if (verdict?.refused === "not_allowed") {
        security.audit.record({ event: "security.violation", severity: "info", ...facts, details: { kind: "ip_not_allowed", enforced: false, method: request.method, path: url.pathname } });
      }
      try {
        const rules = await security.keys.admit(request.headers.get("authorization"), ip, signedRequest(request, url));
        state.apiKeyId = rules?.apiKeyId ?? null;
      } catch (error) {
        if (error instanceof AppError) return refuse(error, {});
        // The database out of reach while checking the key's rules: 503 with Retry-After, no violation.
        const unavailable = databaseUnavailable(error);
        if (!unavailable) throw error;
        const route = graphql ? undefined : restRouteOf(request.method, url.pathname);
        return endResponse(refusal(unavailable, graphql, route, { requestId, traceId, ip }, clock.now()));
      }
    },

    onResponse({ request, response, serverContext }) {
      const state = seen.get(request);
      if (!state) return;
      const requestId = (serverContext as RequestIdContext).requestId ?? "";
      factsById.delete(requestId);
      const facts = { ipAddress: state.ip, userAgent: request.headers.get("user-agent"), requestId };
      if (response.status === 401) {
        // A refused signature was recorded above; it still counts as a failed authentication.
        security
          .authenticationFailed(state.ip, facts, !state.refused)
          .catch((error: unknown) => logger.warn({ err: error }, "abuse protection could not record a failure"));
        return;
      }
      if (state.apiKeyId && !state.refused) {
        security.audit.record({ event: "api.key.used", apiKeyId: state.apiKeyId, principalId: state.apiKeyId, ...facts, details: { method: request.method, path: state.path, status: response.status } });
      }
    },
  };
  return { plugin, factsOf: (requestId) => factsById.get(requestId) };
}
