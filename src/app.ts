// buildApp(config) wires everything: database, pub/sub, services, graphql-yoga (GraphQL over HTTP,
// SSE, GraphiQL, REST routes, health), graphql-ws, and the start/stop lifecycle.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import type { AddressInfo } from "node:net";
import { createYoga, type YogaServerInstance } from "graphql-yoga";
import { systemClock, type Clock } from "./clock.js";
import type { Config } from "./config.js";
import type { Context } from "./context.js";
import { createDb, migrateDatabase, type Db } from "./db.js";
import { SYSTEM, type Principal } from "./domain/auth/principal.js";
import { databaseUnavailable } from "./domain/prisma-errors.js";
import { createServices, type Services } from "./domain/services.js";
import { AppError } from "./errors.js";
import { createEvents, type Events } from "./events.js";
import { useGraphQLArmor } from "./graphql/armor.js";
import { useSubscriptionsEndWithCredential } from "./graphql/credential-streams.js";
import { maskError, maskedAndLogged, unexpectedErrorLog, useUnexpectedErrorLogging } from "./graphql/errors.js";
import { useWellFormedStrings } from "./graphql/well-formed-strings.js";
import { schema } from "./graphql/schema.js";
import { unhandledRejections } from "./faults.js";
import { clientIp } from "./http/client-ip.js";
import { graphiqlOptions, renderLocalGraphiQL, useGraphiQLAssets } from "./http/graphiql.js";
import { useDashboard } from "./http/dashboard.js";
import { useGraphQLBodyLimits } from "./http/graphql-body.js";
import { useHealth } from "./http/health.js";
import { MAX_BODY_BYTES } from "./http/request-body.js";
import { clientIpOfUpgrade, createRequestGate, type RequestGate } from "./limits/gate.js";
import { createRequestLimiter } from "./limits/limiter.js";
import { createMetrics, type Metrics } from "./telemetry/metrics.js";
import { useSharedSubscriptionEvents } from "./graphql/subscription-events.js";
import { markFunctionError, useGraphQLMetrics, useHttpMetrics, useMetricsEndpoint } from "./telemetry/plugins.js";
import { newRequestId, useRequestId } from "./http/request-id.js";
import { useSecurityHeaders } from "./http/security-headers.js";
import { createSecurityGate } from "./http/security-gate.js";
import { ipRefusal } from "./domain/security/ip-rules.js";
import { useAuditTrail } from "./graphql/audit-trail.js";
import { createTtlCache } from "./cache.js";
import { periodicJob, type PeriodicJob } from "./jobs.js";
import { createRequestMetrics } from "./metrics.js";
import { createLogger, type Logger } from "./logger.js";
import { createShutdown, whenAborted, type Shutdown, type ShutdownReport } from "./shutdown.js";
import { createOperationExecutor } from "./rest/execute.js";
import { useRest } from "./rest/plugin.js";
import { buildOpenApiDocument } from "./rest/openapi.js";
import { useApiDocs } from "./http/docs.js";
import { restRoutes } from "./rest/routes/index.js";
import { restRouteFinder } from "./rest/route-match.js";
import { useOpenAICompatibility } from "./openai/plugin.js";
import { createCredentialWatch, type CredentialWatch } from "./transport/credential-watch.js";
import { attachGraphQLWs, authorizationFromParams } from "./transport/ws.js";
import { createLegacySockets } from "./transport/legacy/index.js";
import { routeUpgrades } from "./transport/upgrade.js";
import { endpointsOf } from "./startup-message.js";
import { VERSION } from "./version.js";

export interface AppOptions {
  clock?: Clock;
  logger?: Logger;
  /** Sees every SQL statement (tests count them). */
  onStatement?: (sql: string) => void;
  /** Apply pending migrations on start (default true; tests start from an already migrated copy). */
  migrate?: boolean;
  /** Where the first start's admin key is shown (default: a log line). */
  announceAdminKey?: (secret: string) => void;
  /** Redis channel and key prefix, so several servers can share one Redis without hearing each other or sharing budgets. */
  eventsNamespace?: string;
}

