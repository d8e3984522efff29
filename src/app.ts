// buildApp(config) wires everything: database, pub/sub, services, graphql-yoga (GraphQL over HTTP,
// SSE, GraphiQL, REST routes, health), graphql-ws, and the start/stop lifecycle.
import fs from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { useExtendContextValuePerExecuteSubscriptionEvent } from "@envelop/execute-subscription-event";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { systemClock, type Clock } from "./clock.js";
import type { Config } from "./config.js";
import type { Context } from "./context.js";
import { createDb, migrateDatabase, tuneDatabase, type Db } from "./db.js";
import { SYSTEM, type Principal } from "./domain/auth/principal.js";
import { createServices, type Services } from "./domain/services.js";
import { AppError } from "./errors.js";
import { createEvents, type Events } from "./events.js";
import { maskError, useUnexpectedErrorLogging } from "./graphql/errors.js";
import { schema } from "./graphql/schema.js";
import { clientIp } from "./http/client-ip.js";
import { useHealth } from "./http/health.js";
import { ALREADY_CHARGED, clientIpOfUpgrade, createRequestGate, type RequestGate } from "./limits/gate.js";
import { createRequestLimiter } from "./limits/limiter.js";
import { createMetrics, type Metrics } from "./telemetry/metrics.js";
import { markFunctionError, useGraphQLMetrics, useHttpMetrics, useMetricsEndpoint } from "./telemetry/plugins.js";
import { newRequestId, useRequestId } from "./http/request-id.js";
import { useSecurityHeaders } from "./http/security-headers.js";
import { createTtlCache } from "./cache.js";
import { periodicJob, type PeriodicJob } from "./jobs.js";
import { createRequestMetrics } from "./metrics.js";
import { createLogger, type Logger } from "./logger.js";
import { useRest, type ExecuteOperation } from "./rest/plugin.js";
import { restRoutes } from "./rest/routes/index.js";
import { attachGraphQLWs, authorizationFromParams } from "./transport/ws.js";
import { VERSION } from "./version.js";

export interface AppOptions {
  clock?: Clock;
  logger?: Logger;
  /** Sees every SQL statement (tests count them). */
  onStatement?: (sql: string) => void;
  /** Apply pending migrations on start (default true; tests start from an already migrated copy). */
  migrate?: boolean;
  /** Where the first start's admin key is shown (default: standard output). */
  announceAdminKey?: (secret: string) => void;
  /** Redis channel and key prefix, so several servers can share one Redis without hearing each other or sharing budgets. */
  eventsNamespace?: string;
}

export interface App {
  config: Config;
  db: Db;
  events: Events;
  services: Services;
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  httpServer: Server;
  /** Request limits: other HTTP handlers and sockets charge their requests here. */
  requestLimits: RequestGate;
  /** Prometheus registry and instruments (GET /metrics); `registerGauge` for other parts of the server. */
  telemetry: Metrics;
  /** Migrates, bootstraps credentials and listens; resolves with the base URL. */
  start(): Promise<string>;
  /** Graceful: stop accepting, finish in-flight requests, complete subscriptions, close the database. */
  stop(): Promise<void>;
}

/** Marks the GraphQL request a REST route makes on the caller's behalf. */
const INTERNAL_REST_HEADER = "x-rest-operation";
/** The same, on the server context (which no client can set). */
const INTERNAL = Symbol("internal request");

interface InitialContext {
  request?: Request;
  connectionParams?: unknown;
  requestId?: string;
  /** graphql-ws: the socket's upgrade request. */
  req?: IncomingMessage;
  /** A REST route authenticated its caller already. */
  principal?: Principal;
}

function announceToStdout(secret: string) {
  process.stdout.write(
    [
      "",
      "  No API key existed, so an admin key was created. It is shown this once:",
      "",
      `    ${secret}`,
      "",
      "  Use it as `Authorization: ApiKey <key>`. Set ADMIN_API_KEY to choose your own.",
      "",
    ].join("\n") + "\n",
  );
}

