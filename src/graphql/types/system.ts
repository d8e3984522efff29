// System operations (seed 001) and host stats (seed 003): status from real probes, configuration,
// and background tasks you can query and subscribe to.
import { DEFAULT_AGENT_CONFIG } from "../../domain/agents/rules.js";
import type { ServiceState, SystemStats as SystemStatsShape, SystemStatus as SystemStatusShape } from "../../domain/system/status.js";
import { TASK_TYPES } from "../../domain/system/tasks.js";
import type { SystemTaskUpdatedEvent } from "../../events.js";
import { VERSION } from "../../version.js";
import { builder } from "../builder.js";
import { AgentConfigRef } from "./agent.js";
import { adminOnlyWhere } from "../../domain/auth/visibility.js";

const ServiceStateEnum = builder.enumType("ServiceState", {
  values: { OPERATIONAL: { value: "operational" }, DEGRADED: { value: "degraded" }, UNAVAILABLE: { value: "unavailable" } } as const,
});
const SystemHealth = builder.enumType("SystemHealth", {
  values: { HEALTHY: { value: "healthy" }, DEGRADED: { value: "degraded" }, UNHEALTHY: { value: "unhealthy" } } as const,
});

const SystemServices = builder.objectRef<SystemStatusShape["services"]>("SystemServices").implement({
  fields: (t) => {
    const state = (key: keyof SystemStatusShape["services"], description: string) =>
      t.field({ type: ServiceStateEnum, description, resolve: (s) => s[key] as ServiceState });
    return {
      apiGateway: state("apiGateway", "This server's HTTP and WebSocket surface."),
      agentOrchestrator: state("agentOrchestrator", "The background jobs: session sweeper, budget janitor, task runner."),
      messageBroker: state("messageBroker", "Pub/sub: Redis when configured, otherwise in-process."),
      database: state("database", "A query answered within a second."),
      cache: state("cache", "Redis when configured, otherwise the in-process cache."),
    };
  },
});

const SystemMetrics = builder.objectRef<SystemStatusShape["metrics"]>("SystemMetrics").implement({
  fields: (t) => ({
    activeAgents: t.exposeInt("activeAgents"),
    activeSessions: t.exposeInt("activeSessions"),
    requestsPerMinute: t.exposeInt("requestsPerMinute", { description: "Requests this instance answered in the last minute." }),
    errorRate: t.exposeFloat("errorRate", { description: "Share of the last minute's requests that failed unexpectedly, 0–1." }),
    systemLoad: t.exposeFloat("systemLoad", { description: "One-minute load average per CPU core." }),
  }),
});

const SystemStatus = builder.objectRef<SystemStatusShape>("SystemStatus").implement({
  description: "Seed 001 System Status Object; cached for 10 seconds.",
  fields: (t) => ({
    status: t.field({ type: SystemHealth, resolve: (s) => s.status }),
    timestamp: t.field({ type: "DateTime", resolve: (s) => s.timestamp }),
    services: t.field({ type: SystemServices, resolve: (s) => s.services }),
    metrics: t.field({ type: SystemMetrics, resolve: (s) => s.metrics }),
  }),
});

const SystemStats = builder.objectRef<SystemStatsShape>("SystemStats").implement({
  description: "Host figures (seed 003 /system).",
  fields: (t) => ({
    cpuTempC: t.float({ nullable: true, description: "Null where the host has no sensor.", resolve: (s) => s.cpuTempC }),
    loadAverage: t.exposeFloat("loadAverage"),
    memoryUsagePct: t.exposeFloat("memoryUsagePct"),
    uptimeSeconds: t.exposeInt("uptimeSeconds", { description: "Of this server." }),
    diskFreeBytes: t.float({ nullable: true, description: "Free space where the data directory lives.", resolve: (s) => s.diskFreeBytes }),
    activeAgents: t.exposeInt("activeAgents"),
  }),
});

const SystemConfig = builder.objectRef<Record<string, never>>("SystemConfig").implement({
  fields: (t) => ({
    version: t.string({ resolve: () => VERSION }),
    environment: t.string({ resolve: (_c, _args, ctx) => ctx.services.runtime.environment }),
    llmProviders: t.stringList({ description: "The model providers this server can call.", resolve: (_c, _args, ctx) => ctx.services.runtime.providerNames() }),
    defaultAgentConfig: t.field({ type: AgentConfigRef, resolve: () => ({ ...DEFAULT_AGENT_CONFIG }) }),
  }),
});