export interface App {
  config: Config;
  db: Db;
  events: Events;
  services: Services;
  /** Live connections register here to end with their credential (graphql-ws, SSE, legacy sockets). */
  credentials: CredentialWatch;
  yoga: YogaServerInstance<Record<string, unknown>, Context>;
  httpServer: Server;
  /** This process among the instances sharing the database (owner of its task leases). */
  instanceId: string;
  /** The steps of a graceful stop; add yours (a transport's sockets, say) with a name and a timeout. */
  shutdown: Shutdown;
  /** Request limits: other HTTP handlers and sockets charge their requests here. */
  requestLimits: RequestGate;
  /** Prometheus registry and instruments (GET /metrics); `registerGauge` for other parts of the server. */
  telemetry: Metrics;
  /** Migrates, bootstraps credentials and listens; resolves with the base URL. */
  start(): Promise<string>;
  /**
   * Graceful, under one deadline (SHUTDOWN_TIMEOUT_MS): stop accepting, let in-flight work finish for
   * the grace period, then abort model calls and hand running tasks back; close pub/sub and the database.
   */
  stop(): Promise<ShutdownReport>;
}

interface InitialContext {
  request?: Request;
  connectionParams?: unknown;
  requestId?: string;
  /** graphql-ws: the client's address, from the socket's upgrade request. */
  clientIp?: string;
  /** A REST route, or a graphql-ws socket on connect, authenticated its caller already. */
  principal?: Principal;
}

