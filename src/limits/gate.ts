// The limiter at the edges: a yoga plugin that charges each GraphQL operation over HTTP (and SSE),
// a function REST (and any other HTTP handler) calls with its route, one graphql-ws calls per
// operation, and the X-RateLimit-* headers on every charged response.
import type { IncomingMessage } from "node:http";
import { GraphQLError, type DocumentNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Principal } from "../domain/auth/principal.js";
import { AppError } from "../errors.js";
import { clientIp, type Cidr } from "../http/client-ip.js";
import { classOfMethod, classifyOperation } from "./classify.js";
import type { RequestLimiter, Verdict } from "./limiter.js";
import type { OperationClass } from "./policies.js";

/**
 * On a context (or server context) whose request was charged already: REST routes charge before
 * they run their GraphQL operation, graphql-ws charges in its onSubscribe.
 */
export const ALREADY_CHARGED = Symbol.for("control-plane.rate-limit-charged");

const verdicts = new WeakMap<Request, Verdict>();

function rateLimitHeaders(verdict: Verdict): Record<string, string> {
  if (!verdict.budget) return {};
  return {
    "X-RateLimit-Limit": String(verdict.budget.limit),
    "X-RateLimit-Remaining": String(verdict.budget.remaining),
    "X-RateLimit-Reset": String(verdict.budget.resetAt),
    ...(verdict.allowed ? {} : { "Retry-After": String(verdict.retryAfterSeconds) }),
  };
}

function refusalDetails(verdict: Verdict) {
  const b = verdict.budget!;
  return {
    retry_after: verdict.retryAfterSeconds,
    policy: b.policy,
    scope: b.scope,
    limit: b.limit,
    window_seconds: b.windowSeconds,
    reset_at: new Date(b.resetAt * 1000).toISOString(),
  };
}

/** REST: `rate_limit_exceeded` (429); the route's error format writes it, `Retry-After` from details. */
function restRefusal(verdict: Verdict): AppError {
  return new AppError("rate_limit_exceeded", { details: refusalDetails(verdict) });
}

/** GraphQL: extensions.code RATE_LIMITED with retryAfter; HTTP 429 and Retry-After where there is HTTP. */
function graphqlRefusal(verdict: Verdict): GraphQLError {
  return new GraphQLError("Rate limit exceeded", {
    extensions: {
      code: "RATE_LIMITED",
      retryAfter: verdict.retryAfterSeconds,
      details: refusalDetails(verdict),
      http: { status: 429, headers: rateLimitHeaders(verdict) },
    },
  });
}

/** clientIp for a socket's upgrade request (graphql-ws), which has no Fetch Request. */
export function clientIpOfUpgrade(req: IncomingMessage, trustedProxies: readonly Cidr[]): string {
  const headers = {
    get: (name: string) => {
      const value = req.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(",") : (value ?? null);
    },
  };
  return clientIp({ headers } as unknown as Request, { req }, trustedProxies);
}

interface HttpCharge {
  request: Request;
  serverContext: unknown;
  principal: Principal;
  /** Method and path as requested; the class defaults to the seed-004 one, else by method. */
  route: { method: string; path: string };
  operationClass?: OperationClass;
  requestId?: string;
}

interface OperationContext {
  principal?: Principal;
  clientIp?: string;
  requestId?: string;
  request?: Request;
  [ALREADY_CHARGED]?: boolean;
}

export interface RequestGate {
  /**
   * An HTTP request with a route (REST, chat completions…): charges it, keeps the verdict for the
   * response headers and throws `rate_limit_exceeded` when refused.
   */
  chargeHttp(charge: HttpCharge): Promise<Verdict>;
  /** One GraphQL operation over a socket (graphql-ws): the refusal to send, or null. */
  chargeSocketOperation(args: { principal: Principal; ip: string; document: DocumentNode; operationName?: string | null; requestId?: string }): Promise<GraphQLError | null>;
  /** Charges GraphQL over HTTP and SSE; writes X-RateLimit-* on every charged response. */
  plugin(): Plugin;
}

export function createRequestGate(limiter: RequestLimiter, trustedProxies: readonly Cidr[]): RequestGate {
  async function chargeGraphQL(context: OperationContext, document: DocumentNode, operationName: string | null | undefined): Promise<Verdict | null> {
    if (context[ALREADY_CHARGED] || !context.principal || !context.request) return null;
    const verdict = await limiter.charge({
      principal: context.principal,
      ip: context.clientIp ?? clientIp(context.request, context, trustedProxies),
      operationClass: classifyOperation(document, operationName).operationClass,
      requestId: context.requestId,
    });
    verdicts.set(context.request, verdict);
    return verdict;
  }

  return {
    async chargeHttp({ request, serverContext, principal, route, operationClass, requestId }) {
      const verdict = await limiter.charge({
        principal,
        ip: clientIp(request, serverContext, trustedProxies),
        operationClass: operationClass ?? classOfMethod(route.method),
        route,
        requestId,
      });
      verdicts.set(request, verdict);
      if (!verdict.allowed) throw restRefusal(verdict);
      return verdict;
    },

    async chargeSocketOperation({ principal, ip, document, operationName, requestId }) {
      const verdict = await limiter.charge({
        principal,
        ip,
        operationClass: classifyOperation(document, operationName).operationClass,
        requestId,
      });
      if (verdict.allowed) return null;
      const error = graphqlRefusal(verdict);
      delete (error.extensions as { http?: unknown }).http; // no HTTP response to carry it
      return error;
    },

    plugin(): Plugin {
      return {
        async onExecute({ args, setResultAndStopExecution }) {
          const verdict = await chargeGraphQL(args.contextValue as OperationContext, args.document, args.operationName);
          if (verdict && !verdict.allowed) setResultAndStopExecution({ errors: [graphqlRefusal(verdict)] });
        },
        async onSubscribe({ args, setResultAndStopExecution }) {
          const verdict = await chargeGraphQL(args.contextValue as OperationContext, args.document, args.operationName);
          if (verdict && !verdict.allowed) setResultAndStopExecution({ errors: [graphqlRefusal(verdict)] });
        },
        onResponse({ request, response }) {
          const verdict = verdicts.get(request);
          if (!verdict) return;
          for (const [name, value] of Object.entries(rateLimitHeaders(verdict))) response.headers.set(name, value);
        },
      };
    },
  };
}