const TaskType = builder.enumType("SystemTaskType", {
  values: {
    CLEAR_CACHE: { description: "Empty the in-process caches." },
    RELOAD_CONFIG: { description: "Re-read configuration kept in the database (the budget)." },
    BACKUP_DATABASE: { description: "Write a restorable copy of the embedded database under DATA_DIR/backups." },
  },
});
const TaskStatus = builder.enumType("SystemTaskStatus", { values: ["QUEUED", "RUNNING", "COMPLETED", "FAILED"] as const });

const SystemTask = builder.prismaNode("SystemTask", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ ...adminOnlyWhere(ctx.principal), id }),
  nullable: true,
  fields: (t) => ({
    type: t.field({ type: TaskType, resolve: (task) => task.type as (typeof TASK_TYPES)[number] }),
    status: t.field({ type: TaskStatus, resolve: (task) => task.status as "QUEUED" | "RUNNING" | "COMPLETED" | "FAILED" }),
    parameters: t.field({ type: "JSONObject", resolve: (task) => task.parameters as Record<string, unknown> }),
    result: t.field({ type: "JSONObject", nullable: true, resolve: (task) => task.result as Record<string, unknown> | null }),
    error: t.exposeString("error", { nullable: true }),
    requestedBy: t.exposeID("requestedBy", { nullable: true }),
    queuedAt: t.expose("queuedAt", { type: "DateTime" }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
  }),
});

builder.queryFields((t) => ({
  systemStatus: t.field({ type: SystemStatus, resolve: (_root, _args, ctx) => ctx.services.system.status() }),
  systemStats: t.field({ type: SystemStats, resolve: (_root, _args, ctx) => ctx.services.system.stats() }),
  systemConfig: t.field({ type: SystemConfig, resolve: () => ({}) }),
  systemTask: t.prismaField({
    type: "SystemTask",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.services.systemTasks.get(ctx.principal, id, query),
  }),
  systemTasks: t.prismaConnection({
    type: "SystemTask",
    cursor: "id",
    defaultSize: 20,
    maxSize: 100,
    description: "Newest first.",
    resolve: (query, _root, _args, ctx) => ctx.services.systemTasks.list(ctx.principal, query),
    totalCount: (_root, _args, ctx) => ctx.services.systemTasks.count(ctx.principal),
  }),
}));

builder.relayMutationField(
  "triggerSystemTask",
  {
    inputFields: (t) => ({
      taskType: t.field({ type: TaskType, required: true }),
      parameters: t.field({ type: "JSONObject", description: 'BACKUP_DATABASE takes {"label": "…"}; the others none.' }),
    }),
  },
  {
    description: "Queues a task and answers at once (the REST route answers 202); follow it with systemTask or systemTaskUpdated.",
    resolve: async (_root, { input }, ctx) => ({ task: await ctx.services.systemTasks.trigger(ctx.principal, input.taskType, input.parameters) }),
  },
  { outputFields: (t) => ({ task: t.field({ type: SystemTask, resolve: (p) => p.task }) }) },
);

const SystemTaskUpdate = builder.objectRef<SystemTaskUpdatedEvent>("SystemTaskUpdate").implement({
  fields: (t) => ({
    taskId: t.exposeID("taskId"),
    status: t.field({ type: TaskStatus, resolve: (e) => e.status as "QUEUED" }),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
    task: t.prismaField({ type: "SystemTask", nullable: true, resolve: (query, e, _args, ctx) => ctx.services.systemTasks.get(ctx.principal, e.taskId, query) }),
  }),
});

builder.subscriptionField("systemTaskUpdated", (t) =>
  t.field({
    type: SystemTaskUpdate,
    description: "Status changes of one task (`taskId`), or of every task.",
    args: { taskId: t.arg.id() },
    subscribe: (_root, { taskId }, ctx) => ctx.services.systemTasks.updates(ctx.principal, taskId),
    resolve: (event) => event,
  }),
);
