// Health and load: the services from /health, active sessions, this instance's request and error
// rates, and how much of its request budgets the signed-in key has left. None of these has a
// subscription, so they are read again every few seconds.
import { useEffect, useState } from "preact/hooks";
import type { Api } from "../api.js";
import { useQuery } from "../live.js";
import { OperationsQuery, RequestLimitsQuery } from "../operations.js";
import { Loading, Panel, percent, Problem } from "../ui.js";

const REFRESH_MS = 10_000;

interface Health {
  status: string;
  version: string;
  services: Record<string, string>;
}

function useHealth(): Health | string | undefined {
  const [health, setHealth] = useState<Health | string>();
  useEffect(() => {
    const load = () => {
      fetch("/health", { headers: { accept: "application/json" } })
        .then((response) => response.json() as Promise<Health>)
        .then(setHealth, () => setHealth("The server does not answer."));
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  return health;
}

export function HealthPanel({ api }: { api: Api }) {
  const health = useHealth();
  const operations = useQuery(api, OperationsQuery, {}, REFRESH_MS);
  const limits = useQuery(api, RequestLimitsQuery, {}, REFRESH_MS);
  const metrics = operations.data?.systemStatus.metrics;
  return (
    <Panel id="health" title="Health">
      {health === undefined && <Loading />}
      {typeof health === "string" && <p class="problem" role="status">{health}</p>}
      {typeof health === "object" && (
        <>
          <p>
            <span class={`badge health-${health.status}`}>{health.status}</span> <span class="muted">version {health.version}</span>
          </p>
          <ul class="services" aria-label="Services">
            {Object.entries(health.services).map(([name, state]) => (
              <li key={name}><span class={`dot ${state === "up" ? "up" : "down"}`} aria-hidden="true" />{name}: {state}</li>
            ))}
          </ul>
        </>
      )}
      <Problem error={operations.error} />
      {operations.data && (
        <dl class="facts">
          <div><dt>Active sessions</dt><dd data-testid="active-sessions">{operations.data.sessionStats.active}</dd></div>
          <div><dt>Requests / min</dt><dd>{metrics?.requestsPerMinute}</dd></div>
          <div><dt>Error rate</dt><dd>{metrics ? percent(metrics.errorRate) : "—"}</dd></div>
        </dl>
      )}
      <h3>This key's request budgets</h3>
      <Problem error={limits.error} />
      {limits.data && !limits.data.requestRateLimits.length && <p class="muted">No request limits (RATE_LIMITS=off).</p>}
      {limits.data?.requestRateLimits.map((limit) => {
        const label = `${limit.policy.toLowerCase()} ${limit.scope}`;
        return (
          <div key={`${limit.policy}:${limit.scope}`} class="limit">
            <div class="work-line"><span>{label}</span><span>{limit.remaining} of {limit.limit} left / {limit.windowSeconds}s</span></div>
            <progress aria-label={`Requests left: ${label}`} max={limit.limit} value={limit.remaining} />
          </div>
        );
      })}
    </Panel>
  );
}