export function buildApp(config: Config, options: AppOptions = {}): App {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const telemetry = createMetrics();
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
  const instanceId = `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const db = createDb(config.databaseUrl, {
    onStatement: options.onStatement,
    onQuery: telemetry.dbQuery,
    pool: { size: config.database.poolSize, statementTimeoutMs: config.database.statementTimeoutMs, connectTimeoutMs: config.database.connectTimeoutMs },
    sqliteSynchronous: config.database.sqliteSynchronous,
    onPoolError: (error) => logger.warn({ err: error }, "database connection lost (it is replaced on next use)"),
  });
  const services = createServices({
    instanceId,
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
  const credentials = createCredentialWatch({ events, clock, logger, onRevoked: (event) => services.auth.forgetCredential(event) });
  const securityGate = createSecurityGate({ security: services.security, trustedProxies: config.trustedProxies, clock, logger, graphqlEndpoint: "/graphql", restRouteOf: restRouteFinder(restRoutes) });
  limiter.onRefused((refusal) =>
    services.security.audit.record({ event: "security.violation", severity: "warning", principalId: refusal.principal.id, apiKeyId: refusal.principal.kind === "api_key" ? refusal.principal.id : null, ...securityGate.factsOf(refusal.requestId ?? ""), ipAddress: refusal.ip, requestId: refusal.requestId, details: { kind: "rate_limited", policy: refusal.policy, scope: refusal.scope, path: refusal.path, retry_after: refusal.retryAfterSeconds } }),
  );
  let stopSecurity: (() => Promise<void>) | null = null;
  jobs.push(
    periodicJob("session-sweeper", config.sessionSweepIntervalMs, () => services.sessions.sweep(), logger),
    // Releases holds of calls that never settled, and notices the budget day turning over.
    periodicJob("budget-janitor", config.budgetCheckIntervalMs, async () => ({ released: await services.budget.expireReservations(), alert: await services.budget.checkAlert() }), logger),
    periodicJob("system-task-runner", 5_000, () => services.systemTasks.drain(), logger),
    periodicJob("idempotency-janitor", 3_600_000, () => services.idempotency.expire(), logger),
    periodicJob("webhook-delivery", config.webhooks.pollIntervalMs, () => services.webhooks.deliverDue(), logger),
    // Also starts tasks queued by other instances, and takes over those whose lease expired.
    periodicJob("task-queue", Math.min(2_000, config.taskLeaseMs), () => services.tasks.poll(), logger),
    // Workflow runs whose next steps were never started (their instance died in between).
    periodicJob("workflow-sweeper", 5_000, () => services.workflows.sweep(), logger),
    // Audit retention and used request signatures past their window.
    periodicJob("security-janitor", 3_600_000, () => services.security.expire(), logger),
    periodicJob("cost-spike-guard", config.security.costSpikeCheckIntervalMs, () => services.security.checkCostSpikes(), logger),
    periodicJob("event-log-janitor", 60_000, () => services.eventLog.expire(), logger),
  );

  async function createContext(initial: InitialContext): Promise<Context> {
    const requestId = initial.requestId ?? newRequestId();
    const authorization =
      initial.connectionParams !== undefined
        ? authorizationFromParams(initial.connectionParams)
        : (initial.request?.headers.get("authorization") ?? null);
    try {
      const principal = initial.principal ?? (await services.auth.authenticate(authorization));
      const ip = initial.request ? clientIp(initial.request, initial, config.trustedProxies) : (initial.clientIp ?? "127.0.0.1");
      return { requestId, principal, clientIp: ip, services, clock, prisma: db };
    } catch (error) {
      // The database out of reach while authenticating: 503 with Retry-After, not an internal error.
      const failure = error instanceof AppError ? error : databaseUnavailable(error);
      throw failure ? maskError(failure) : error;
    }
  }

  const unexpectedErrors = unexpectedErrorLog(logger, (ctx) => {
    metrics.error();
    markFunctionError(ctx?.request);
  });
  const yoga: YogaServerInstance<Record<string, unknown>, Context> = createYoga<Record<string, unknown>, Context>({
    schema,
    context: createContext as never,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    healthCheckEndpoint: "/health/yoga",
    graphiql: graphiqlOptions("Agent platform control plane"),
    renderGraphiQL: renderLocalGraphiQL, // its assets come from this server, never from a CDN
    batching: false, // one operation per request: the abuse limits below apply per operation
    // Bodies are limited by useGraphQLBodyLimits, which also makes yoga's checks (without its second pass over the bytes).
    maxRequestBodySize: false,
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
        onResponse: ({ response }) => {
          metrics.request(response.status);
          // While stopping, close each keep-alive connection after its response, so draining ends promptly.
          if (shuttingDown) response.headers.set("connection", "close");
        },
      },
      useRequestId(),
      useSecurityHeaders(),
      useMetricsEndpoint(telemetry, { token: config.metricsToken, trustedProxies: config.trustedProxies }),
      useHttpMetrics(telemetry),
      useGraphiQLAssets(),
      useDashboard(), // GET /dashboard and its bundle
      useApiDocs(() => buildOpenApiDocument(restRoutes, { version: VERSION })),
      useGraphQLBodyLimits({ endpoint: "/graphql", maxBytes: MAX_BODY_BYTES }),
      ...useGraphQLArmor(),
      useWellFormedStrings(),
      ...useGraphQLMetrics(telemetry),
      useHealth({
        version: VERSION,
        workers: config.taskConcurrency,
        startedAt: clock.now(),
        isShuttingDown: () => shuttingDown,
        database: async () => (await db.$queryRawUnsafe("SELECT 1"), true),
        pubsub: () => events.probe(),
        runtime: () => jobs.every((j) => j.health().running),
        errorRate: () => telemetry.errorRate(),
        modelsConfigured: () => services.runtime.catalogue.list().length,
        now: () => clock.now(),
      }),
      securityGate.plugin, // blocked and unlisted addresses, a key's own rules: before authentication and limits
      useAuditTrail(services.security.audit, securityGate.factsOf),
      ...(limiter.enabled ? [gate.plugin()] : []),
      useOpenAICompatibility({ auth: services.auth, chat: services.chat, clock, logger, limit: limiter.enabled ? gate.chargeHttp : undefined }),
      useRest(restRoutes, { execute: createOperationExecutor(() => yoga), clock, logger, auth: services.auth, idempotency: services.idempotency, limit: limiter.enabled ? gate.chargeHttp : undefined }),
      useUnexpectedErrorLogging(unexpectedErrors),
      useSubscriptionsEndWithCredential(credentials),
      // Each event executed once per (document, variables, visibility class), with a fresh context.
      // graphql-ws streams skip envelop's per-stream hooks: masked and logged here, once per group result.
      useSharedSubscriptionEvents({
        counts: telemetry.subscriptionEvents,
        direct: { appliesTo: (ctx) => (ctx as InitialContext).connectionParams !== undefined, ...maskedAndLogged(unexpectedErrors) },
      }),
    ],
  });

  const httpServer = createServer(yoga);
  // Every WebSocket (graphql-ws and the legacy protocols) passes the security controls HTTP requests pass.
  const admitSocket = async (authorization: string | null, req: import("node:http").IncomingMessage): Promise<void> => {
    const ip = clientIpOfUpgrade(req, config.trustedProxies);
    const refusal = ipRefusal(services.security.ipRules.check(ip), ip);
    try {
      if (refusal) throw refusal;
      await services.security.keys.admit(authorization, ip, null);
    } catch (error) {
      if (error instanceof AppError) services.security.audit.record({ event: "security.violation", severity: "warning", ipAddress: ip, userAgent: req.headers["user-agent"] ?? null, details: { kind: error.code, transport: new URL(req.url ?? "/", "http://upgrade").pathname } });
      throw error;
    }
  };
  const ws = attachGraphQLWs({
    yoga,
    auth: services.auth,
    clock,
    logger,
    connectionInitWaitTimeoutMs: config.wsConnectionInitTimeoutMs,
    keepAliveMs: config.wsKeepAliveMs,
    credentials,
    maxPayloadBytes: MAX_BODY_BYTES,
    chargeOperation: limiter.enabled ? gate.chargeSocketOperation : undefined,
    admit: admitSocket,
    clientIp: (req) => clientIpOfUpgrade(req, config.trustedProxies),
    streams: { opened: () => telemetry.subscriptionOpened("ws"), closed: () => telemetry.subscriptionClosed("ws") },
  });
  const legacy = createLegacySockets(
    {
      services,
      clock,
      credentials,
      logger,
      clientIp: (req) => clientIpOfUpgrade(req, config.trustedProxies),
      limitsEnabled: limiter.enabled,
      admit: admitSocket,
      options: { ...config.legacyWs, authTimeoutMs: config.wsConnectionInitTimeoutMs },
    },
    MAX_BODY_BYTES,
  );
  const upgrades = routeUpgrades(httpServer, { [yoga.graphqlEndpoint]: ws.wsServer, ...legacy.servers });
  telemetry.registerGauge("legacy_ws_sockets_open", "Open sockets of the legacy WebSocket protocols (/v1/ws, /ws/v1/connect) on this instance", () => legacy.count());
  telemetry.registerGauge("unhandled_rejections", "Promise rejections nobody handled since the process started (logged; each is a bug)", () => unhandledRejections());
  telemetry.registerGauge("graphql_ws_sockets_open", "Open graphql-ws sockets on this instance", () => ws.wsServer.clients.size);
  telemetry.registerGauge("task_queue_depth", "Spawned tasks queued and running (every instance: read from the database)", async () => ({
    queued: await services.tasks.count(SYSTEM, { status: ["SPAWNING"] }),
    running: await services.tasks.count(SYSTEM, { status: ["RUNNING"] }),
  }), "status");

  let stopping: Promise<ShutdownReport> | null = null;
  const shutdown = createShutdown({ logger, timeoutMs: config.shutdownTimeoutMs, graceMs: config.shutdownGraceMs });
  const openConnections = new Set<import("node:net").Socket>();
  httpServer.on("connection", (socket) => {
    openConnections.add(socket);
    socket.once("close", () => openConnections.delete(socket));
  });
  const closedHttp = new Promise<void>((resolve) => httpServer.once("close", () => resolve()));
  shutdown.add({
    name: "http",
    // In-flight requests finish (their model calls are aborted when the grace period ends); keep-alive
    // connections close after their response; what is still open a second after the grace period is cut.
    async run(grace) {
      if (!httpServer.listening) return; // never started (a failed start-up)
      httpServer.close();
      httpServer.closeIdleConnections();
      await Promise.race([closedHttp, whenAborted(grace)]);
      if (grace.aborted) await Promise.race([closedHttp, new Promise((r) => setTimeout(r, 1000))]);
      httpServer.closeAllConnections();
      await closedHttp;
    },
    pending: () => ({ connections: openConnections.size }),
    cut: () => httpServer.closeAllConnections(),
  });
  shutdown.add({
    name: "subscriptions",
    timeoutMs: 2_000,
    run: () => events.endSubscriptions(), // each open subscription completes (graphql-ws `complete`, SSE end)
    pending: () => ({ open: events.openSubscriptions() }),
  });
  shutdown.add({
    name: "graphql-ws",
    timeoutMs: 3_000,
    async run() {
      await ws.drain(1_000); // the `complete` of every ended subscription is sent
      await Promise.race([ws.dispose(), new Promise((r) => setTimeout(r, 1_000))]); // 1001 Going Away, then no more waiting
      ws.terminate();
    },
    pending: () => ({ sockets: ws.wsServer.clients.size }),
    cut: () => ws.terminate(),
  });
  shutdown.add({
    name: "legacy sockets",
    timeoutMs: 2_000,
    async run() {
      upgrades.stopAccepting(); // no new socket of any protocol while stopping
      await legacy.close(1_000); // 1001 Going Away
      legacy.terminate();
    },
    pending: () => ({ sockets: legacy.count() }),
    cut: () => legacy.terminate(),
  });
  shutdown.add({
    name: "background jobs",
    run: async () => void (await Promise.all(jobs.map((job) => job.stop()))),
    pending: () => jobs.filter((job) => job.busy()).map((job) => job.health().name),
  });
  shutdown.add({
    name: "tasks",
    run: (grace) => services.tasks.stop(grace), // finish within the grace period, or handed back to the queue
    pending: () => ({ running: services.tasks.runningIds() }),
  });
  shutdown.add({
    name: "system tasks",
    run: () => services.systemTasks.idle(),
  });
  shutdown.add({
    name: "model calls",
    // Session turns and agent replies may finish during the grace period; then every call still in flight
    // is aborted — recorded with what it consumed and its budget hold settled — and its caller gets a 503.
    async run(grace) {
      await Promise.race([services.channels.idle(), whenAborted(grace)]);
      services.runtime.abortAll();
      while (services.runtime.inFlight().length || services.channels.pendingReplies()) await new Promise((r) => setTimeout(r, 10));
      await services.channels.idle();
    },
    pending: () => ({ calls: services.runtime.inFlight(), replies: services.channels.pendingReplies() }),
  });
  shutdown.add({ name: "credential watch", timeoutMs: 1_000, run: () => credentials.stop() });
  shutdown.add({ name: "security controls", timeoutMs: 2_000, run: async () => void (await stopSecurity?.()) }); // the last audit entries are written

  shutdown.add({ name: "event log", timeoutMs: 2_000, run: () => services.eventRecorder.idle() }); // events published so far are written
  shutdown.add({ name: "request limiter", phase: "close", timeoutMs: 2_000, run: () => limiter.close() });
  shutdown.add({ name: "pub/sub", phase: "close", timeoutMs: 2_000, run: () => events.close() });
  shutdown.add({ name: "database", phase: "close", timeoutMs: 2_000, run: () => db.$disconnect() });

  async function bootstrapCredentials() {
    if (config.adminApiKey) {
      await services.auth.ensureAdminKey(config.adminApiKey);
      return;
    }
    const secret = await services.auth.createFirstAdminKey();
    if (!secret) return;
    if (options.announceAdminKey) options.announceAdminKey(secret);
    else logger.warn({ adminKey: secret }, "no API key existed, so an admin key was created; it is shown this once");
  }

  return {
    config,
    db,
    events,
    services,
    credentials,
    yoga,
    httpServer,
    instanceId,
    shutdown,
    requestLimits: gate,
    telemetry,

    async start() {
      fs.mkdirSync(config.dataDir, { recursive: true }); // holds the embedded database and backups
      if (options.migrate !== false) {
        const output = await migrateDatabase(config.databaseUrl);
        logger.debug({ output }, "migrations applied");
      }
      await limiter.ready();
      await bootstrapCredentials();
      // Catch up on what happened while the server was down: sessions that expired, reservations of
      // calls that never finished, tasks whose instance died (lease expired) or still queued.
      await services.systemTasks.recover();
      await services.tasks.start();
      await services.workflows.recover();
      await credentials.start();
      stopSecurity = await services.security.start();
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
      logger.info({ url, ...endpointsOf(url), version: VERSION, instanceId }, "control plane listening");
      return url;
    },

    async stop() {
      if (stopping) return stopping;
      shuttingDown = true;
      logger.info({ timeoutMs: config.shutdownTimeoutMs, graceMs: config.shutdownGraceMs }, "shutting down");
      stopping = shutdown.run().then((report) => {
        logger.info(report, "stopped");
        return report;
      });
      return stopping;
    },
  };
}
