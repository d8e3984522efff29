// Seed 001 "Agent Management API" on the Agent operations of the GraphQL schema.
import { graphql } from "../../generated/graphql/index.js";
import { AGENT_STATUSES } from "../../domain/agents/rules.js";
import { presentAgent, presentAgentSummary } from "../presenters/agents.js";
import { bodyInput, enumParam, intParam, stringParam } from "../params.js";
import { route } from "../route.js";
import { z } from "zod";
import { Agent, AgentConfigInput, AgentStatus, AgentSummary, IntParam, PagePagination, TextParam, Timestamp } from "../schemas.js";

/** GET /api/v1/agents and its deprecated twin GET /api/v1/agents/active. */
export const AgentListQuery = z.object({ page: IntParam("page number, from 1"), limit: IntParam("1–100, default 20") });
export const AgentList = z.object({ agents: z.array(AgentSummary), pagination: PagePagination });

graphql(`
  fragment RestAgent on Agent {
    id
    name
    type
    status
    createdAt
    updatedAt
    startedAt
    stoppedAt
    lastActive
    skills
    config { model temperature maxTokens topP frequencyPenalty presencePenalty }
    performanceMetrics { responseTimeMs successRate taskCompletionRate errorCount }
  }
`);

export const agentRoutes = [
  route({
    method: "POST",
    path: "/api/v1/agents",
    operation: graphql(`
      mutation RestCreateAgent($input: CreateAgentInput!) {
        createAgent(input: $input) { agent { ...RestAgent } }
      }
    `),
    variables: (req) => ({ input: bodyInput(req) as never }),
    invalidInputCode: "invalid_agent_config",
    status: 201,
    present: (data) => presentAgent(data.createAgent.agent),
    doc: {
      summary: "Create an agent",
      seed: "001",
      body: z.object({ name: z.string(), type: z.string(), config: AgentConfigInput.optional(), skills: z.array(z.string()).optional() }),
      response: Agent,
    },
  }),

  route({
    method: "GET",
    path: "/api/v1/agents",
    operation: graphql(`
      query RestListAgents($first: Int!, $offset: Int!, $filter: AgentFilter) {
        agents(first: $first, offset: $offset, filter: $filter) {
          totalCount
          edges { node { ...RestAgent } }
        }
      }
    `),
    variables: ({ query }) => {
      const limit = intParam(query, "limit", { fallback: 20, min: 1, max: 100 });
      const page = intParam(query, "page", { fallback: 1, min: 1, max: 1_000_000 });
      const status = enumParam(query, "status", AGENT_STATUSES);
      const type = stringParam(query, "type");
      return { first: limit, offset: (page - 1) * limit, filter: { status: status ? [status] : null, type: type ?? null } };
    },
    cacheSeconds: 30,
    doc: {
      summary: "List agents, by page (limit 1–100, default 20)",
      seed: "001",
      query: AgentListQuery.extend({ status: z.enum(AgentStatus.options).optional(), type: TextParam("agent type") }),
      response: AgentList,
    },
    present: (data, { query }) => ({
      agents: data.agents.edges.map((edge) => presentAgentSummary(edge.node)),
      pagination: {
        page: intParam(query, "page", { fallback: 1, min: 1, max: 1_000_000 }),
        limit: intParam(query, "limit", { fallback: 20, min: 1, max: 100 }),
        total: data.agents.totalCount,
      },
    }),
  }),

  route({
    method: "GET",
    path: "/api/v1/agents/:agent_id",
    operation: graphql(`
      query RestGetAgent($id: ID!) {
        agent(id: $id) { ...RestAgent }
      }
    `),
    variables: ({ params }) => ({ id: params.agent_id! }),
    cacheSeconds: 15,
    present: (data) => presentAgent(data.agent!),
    doc: { summary: "An agent with `config`, `skills`, `performance_metrics`", seed: "001", response: Agent },
  }),

  route({
    method: "POST",
    path: "/api/v1/agents/:agent_id/start",
    operation: graphql(`
      mutation RestStartAgent($id: ID!) {
        startAgent(input: { id: $id }) { agent { id status startedAt } }
      }
    `),
    variables: ({ params }) => ({ id: params.agent_id! }),
    present: ({ startAgent: { agent } }) => ({ agent_id: agent.id, status: agent.status.toLowerCase(), started_at: agent.startedAt }),
    doc: { summary: "Start an agent", seed: "001", response: z.object({ agent_id: z.string(), status: AgentStatus, started_at: Timestamp.nullable() }) },
  }),

  route({
    method: "POST",
    path: "/api/v1/agents/:agent_id/stop",
    operation: graphql(`
      mutation RestStopAgent($id: ID!) {
        stopAgent(input: { id: $id }) { agent { id status stoppedAt } }
      }
    `),
    variables: ({ params }) => ({ id: params.agent_id! }),
    present: ({ stopAgent: { agent } }) => ({ agent_id: agent.id, status: agent.status.toLowerCase(), stopped_at: agent.stoppedAt }),
    doc: { summary: "Stop an agent", seed: "001", response: z.object({ agent_id: z.string(), status: AgentStatus, stopped_at: Timestamp.nullable() }) },
  }),

  route({
    method: "DELETE",
    path: "/api/v1/agents/:agent_id",
    operation: graphql(`
      mutation RestDeleteAgent($id: ID!) {
        deleteAgent(input: { id: $id }) { deletedAgentId }
      }
    `),
    variables: ({ params }) => ({ id: params.agent_id! }),
    present: (data) => ({ agent_id: data.deleteAgent.deletedAgentId, deleted: true }),
    doc: { summary: "Delete an agent", seed: "001", response: z.object({ agent_id: z.string(), deleted: z.literal(true) }) },
  }),
];
