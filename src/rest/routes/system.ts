// Seed 001 System Operations API and seed 003 /system, on the system operations of the schema.
import { graphql } from "../../generated/graphql/index.js";
import { bodyInput, upperEnum } from "../params.js";
import { route } from "../route.js";

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
  }),
];
