// Deprecated routes. Seed 001 "Deprecation Notices": POST /api/v1/agents/{id}/restart (use stop and
// start) and GET /api/v1/agents/active (use the list with a status filter) answer until their sunset,
// six months after this server announced them (seed 001 "Version Deprecation"). Seed 003 "Migration
// Guide": v3's POST /agent, GET /status and DELETE /cancel were renamed in v4 and sunset on
// 2026-06-01; they are the v4 routes under their old paths, so they answered like them until then.
import { z } from "zod";
import { graphql } from "../../generated/graphql/index.js";
import { presentAgentSummary } from "../presenters/agents.js";
import { intParam } from "../params.js";
import { route, type RestRoute } from "../route.js";
import { sixMonthsAfter } from "../deprecation.js";
import { AgentStatus, Timestamp } from "../schemas.js";
import { AgentList, AgentListQuery } from "./agents.js";
import { taskRoutes } from "./tasks.js";

/** When this server announced seed 001's deprecated endpoints. */
const V1_DEPRECATED_SINCE = "2026-12-01";
const v1 = (successor: string) => ({ since: V1_DEPRECATED_SINCE, sunset: sixMonthsAfter(V1_DEPRECATED_SINCE), successor });
/** Seed 003: v4.0.0 released 2026-02-19; v3.2 end of life June 2026 (`Sunset: Sat, 01 Jun 2026 00:00:00 GMT`). */
const v3 = (successor: string) => ({ since: "2026-02-19", sunset: "2026-06-01", successor });

const v4Route = (method: string, path: string): RestRoute => {
  const found = taskRoutes.find((r) => r.method === method && r.path === path);
  if (!found) throw new Error(`no ${method} ${path} route to stand behind a v3 path`);
  return found;
};

/** v3 named the spawned agent in the query (`?agent_id=`), v4 in the path. */
const agentIdOfQuery = (route: RestRoute): RestRoute => ({
  ...route,
  variables: (req) => route.variables({ ...req, params: { agent_id: req.query.get("agent_id") ?? "" } }),
});

const v3Doc = (route: RestRoute, v3Path: string) => ({
  ...route.doc!,
  summary: `v3's ${v3Path}, renamed ${route.method} /api/v4${route.path.slice("/api".length).replace(/:(\w+)/g, "{$1}")}: 410 since its sunset`,
  query: v3Path === "POST /agent" ? undefined : z.object({ agent_id: z.string().optional() }),
});

export const deprecatedRoutes: RestRoute[] = [
  route({
    method: "POST",
    path: "/api/v1/agents/:agent_id/restart",
    // Mutation fields run one after the other; a failed stop (the agent is not running) stops the start.
    operation: graphql(`
      mutation RestRestartAgent($id: ID!) {
        stopAgent(input: { id: $id }) { agent { id stoppedAt } }
        startAgent(input: { id: $id }) { agent { id status startedAt } }
      }
    `),
    variables: ({ params }) => ({ id: params.agent_id! }),
    deprecated: v1("/api/v1/agents/{agent_id}/start"),
    present: ({ stopAgent, startAgent: { agent } }) => ({
      agent_id: agent.id,
      status: agent.status.toLowerCase(),
      stopped_at: stopAgent.agent.stoppedAt ?? null,
      started_at: agent.startedAt ?? null,
    }),
    doc: {
      summary: "Stop then start a running agent (409 `agent_not_running` otherwise)",
      seed: "001",
      response: z.object({ agent_id: z.string(), status: AgentStatus, stopped_at: Timestamp.nullable(), started_at: Timestamp.nullable() }),
    },
  }),

  route({
    method: "GET",
    path: "/api/v1/agents/active",
    operation: graphql(`
      query RestActiveAgents($first: Int!, $offset: Int!) {
        agents(first: $first, offset: $offset, filter: { status: [RUNNING] }) {
          totalCount
          edges { node { ...RestAgent } }
        }
      }
    `),
    variables: ({ query }) => {
      const limit = intParam(query, "limit", { fallback: 20, min: 1, max: 100 });
      return { first: limit, offset: (intParam(query, "page", { fallback: 1, min: 1, max: 1_000_000 }) - 1) * limit };
    },
    deprecated: v1("/api/v1/agents?status=running"),
    present: (data, { query }) => ({
      agents: data.agents.edges.map((edge) => presentAgentSummary(edge.node)),
      pagination: {
        page: intParam(query, "page", { fallback: 1, min: 1, max: 1_000_000 }),
        limit: intParam(query, "limit", { fallback: 20, min: 1, max: 100 }),
        total: data.agents.totalCount,
      },
    }),
    doc: { summary: "The running agents, as GET /api/v1/agents?status=running answers them", seed: "001", query: AgentListQuery, response: AgentList },
  }),

  { ...v4Route("POST", "/api/spawn"), path: "/api/agent", deprecated: v3("/api/v4/spawn"), doc: v3Doc(v4Route("POST", "/api/spawn"), "POST /agent") },
  {
    ...agentIdOfQuery(v4Route("GET", "/api/agent/:agent_id")),
    path: "/api/status",
    deprecated: v3("/api/v4/agent/{agent_id}"),
    doc: v3Doc(v4Route("GET", "/api/agent/:agent_id"), "GET /status"),
  },
  {
    ...agentIdOfQuery(v4Route("DELETE", "/api/agent/:agent_id")),
    path: "/api/cancel",
    deprecated: v3("/api/v4/agent/{agent_id}"),
    doc: v3Doc(v4Route("DELETE", "/api/agent/:agent_id"), "DELETE /cancel"),
  },
];