export function buildApp(config: Config, options: AppOptions = {}): App {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const telemetry = createMetrics();
  const db = createDb(config.databaseUrl, { onStatement: options.onStatement, onQuery: telemetry.dbQuery });
  const events = createEvents({
    redisUrl: config.redisUrl,
    namespace: options.eventsNamespace,
    onError: (error) => logger.error({ err: error }, "pub/sub transport (Redis) unavailable"),
    onDelivered: telemetry.eventDelivered,
  });
  const cache = createTtlCache();
  const metrics = createRequestMetrics();
  const limiter = createRequestLimiter({ ...config.rateLimits, clock, logger, redisUrl: config.redisUrl, namespace: options.eventsNamespace ?? "cp" });
  const gate = createRequestGate(limiter, config.trustedProxies);
  limiter.onRefused((refusal) => telemetry.rateLimitRefused(refusal.policy, refusal.scope));
  let shuttingDown = false;
  const jobs: PeriodicJob[] = [];
  const services = createServices({
    db,
    events,
    clock,
    logger,
    config,
    requestLimiter: limiter,
    telemetry: telemetry.domain,
    startedAt: clock.now(),
    process: { cache, metrics, jobs: () => jobs.map((j) => j.health()), isShuttingDown: () => shuttingDown },
  });
  jobs.push(
    periodicJob("session-sweeper", config.sessionSweepIntervalMs, () => services.sessions.sweep(), logger),
    // Releases holds of calls that never settled, and notices the budget day turning over.
    periodicJob("budget-janitor", config.budgetCheckIntervalMs, async () => ({ released: await services.budget.expireReservations(), alert: await services.budget.checkAlert() }), logger),
    periodicJob("system-task-runner", 5_000, () => services.systemTasks.drain(), logger),
    periodicJob("idempotency-janitor", 3_600_000, () => services.idempotency.expire(), logger),
    periodicJob("webhook-delivery", config.webhooks.pollIntervalMs, () => services.webhooks.deliverDue(), logger),
    // Also starts tasks queued by other instances.
    periodicJob("task-queue", 2_000, () => services.tasks.kick(), logger),
  );

  async function createContext(initial: InitialContext): Promise<Context> {
    const requestId = initial.requestId ?? newRequestId();
    const authorization =
      initial.connectionParams !== undefined
        ? authorizationFromParams(initial.connectionParams)
        : (initial.request?.headers.get("authorization") ?? null);
    try {
      const principal = initial.principal ?? (await services.auth.authenticate(authorization));
      const ip = initial.request
        ? clientIp(initial.request, initial, config.trustedProxies)
        : initial.req
          ? clientIpOfUpgrade(initial.req, config.trustedProxies)
          : "127.0.0.1";
      return { requestId, principal, clientIp: ip, services, clock, logger: logger.child({ requestId }), prisma: db };
    } catch (error) {
      throw error instanceof AppError ? maskError(error) : error;
    }
  }

  // REST routes run their operation through this same yoga instance, with the caller's credentials.
  const executeOperation: ExecuteOperation = async (query, variables, { authorization, requestId, principal }) => {
    const response = await yoga.fetch("http://internal/graphql", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        "x-request-id": requestId,
        [INTERNAL_REST_HEADER]: "1",
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ query, variables }),
    }, { principal, [ALREADY_CHARGED]: true, [INTERNAL]: true }); // a server context no client can send
    return response.json();
  };

  const yoga: YogaServerInstance<Record<string, unknown>, Context> = createYoga<Record<string, unknown>, Context>({
    schema,
    context: createContext as never,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    healthCheckEndpoint: "/health/yoga",
    graphiql: { title: "Agent platform control plane", subscriptionsProtocol: "WS" },
    maskedErrors: { maskError },
    logging: {
      debug: (...args) => logger.debug(args.map(String).join(" ")),
      info: (...args) => logger.info(args.map(String).join(" ")),
      warn: (...args) => logger.warn(args.map(String).join(" ")),
      // yoga logs here each error it masks, without the request id; useUnexpectedErrorLogging
      // logs the same errors with it, so yoga's copy is kept for debugging only.
      error: (...args) => logger.debug({ source: "yoga" }, args.map(String).join(" ")),
    },
    plugins: [
      {
        onResponse: ({ request, response }) => {
          if (!request.headers.has(INTERNAL_REST_HEADER)) metrics.request(response.status); // a REST call is counted once
          // While stopping, close each keep-alive connection after its response, so draining ends promptly.
          if (shuttingDown) response.headers.set("connection", "close");
        },
      },
      useRequestId(),
      useSecurityHeaders(),
      useMetricsEndpoint(telemetry, { token: config.metricsToken, trustedProxies: config.trustedProxies }),
      useHttpMetrics(telemetry, (serverContext) => Boolean((serverContext as Record<symbol, unknown>)[INTERNAL])),
      ...useGraphQLMetrics(telemetry),
      useHealth({
        version: VERSION,
        workers: config.taskConcurrency,
        startedAt: clock.now(),
        isShuttingDown: () => shuttingDown,
        database: async () => (await db.$queryRawUnsafe("SELECT 1"), true),
        pubsub: () => events.probe(),
        now: () => clock.now(),
      }),
      ...(limiter.enabled ? [gate.plugin()] : []),
      useRest(restRoutes, { execute: executeOperation, clock, logger, auth: services.auth, idempotency: services.idempotency, limit: limiter.enabled ? gate.chargeHttp : undefined }),
      useUnexpectedErrorLogging(logger, (ctx) => {
        metrics.error();
        markFunctionError(ctx?.request);
      }),
      // A fresh context per subscription event, so loaders never serve one event's data to the next.
      useExtendContextValuePerExecuteSubscriptionEvent(() => ({ contextPartial: {} })),
    ],
  });

  const httpServer = createServer(yoga);
  const ws = attachGraphQLWs({
    httpServer,
    yoga,
    auth: services.auth,
    logger,
    connectionInitWaitTimeoutMs: config.wsConnectionInitTimeoutMs,
    chargeOperation: limiter.enabled ? gate.chargeSocketOperation : undefined,
  });
  telemetry.registerGauge("graphql_ws_sockets_open", "Open graphql-ws sockets on this instance", () => ws.wsServer.clients.size);
  telemetry.registerGauge("task_queue_depth", "Spawned tasks queued and running (every instance: read from the database)", async () => ({
    queued: await services.tasks.count(SYSTEM, { status: ["SPAWNING"] }),
    running: await services.tasks.count(SYSTEM, { status: ["RUNNING"] }),
  }), "status");

  async function bootstrapCredentials() {
    if (config.adminApiKey) {
      await services.auth.ensureAdminKey(config.adminApiKey);
      return;
    }
    const secret = await services.auth.createFirstAdminKey();
    if (secret) (options.announceAdminKey ?? announceToStdout)(secret);
  }

  return {
    config,
    db,
    events,
    services,
    yoga,
    httpServer,
    requestLimits: gate,
    telemetry,

    async start() {
      fs.mkdirSync(config.dataDir, { recursive: true }); // holds the embedded database and backups
      if (options.migrate !== false) {
        const output = await migrateDatabase(config.databaseUrl);
        logger.debug({ output }, "migrations applied");
      }
      await tuneDatabase(db, config.databaseUrl);
      await limiter.ready();
      await bootstrapCredentials();
      // Catch up on what happened while the server was down: sessions that expired, reservations of
      // calls that never finished, tasks interrupted or still queued.
      await services.systemTasks.recover();
      await services.tasks.start(); // spawned work interrupted by a stop is queued again
      await services.workflows.recover();
      for (const job of jobs) {
        await job.runNow();
        job.start();
      }
      await new Promise<void>((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(config.port, config.host, () => resolve());
      });
      const { address, port } = httpServer.address() as AddressInfo;
      const host = address.includes(":") ? `[${address}]` : address;
      const url = `http://${host}:${port}`;
      logger.info({ url, graphql: `${url}/graphql`, version: VERSION }, "control plane listening");
      return url;
    },

    async stop() {
      if (shuttingDown) return;
      shuttingDown = true;
      logger.info("shutting down");
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeIdleConnections();
      await events.endSubscriptions(); // each open subscription completes (graphql-ws `complete`, SSE end)
      await ws.drain();
      await ws.dispose();
      const grace = setTimeout(() => httpServer.closeAllConnections(), config.shutdownGraceMs);
      await closed; // in-flight requests have finished
      clearTimeout(grace);
      for (const job of jobs) await job.stop();
      await services.tasks.stop(); // running work stops and resumes at the next start
      await services.channels.idle(); // agent replies already started are posted
      await events.close();
      await limiter.close();
      await db.$disconnect();
      logger.info("stopped");
    },
  };
}
