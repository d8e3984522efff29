// Agents in the seed-001 shapes: snake_case keys, lower-case statuses.
import type { RestAgentFragment } from "../../generated/graphql/graphql.js";

function presentAgentConfig(config: RestAgentFragment["config"]) {
  return {
    model: config.model,
    temperature: config.temperature,
    max_tokens: config.maxTokens,
    top_p: config.topP,
    frequency_penalty: config.frequencyPenalty,
    presence_penalty: config.presencePenalty,
  };
}

/** The Agent object of seed 001 "Data Models". */
export function presentAgent(agent: RestAgentFragment) {
  return {
    agent_id: agent.id,
    name: agent.name,
    type: agent.type,
    status: agent.status.toLowerCase(),
    created_at: agent.createdAt,
    updated_at: agent.updatedAt,
    started_at: agent.startedAt ?? null,
    stopped_at: agent.stoppedAt ?? null,
    last_active: agent.lastActive ?? null,
    config: presentAgentConfig(agent.config),
    skills: agent.skills,
    performance_metrics: {
      response_time_ms: agent.performanceMetrics.responseTimeMs ?? null,
      success_rate: agent.performanceMetrics.successRate ?? null,
      task_completion_rate: agent.performanceMetrics.taskCompletionRate ?? null,
      error_count: agent.performanceMetrics.errorCount,
    },
  };
}

/** One row of GET /api/v1/agents. */
export function presentAgentSummary(agent: RestAgentFragment) {
  return {
    agent_id: agent.id,
    name: agent.name,
    type: agent.type,
    status: agent.status.toLowerCase(),
    created_at: agent.createdAt,
    last_active: agent.lastActive ?? null,
  };
}
