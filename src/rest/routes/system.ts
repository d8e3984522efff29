// Seed 001 System Operations API and seed 003 /system, on the system operations of the schema.
import { graphql } from "../../generated/graphql/index.js";
import { bodyInput, upperEnum } from "../params.js";
import { route } from "../route.js";
import { z } from "zod";
import { JsonObject, Timestamp } from "../schemas.js";

const ServiceState = z.enum(["operational", "degraded", "unavailable"]);
const SystemTaskType = z.enum(["clear_cache", "reload_config", "backup_database"]);
const SystemTaskStatus = z.enum(["queued", "running", "completed", "failed"]);

function humanDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  return `${hours}h ${Math.floor((seconds % 3600) / 60)}m`;
}

function humanBytes(bytes: number | null | undefined): string | null {
  if (bytes === null || bytes === undefined) return null;
  const units = ["B", "K", "M", "G", "T"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Math.floor(value)}${units[unit]}`;
}

graphql(`
  fragment RestSystemTask on SystemTask {
    id
    type
    status
    parameters
    result
    error
    queuedAt
    startedAt
    completedAt
  }
`);

export const systemRoutes = [
  route({
    method: "GET",
    path: "/api/v1/system/status",
    operation: graphql(`
      query RestSystemStatus {
        systemStatus {
          status
          timestamp
          services { apiGateway agentOrchestrator messageBroker database cache }
          metrics { activeAgents activeSessions requestsPerMinute errorRate systemLoad }
        }
      }
    `),
    variables: () => ({}),
    cacheSeconds: 10,
    present: ({ systemStatus: s }) => ({
      status: s.status.toLowerCase(),
      timestamp: s.timestamp,
      services: {
        api_gateway: s.services.apiGateway.toLowerCase(),
        agent_orchestrator: s.services.agentOrchestrator.toLowerCase(),
        message_broker: s.services.messageBroker.toLowerCase(),
        database: s.services.database.toLowerCase(),
        cache: s.services.cache.toLowerCase(),
      },
      metrics: {
        active_agents: s.metrics.activeAgents,
        active_sessions: s.metrics.activeSessions,
        requests_per_minute: s.metrics.requestsPerMinute,
        error_rate: s.metrics.errorRate,
        system_load: s.metrics.systemLoad,
      },
    }),
    doc: {
      summary: "The System Status Object",
      seed: "001",
      response: z.object({
        status: z.enum(["healthy", "degraded", "unhealthy"]),
        timestamp: Timestamp,
        services: z.object({ api_gateway: ServiceState, agent_orchestrator: ServiceState, message_broker: ServiceState, database: ServiceState, cache: ServiceState }),
        metrics: z.object({
          active_agents: z.number().int(),
          active_sessions: z.number().int(),
          requests_per_minute: z.number(),
          error_rate: z.number(),
          system_load: z.number(),
        }),
      }),
    },
  }),

  route({
    method: "GET",
    path: "/api/v1/system/config",
    operation: graphql(`
      query RestSystemConfig {
        systemConfig { version environment llmProviders defaultAgentConfig { model temperature maxTokens topP frequencyPenalty presencePenalty } }
      }
    `),
    variables: () => ({}),
    present: ({ systemConfig: c }) => ({
      version: c.version,
      environment: c.environment,
      llm_providers: c.llmProviders,
      default_agent_config: {
        model: c.defaultAgentConfig.model,
        temperature: c.defaultAgentConfig.temperature,
        max_tokens: c.defaultAgentConfig.maxTokens,
        top_p: c.defaultAgentConfig.topP,
        frequency_penalty: c.defaultAgentConfig.frequencyPenalty,
        presence_penalty: c.defaultAgentConfig.presencePenalty,
      },
    }),
    doc: {
      summary: "Version, environment, providers and the default agent config (admin)",
      seed: "001",
      response: z.object({
        version: z.string(),
        environment: z.string(),
        llm_providers: z.array(z.string()),
        default_agent_config: z.object({ model: z.string(), temperature: z.number(), max_tokens: z.number().int(), top_p: z.number(), frequency_penalty: z.number(), presence_penalty: z.number() }),
      }),
    },
  }),

  route({
    method: "POST",
    path: "/api/v1/system/tasks",
    operation: graphql(`
      mutation RestTriggerSystemTask($input: TriggerSystemTaskInput!) {
        triggerSystemTask(input: $input) { task { ...RestSystemTask } }
      }
    `),
    variables: (req) => {
      const body = bodyInput(req, ["parameters"]);
      return { input: { ...body, taskType: upperEnum(body.taskType) } as never };
    },
    status: 202,
    present: ({ triggerSystemTask: { task } }) => ({
      task_id: task.id,
      task_type: task.type.toLowerCase(),
      status: task.status.toLowerCase(),
      queued_at: task.queuedAt,
    }),
    doc: {
      summary: "Queue a system task",
      seed: "001",
      body: z.object({ task_type: SystemTaskType, parameters: JsonObject.optional() }),
      response: z.object({ task_id: z.string(), task_type: SystemTaskType, status: SystemTaskStatus, queued_at: Timestamp }),
    },
  }),

  route({
    method: "GET",
    path: "/api/v1/system/tasks/:task_id",
    operation: graphql(`
      query RestSystemTask($id: ID!) {
        systemTask(id: $id) { ...RestSystemTask }
      }
    `),
    variables: ({ params }) => ({ id: params.task_id! }),
    present: ({ systemTask: task }) => ({
      task_id: task!.id,
      task_type: task!.type.toLowerCase(),
      status: task!.status.toLowerCase(),
      parameters: task!.parameters,
      result: task!.result ?? null,
      error: task!.error ?? null,
      queued_at: task!.queuedAt,
      started_at: task!.startedAt ?? null,
      completed_at: task!.completedAt ?? null,
    }),
    doc: {
      summary: "A system task with its `status`, `result`, `error` and times",
      seed: "—",
      response: z.object({
        task_id: z.string(),
        task_type: SystemTaskType,
        status: SystemTaskStatus,
        parameters: JsonObject,
        result: JsonObject.nullable(),
        error: z.string().nullable(),
        queued_at: Timestamp,
        started_at: Timestamp.nullable(),
        completed_at: Timestamp.nullable(),
      }),
    },
  }),

  route({
    method: "GET",
    path: "/api/system",
    operation: graphql(`
      query RestSystemStats {
        systemStats { cpuTempC loadAverage memoryUsagePct uptimeSeconds diskFreeBytes activeAgents }
      }
    `),
    variables: () => ({}),
    present: ({ systemStats: s }) => ({
      cpu_temp: s.cpuTempC ?? null,
      load_average: s.loadAverage,
      memory_usage: s.memoryUsagePct,
      uptime: humanDuration(s.uptimeSeconds),
      disk_free: humanBytes(s.diskFreeBytes),
      active_agents: s.activeAgents,
    }),
    doc: {
      summary: "Host stats",
      seed: "003",
      response: z.object({
        cpu_temp: z.number().nullable(),
        load_average: z.number(),
        memory_usage: z.number(),
        uptime: z.string().meta({ example: "24h 15m" }),
        disk_free: z.string().nullable().meta({ example: "45G" }),
        active_agents: z.number().int(),
      }),
    },
  }),
];
