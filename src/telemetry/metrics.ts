// Prometheus metrics (prom-client), one registry per app. Label values are bounded: routes are
// templates (`/api/agent/:agent_id`), GraphQL operation names are capped, SQL is reduced to its verb.
import client from "prom-client";
import type { DomainTelemetry } from "./hooks.js";

const MS_BUCKETS = [1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000];
const SECONDS_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
const MAX_OPERATION_NAMES = 200;

export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const requestDuration = new client.Histogram({
    name: "api_request_duration_ms",
    help: "HTTP request duration until the response headers, in milliseconds (seed 004), by route template, method and status",
    labelNames: ["path", "method", "status"] as const,
    buckets: MS_BUCKETS,
    registers,
  });
  const requests = new client.Counter({ name: "http_requests_total", help: "HTTP requests by route template, method and status", labelNames: ["path", "method", "status"] as const, registers });
  const functionErrors = new client.Counter({
    name: "function_error_total",
    help: "Requests that failed inside the server (seed 004): 5xx answers and GraphQL answers carrying an INTERNAL_ERROR, by route template, method and status",
    labelNames: ["path", "method", "status"] as const,
    registers,
  });
  const graphqlOperations = new client.Counter({
    name: "graphql_operations_total",
    help: "GraphQL operations (HTTP, SSE and graphql-ws) by operation name, type and outcome (ok, error, rate_limited)",
    labelNames: ["operation", "type", "outcome"] as const,
    registers,
  });
  const subscriptions = new client.Gauge({ name: "graphql_subscriptions_active", help: "Open GraphQL subscriptions by transport (ws, sse)", labelNames: ["transport"] as const, registers });
  const eventDelivery = new client.Histogram({
    name: "event_delivery_latency_seconds",
    help: "From an event's publication (any instance) to its delivery to a subscription on this instance, by topic",
    labelNames: ["topic"] as const,
    buckets: SECONDS_BUCKETS,
    registers,
  });
  const subscriptionEvents = new client.Counter({
    name: "graphql_subscription_event_results_total",
    help: "Results of subscription events sent to subscribers, by how they were made: executed (once per document, variables and visibility class) or shared (reused from that execution)",
    labelNames: ["source"] as const,
    registers,
  });
  const rateLimitRefusals = new client.Counter({ name: "rate_limit_refusals_total", help: "Requests refused by the request limits, by policy and scope", labelNames: ["policy", "scope"] as const, registers });
  const taskDuration = new client.Histogram({ name: "task_duration_seconds", help: "Spawned tasks and workflow steps from start to final status, by outcome", labelNames: ["outcome"] as const, buckets: SECONDS_BUCKETS, registers });
  const modelCalls = new client.Counter({ name: "model_calls_total", help: "Model calls by provider, model and status", labelNames: ["provider", "model", "status"] as const, registers });
  const modelTokens = new client.Counter({ name: "model_tokens_total", help: "Tokens of model calls by provider, model and direction (input, output)", labelNames: ["provider", "model", "direction"] as const, registers });
  const modelCost = new client.Counter({ name: "model_cost_usd_total", help: "Cost of model calls in US dollars by provider and model", labelNames: ["provider", "model"] as const, registers });
  const webhookDeliveries = new client.Counter({ name: "webhook_deliveries_total", help: "Webhook delivery attempts by outcome (delivered, retrying, failed)", labelNames: ["outcome"] as const, registers });
  const dbQueries = new client.Histogram({ name: "db_query_duration_seconds", help: "Database statements by SQL verb", labelNames: ["statement"] as const, buckets: SECONDS_BUCKETS, registers });

  const operationNames = new Set<string>();
  /** Client-chosen names are label values: accept well-formed ones up to a cap, then "other". */
  const boundedName = (name: string | null | undefined) => {
    if (!name) return "anonymous";
    if (operationNames.has(name)) return name;
    if (operationNames.size >= MAX_OPERATION_NAMES || !/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return "other";
    operationNames.add(name);
    return name;
  };

  // Counting must never fail the work it counts (prom-client throws on a negative or non-numeric increment).
  const quietly =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      try {
        fn(...args);
      } catch {
        /* a metric lost, the call unharmed */
      }
    };
  const domain: DomainTelemetry = {
    modelCall: quietly(({ provider, model, status, inputTokens, outputTokens, costMicros }) => {
      modelCalls.inc({ provider, model, status: status.toLowerCase() });
      modelTokens.inc({ provider, model, direction: "input" }, Math.max(0, inputTokens));
      modelTokens.inc({ provider, model, direction: "output" }, Math.max(0, outputTokens));
      modelCost.inc({ provider, model }, Math.max(0, costMicros) / 1_000_000);
    }),
    taskFinished: quietly(({ outcome, seconds }) => taskDuration.observe({ outcome: outcome.toLowerCase() }, seconds)),
    webhookAttempt: quietly((outcome) => webhookDeliveries.inc({ outcome })),
  };

  return {
    registry,
    domain,
    request(labels: { path: string; method: string; status: number }, ms: number, failedInside: boolean) {
      const l = { ...labels, status: String(labels.status) };
      requests.inc(l);
      requestDuration.observe(l, ms);
      if (failedInside || labels.status >= 500) functionErrors.inc(l);
    },
    graphqlOperation(name: string | null | undefined, type: string, outcome: "ok" | "error" | "rate_limited") {
      graphqlOperations.inc({ operation: boundedName(name), type, outcome });
    },
    subscriptionOpened: (transport: "ws" | "sse") => subscriptions.inc({ transport }),
    subscriptionClosed: (transport: "ws" | "sse") => subscriptions.dec({ transport }),
    eventDelivered: (topic: string, ms: number) => eventDelivery.observe({ topic }, ms / 1000),
    subscriptionEvents: { executed: () => subscriptionEvents.inc({ source: "executed" }), shared: () => subscriptionEvents.inc({ source: "shared" }) },
    rateLimitRefused: (policy: string, scope: string) => rateLimitRefusals.inc({ policy, scope }),
    /** function_error_total / http_requests_total since the process started, 0–1 (4 decimals): /api/health's error_rate. */
    async errorRate(): Promise<number> {
      const sum = async (counter: client.Counter) => (await counter.get()).values.reduce((total, v) => total + v.value, 0);
      const [failed, all] = await Promise.all([sum(functionErrors), sum(requests)]);
      return all ? Math.round((failed / all) * 10_000) / 10_000 : 0;
    },
    dbQuery(sql: string, ms: number) {
      const verb = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? "OTHER";
      dbQueries.observe({ statement: ["SELECT", "INSERT", "UPDATE", "DELETE", "BEGIN", "COMMIT", "ROLLBACK", "WITH", "PRAGMA"].includes(verb) ? verb : "OTHER" }, ms / 1000);
    },
    /**
     * A gauge read at scrape time, for any part of the server (another transport's open sockets,
     * a queue's depth). `collect` may be async and return one value or values by label.
     */
    registerGauge(name: string, help: string, collect: () => number | Record<string, number> | Promise<number | Record<string, number>>, labelName?: string) {
      return new client.Gauge({
        name,
        help,
        labelNames: labelName ? [labelName] : [],
        registers,
        async collect() {
          const value = await collect();
          if (typeof value === "number") this.set(value);
          else for (const [label, v] of Object.entries(value)) this.set({ [labelName!]: label }, v);
        },
      });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
