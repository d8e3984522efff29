// The application's services, each a factory with explicit dependencies.
import type { TtlCache } from "../cache.js";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import { dialectOf, type Db } from "../db.js";
import type { Events } from "../events.js";
import type { JobHealth } from "../jobs.js";
import type { RequestLimiter } from "../limits/limiter.js";
import type { Logger } from "../logger.js";
import type { DomainTelemetry } from "../telemetry/hooks.js";
import type { RequestMetrics } from "../metrics.js";
import { createAgentService } from "./agents/service.js";
import { createAuthService } from "./auth/service.js";
import { createBudgetService } from "./budget/service.js";
import { createChannelService } from "./channels/service.js";
import { createChatService } from "./chat/service.js";
import { createOrchestrator } from "./orchestrator/service.js";
import { DEFAULT_RATE_LIMITS, FALLBACK_RATE_LIMIT, createRateLimitService } from "./ratelimits/service.js";
import { createCatalogue } from "./runtime/catalogue.js";
import { createBuiltinProvider } from "./runtime/providers/builtin.js";
import { createOpenAICompatibleProvider } from "./runtime/providers/openai-compatible.js";
import { createAgentRuntime } from "./runtime/runtime.js";
import { createSecurityService } from "./security/service.js";
import { createSessionService } from "./sessions/service.js";
import { createSessionTurns } from "./sessions/turns.js";
import { createSystemStatus } from "./system/status.js";
import { createSystemTaskService } from "./system/tasks.js";
import { createDeploymentService } from "./deployments/service.js";
import { createSimulatedProvider } from "./deployments/provider.js";
import { createEventLogService, createEventRecorder } from "./event-log/service.js";
import { createIdempotencyService } from "./idempotency/service.js";
import { createUsageService } from "./usage/service.js";
import { createWebhookService } from "./webhooks/service.js";
import { createSpawnBatch } from "./work/batch.js";
import { createTaskService } from "./work/tasks.js";
import { createWorkflowService } from "./work/workflows.js";

export interface ServiceDeps {
  db: Db;
  events: Events;
  clock: Clock;
  logger: Logger;
  config: Config;
  /** Request limits (src/limits), for callers to see their own budgets. */
  requestLimiter: RequestLimiter;
  /** Model calls, task outcomes, webhook attempts for operators' metrics (default: none). */
  telemetry?: DomainTelemetry;
  startedAt: Date;
  /** What the process itself knows: its caches, request metrics, background jobs, shutdown. */
  process: { cache: TtlCache; metrics: RequestMetrics; jobs: () => JobHealth[]; isShuttingDown: () => boolean };
  /** This process among the instances sharing the database: the owner of the leases it takes. */
  instanceId: string;
}

export function createServices({ db, events: bus, clock, logger, config, requestLimiter, telemetry, startedAt, process, instanceId }: ServiceDeps) {
  const dialect = dialectOf(config.databaseUrl);
  const eventLogDeps = { db, clock, logger, dialect, retentionMs: config.eventRetentionMs };
  const eventRecorder = createEventRecorder(eventLogDeps);
  const events = eventRecorder.wrap(bus); // every domain event is also appended to the event log
  const catalogue = createCatalogue({ entries: config.modelCatalogue, openai: config.openai });
  const budget = createBudgetService({
    db,
    clock,
    events,
    logger,
    defaults: config.budget,
    reservationTtlMs: (config.openai?.timeoutMs ?? 60_000) + 60_000,
  });
  const rateLimits = createRateLimitService({
    db,
    clock,
    limits: { ...DEFAULT_RATE_LIMITS, ...config.providerRateLimits },
    defaultLimit: FALLBACK_RATE_LIMIT,
    known: () => catalogue.vendors(),
  });
  const runtime = createAgentRuntime({
    db,
    clock,
    logger,
    catalogue,
    budget,
    rateLimits,
    environment: config.environment,
    telemetry,
    providers: {
      builtin: createBuiltinProvider(),
      ...(config.openai ? { openai: createOpenAICompatibleProvider(config.openai) } : {}),
    },
  });
  const usage = createUsageService({ db });
  const webhooks = createWebhookService({ db, clock, logger, ...config.webhooks, telemetry });
  const auth = createAuthService({ db, clock, logger, jwtSecret: config.jwtSecret, events, defaultTier: config.defaultTier });
  const { allowedIps, abuseExempt, ...abuse } = config.security;
  const security = createSecurityService({ db, dialect, clock, logger, events, auth, webhooks, allowedIps, abuse: { ...abuse, exempt: abuseExempt }, budgetLevel: async () => (await budget.status()).alertLevel });
  const agents = createAgentService({ db, dialect, events, clock });
  const sessions = createSessionService({ db, events, clock, runtime, turns: createSessionTurns(), startedAt });
  const tasks = createTaskService({ db, events, clock, logger, runtime, budget, webhooks, concurrency: config.taskConcurrency, instanceId, leaseMs: config.taskLeaseMs, telemetry, audit: security.audit, dialect });
  const services = {
    auth,
    security,
    agents,
    runtime,
    sessions,
    chat: createChatService({ agents, sessions, runtime, catalogue, clock }),
    channels: createChannelService({ db, events, clock, logger, runtime }),
    usage,
    budget,
    rateLimits,
    requestLimits: requestLimiter,
    orchestrator: createOrchestrator({ catalogue, budget, rateLimits, usage }),
    system: createSystemStatus({ db, events, clock, ...process, usesRedis: config.redisUrl !== null, dataDir: config.dataDir, startedAt }),
    systemTasks: createSystemTaskService({
      db,
      dialect,
      events,
      clock,
      logger,
      dataDir: config.dataDir,
      instanceId,
      leaseMs: config.taskLeaseMs,
      handlers: {
        clearCache: () => ({ cleared: process.cache.clear() }),
        reloadConfig: () => {
          budget.reload();
          return { reloaded: ["budget"] };
        },
      },
    }),
    webhooks,
    tasks,
    idempotency: createIdempotencyService({ db, clock }),
    workflows: createWorkflowService({ db, events, clock, logger, tasks, webhooks, catalogue }),
  };
  return {
    ...services,
    deployments: createDeploymentService({ db, clock, provider: createSimulatedProvider() }),
    spawnBatch: createSpawnBatch({ tasks, models: () => catalogue.list().map((m) => m.name) }),
    eventRecorder,
    eventLog: createEventLogService(eventLogDeps, { sessions: services.sessions.visibleWhere, channels: services.channels.visibleWhere }),
  };
}

export type Services = ReturnType<typeof createServices>;
