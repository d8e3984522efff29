// Health and load: the services from /health, active sessions, this instance's request and error
// rates, and how much of its request budgets the signed-in key has left. None of these has a
// subscription, so they are read again every few seconds.
import { useEffect, useState } from "preact/hooks";
import type { Api } from "../api.js";
import { useQuery } from "../live.js";
import { OperationsQuery, RequestLimitsQuery } from "../operations.js";
import { Loading, Panel, percent, Problem } from "../ui.js";

const REFRESH_MS = 10_000;
/** The budgets closest to running out are shown; the others behind "All budgets". */
const LIMITS_SHOWN = 3;

type Limit = { policy: string; scope: string; limit: number; remaining: number; windowSeconds: number };

function LimitBar({ limit }: { limit: Limit }) {
  const label = `${limit.policy.toLowerCase()} ${limit.scope}`;
  return (
    <li class="limit">
      <div class="work-line"><span>{label}</span><span>{limit.remaining} of {limit.limit} left / {limit.windowSeconds}s</span></div>
      <progress aria-label={`Requests left: ${label}`} max={limit.limit} value={limit.remaining} />
    </li>
  );
}

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
      {limits.data && limits.data.requestRateLimits.length > 0 && <LimitList limits={limits.data.requestRateLimits} />}
    </Panel>
  );
}

function LimitList({ limits }: { limits: Limit[] }) {
  const byHeadroom = [...limits].sort((a, b) => a.remaining / a.limit - b.remaining / b.limit);
  const key = (limit: Limit) => `${limit.policy}:${limit.scope}`;
  return (
    <>
      <ul class="limits">{byHeadroom.slice(0, LIMITS_SHOWN).map((limit) => <LimitBar key={key(limit)} limit={limit} />)}</ul>
      {byHeadroom.length > LIMITS_SHOWN && (
        <details>
          <summary>All {byHeadroom.length} budgets</summary>
          <ul class="limits">{byHeadroom.slice(LIMITS_SHOWN).map((limit) => <LimitBar key={key(limit)} limit={limit} />)}</ul>
        </details>
      )}
    </>
  );
}
