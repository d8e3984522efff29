// Metrics on the request path: HTTP requests and latency by route template, GraphQL operations by
// name and outcome (plus @envelop/prometheus for per-phase latency), open subscriptions, and the
// GET /metrics endpoint itself (bearer token, or loopback only).
import { timingSafeEqual } from "node:crypto";
import { createHistogram, usePrometheus } from "@envelop/prometheus";
import type { ExecutionResult } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";
import { clientIp, inAnyCidr, parseCidr, type Cidr } from "../http/client-ip.js";
import { routeTemplateOf } from "../http/route-template.js";
import type { Metrics } from "./metrics.js";

/** Paths that are their own template. Anything else unmatched is "unmatched", so raw paths never become labels. */
const FIXED_PATHS = new Set(["/graphql", "/health", "/health/live", "/health/ready", "/health/yoga", "/api/health", "/api/v4/health", "/metrics", "/openapi.json", "/docs"]);
const LOOPBACK: Cidr[] = [parseCidr("127.0.0.0/8"), parseCidr("::1")];

// Keyed by the server context, which lives as long as the request: a plugin may replace the Request
// itself (the GraphQL body limit re-creates it from the bytes it read).
const started = new WeakMap<object, { at: number; path: string }>();
const failedInside = new WeakSet<Request>();

/** A GraphQL answer carried an unexpected (masked) error: counted by function_error_total. */
export function markFunctionError(request: Request | undefined): void {
  if (request) failedInside.add(request);
}

export function useHttpMetrics(metrics: Metrics): Plugin {
  return {
    onRequest({ request, url, serverContext }) {
      started.set((serverContext as object | undefined) ?? request, { at: performance.now(), path: url.pathname });
    },
    onResponse({ request, response, serverContext }) {
      const start = started.get((serverContext as object | undefined) ?? request);
      if (!start) return;
      const path = routeTemplateOf(request) ?? (FIXED_PATHS.has(start.path) ? start.path : "unmatched");
      metrics.request({ path, method: request.method, status: response.status }, performance.now() - start.at, failedInside.has(request));
    },
  };
}

function outcomeOf(result: unknown): "ok" | "error" | "rate_limited" {
  if (!result || isAsyncIterable(result)) return "ok";
  const errors = (result as ExecutionResult).errors;
  if (!errors?.length) return "ok";
  return errors.some((e) => e.extensions?.code === "RATE_LIMITED") ? "rate_limited" : "error";
}

type Phase = "parse" | "validate" | "context" | "execute" | "subscribe";

/**
 * One of envelop's phase histograms, labelled by operation type only. Its default labels are
 * filtered by copying label objects twice on every observation (~2 % of a small request's CPU).
 */
function phaseHistogram<P extends Phase>(registry: Metrics["registry"], name: string, help: string, phases: [P, ...P[]]) {
  return createHistogram({
    registry,
    histogram: { name, help, labelNames: ["operationType"] },
    // As envelop fills it (undefined before an operation is known, as for a parse error).
    fillLabelsFn: (params) => ({ operationType: params.operationType as string }),
    phases,
  });
}

export function useGraphQLMetrics(metrics: Metrics): Plugin[] {
  const { registry } = metrics;
  const operation = (args: { operationName?: string | null; document: { definitions: readonly { kind: string; operation?: string; name?: { value: string } }[] } }) => {
    const definition = args.document.definitions.find((d) => d.kind === "OperationDefinition" && (!args.operationName || d.name?.value === args.operationName));
    return { name: args.operationName ?? definition?.name?.value, type: definition?.operation ?? "unknown" };
  };
  return [
    usePrometheus({
      registry,
      // Operation names are client-chosen: graphql_operations_total carries them, capped; these carry the type.
      labels: { operationName: false, fieldName: false, typeName: false, path: false },
      metrics: {
        graphql_envelop_request_duration: phaseHistogram(registry, "graphql_envelop_request_duration", "Time spent on running the GraphQL operation from parse to execute", ["execute", "subscribe"]),
        graphql_envelop_phase_parse: phaseHistogram(registry, "graphql_envelop_phase_parse", 'Time spent on running GraphQL "parse" function', ["parse"]),
        graphql_envelop_phase_validate: phaseHistogram(registry, "graphql_envelop_phase_validate", 'Time spent on running GraphQL "validate" function', ["validate"]),
        graphql_envelop_phase_context: phaseHistogram(registry, "graphql_envelop_phase_context", "Time spent on building the GraphQL context", ["context"]),
        graphql_envelop_phase_execute: phaseHistogram(registry, "graphql_envelop_phase_execute", 'Time spent on running the GraphQL "execute" function', ["execute"]),
        graphql_envelop_phase_subscribe: phaseHistogram(registry, "graphql_envelop_phase_subscribe", 'Time spent on running the GraphQL "subscribe" function', ["subscribe"]),
        graphql_envelop_error_result: true,
      },
    }) as Plugin,
    {
      onExecute({ args }) {
        const { name, type } = operation(args as never);
        return { onExecuteDone: ({ result }) => metrics.graphqlOperation(name, type, outcomeOf(result)) };
      },
      onSubscribe({ args }) {
        const { name, type } = operation(args as never);
        return {
          onSubscribeResult({ result }) {
            metrics.graphqlOperation(name, type, outcomeOf(result));
            // graphql-ws streams are not iterable here (DirectStream): src/transport/ws.ts counts them.
            if (!isAsyncIterable(result)) return;
            metrics.subscriptionOpened("sse");
            return { onEnd: () => metrics.subscriptionClosed("sse") };
          },
        };
      },
    },
  ];
}

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } });

/** GET /metrics: with METRICS_TOKEN, `Authorization: Bearer <token>`; without one, loopback clients only. */
export function useMetricsEndpoint(metrics: Metrics, { token, trustedProxies }: { token: string | null; trustedProxies: readonly Cidr[] }): Plugin {
  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== "/metrics") return;
      if (request.method !== "GET") return endResponse(json(405, { error: { code: "VALIDATION_ERROR", message: "GET /metrics only" } }, { allow: "GET" }));
      if (token) {
        const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "")?.[1];
        if (!given || !sameToken(given, token)) {
          return endResponse(json(401, { error: { code: "AUTH_FAILED", message: "GET /metrics needs Authorization: Bearer <METRICS_TOKEN>" } }, { "www-authenticate": "Bearer" }));
        }
      } else if (!inAnyCidr(clientIp(request, serverContext, trustedProxies), LOOPBACK)) {
        return endResponse(json(403, { error: { code: "insufficient_permissions", message: "Without METRICS_TOKEN, /metrics answers loopback clients only" } }));
      }
      endResponse(new Response(await metrics.registry.metrics(), { status: 200, headers: { "content-type": metrics.registry.contentType, "cache-control": "no-store" } }));
    },
  };
}
