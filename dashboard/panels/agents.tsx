// Agents: status badges that flip as agentStatusChanged arrives, last activity, response time, today's
// cost, and start/stop for keys that may change agents.
import { useState } from "preact/hooks";
import type { Api, ApiError } from "../api.js";
import type { AgentRowFragment, AgentStatus } from "../generated/graphql.js";
import { useQuery, useSubscription } from "../live.js";
import { AgentsQuery, AgentStatusSubscription, StartAgentMutation, StopAgentMutation } from "../operations.js";
import { dayStart, Loading, money, Panel, Problem, When } from "../ui.js";

function replaceAgent(edges: { node: AgentRowFragment }[], agent: AgentRowFragment) {
  const known = edges.some(({ node }) => node.id === agent.id);
  return known ? edges.map((edge) => (edge.node.id === agent.id ? { node: agent } : edge)) : [...edges, { node: agent }];
}

function StatusBadge({ status }: { status: AgentStatus }) {
  return <span class={`badge status-${status.toLowerCase()}`}>{status}</span>;
}

export function AgentsPanel({ api, canOperate, day }: { api: Api; canOperate: boolean; day: string }) {
  const agents = useQuery(api, AgentsQuery, { today: dayStart(day) });
  const [actionError, setActionError] = useState<ApiError>();
  const [busy, setBusy] = useState<string | null>(null);

  const put = (agent: AgentRowFragment) => agents.update((data) => ({ ...data, agents: { ...data.agents, edges: replaceAgent(data.agents.edges, agent) } }));
  const liveError = useSubscription(api, AgentStatusSubscription, {}, ({ agentStatusChanged: change }) => {
    if (change.agent) put(change.agent);
  });

  async function act(agent: AgentRowFragment, action: "start" | "stop") {
    setBusy(agent.id);
    setActionError(undefined);
    try {
      if (action === "start") put((await api.mutate(StartAgentMutation, { id: agent.id })).startAgent.agent);
      else put((await api.mutate(StopAgentMutation, { id: agent.id })).stopAgent.agent);
    } catch (error) {
      setActionError(error as ApiError);
    } finally {
      setBusy(null);
    }
  }

  const costs = new Map(agents.data?.usage.groups.map((group) => [group.key.agentId, group.usage.cost]));
  const rows = agents.data?.agents.edges.map(({ node }) => node) ?? [];
  return (
    <Panel id="agents" title="Agents" wide>
      <Problem error={agents.error ?? liveError} />
      <Problem error={actionError} />
      {!agents.data && !agents.error && <Loading />}
      {agents.data && (
        <div class="table-scroll" role="region" tabIndex={0} aria-label="Agents table (scrolls sideways)">
          <table>
            <caption class="sr-only">{agents.data.agents.totalCount} agents; status changes appear live</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col">Status</th>
                <th scope="col">Last active</th>
                <th scope="col" class="num">Response time</th>
                <th scope="col" class="num">Cost today</th>
                {canOperate && <th scope="col"><span class="sr-only">Actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((agent) => (
                <tr key={agent.id} data-agent-id={agent.id}>
                  <th scope="row">{agent.name}</th>
                  <td>{agent.type}</td>
                  <td><StatusBadge status={agent.status} /></td>
                  <td><When at={agent.lastActive} /></td>
                  <td class="num">{agent.performanceMetrics.responseTimeMs == null ? "—" : `${Math.round(agent.performanceMetrics.responseTimeMs)} ms`}</td>
                  <td class="num">{money(costs.get(agent.id) ?? 0)}</td>
                  {canOperate && (
                    <td>
                      {agent.status === "RUNNING" ? (
                        <button type="button" disabled={busy === agent.id} aria-label={`Stop ${agent.name}`} onClick={() => act(agent, "stop").catch(setActionError)}>Stop</button>
                      ) : (
                        <button type="button" disabled={busy === agent.id} aria-label={`Start ${agent.name}`} onClick={() => act(agent, "start").catch(setActionError)}>Start</button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
              {!rows.length && (
                <tr>
                  <td colSpan={canOperate ? 7 : 6} class="muted">No agents yet.</td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
