// Spend: today against the daily budget as a gauge in the alert level's colour (live through
// budgetAlert; spend itself has no subscription, so it is read again when a task finishes and every few
// seconds), the month's forecast, and the
// last 7 days by model as a stacked bar chart (with the same numbers as a table for screen readers).
import type { Api } from "../api.js";
import type { BudgetFragment } from "../generated/graphql.js";
import { useQuery, useSubscription } from "../live.js";
import { BudgetAlertSubscription, SpendQuery, TaskSettledSubscription, WeekUsageQuery } from "../operations.js";
import { dayStart, Loading, money, Panel, Problem } from "../ui.js";

const REFRESH_MS = 10_000;
const MODEL_COLOURS = ["#2563eb", "#d97706", "#059669", "#7c3aed", "#db2777", "#0891b2", "#65a30d", "#9f1239"];

function Gauge({ budget }: { budget: BudgetFragment }) {
  const level = budget.alertLevel.toLowerCase();
  const pct = Math.min(100, budget.utilizationPct);
  const label = budget.dailyBudget == null ? "No daily limit" : `${money(budget.todaySpend)} of ${money(budget.dailyBudget)} (${budget.utilizationPct.toFixed(1)}%)`;
  return (
    <div class="gauge-block">
      <div class="gauge-head">
        <span>Today ({budget.day})</span>
        <span class={`badge alert-${level}`}>{budget.alertLevel}</span>
      </div>
      <div
        class={`gauge alert-${level}`}
        role="meter"
        aria-label="Today's spend against the daily budget"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Number(pct.toFixed(1))}
        aria-valuetext={label}
      >
        <div class="gauge-fill" style={{ width: `${pct}%` }} />
        {[budget.thresholds.notice, budget.thresholds.warning, budget.thresholds.critical].map((t) => (
          <div key={t} class="gauge-mark" style={{ left: `${t}%` }} aria-hidden="true" />
        ))}
      </div>
      <p class="gauge-text" data-testid="spend-today">{label}{Number(budget.reserved) > 0 && `, ${money(budget.reserved)} held by calls in flight`}</p>
    </div>
  );
}

interface Day {
  day: string;
  byModel: Map<string, number>;
  total: number;
}

function WeekChart({ groups, days }: { groups: { key: { day?: string | null; model?: string | null }; usage: { cost: string } }[]; days: string[] }) {
  const models = [...new Set(groups.map((g) => g.key.model ?? "?"))].sort();
  const byDay: Day[] = days.map((day) => ({ day, byModel: new Map(), total: 0 }));
  for (const group of groups) {
    const day = byDay.find((d) => d.day === group.key.day);
    if (!day) continue;
    const cost = Number(group.usage.cost);
    day.byModel.set(group.key.model ?? "?", cost);
    day.total += cost;
  }
  if (!models.length) return <p class="muted">No model calls in the last 7 days.</p>;
  const max = Math.max(...byDay.map((d) => d.total));
  const width = 320;
  const height = 140;
  const bar = width / byDay.length;
  const colour = (model: string) => MODEL_COLOURS[models.indexOf(model) % MODEL_COLOURS.length];
  return (
    <>
      <svg viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-label={`Daily spend by model for the last 7 days; highest day ${money(max)}`}>
        {byDay.map((day, i) => {
          let y = height;
          return (
            <g key={day.day}>
              {models.map((model) => {
                const cost = day.byModel.get(model) ?? 0;
                const h = (cost / max) * (height - 4);
                y -= h;
                return cost > 0 ? <rect key={model} x={i * bar + 4} y={y} width={bar - 8} height={h} fill={colour(model)} /> : null;
              })}
              <text x={i * bar + bar / 2} y={height + 14} text-anchor="middle" class="axis">{day.day.slice(5)}</text>
            </g>
          );
        })}
      </svg>
      <ul class="legend">
        {models.map((model) => (
          <li key={model}><span class="swatch" style={{ background: colour(model) }} aria-hidden="true" />{model}</li>
        ))}
      </ul>
      <div class="sr-only">
      <table>
        <caption>Spend by day and model</caption>
        <thead><tr><th scope="col">Day</th>{models.map((m) => <th key={m} scope="col">{m}</th>)}</tr></thead>
        <tbody>
          {byDay.map((d) => (
            <tr key={d.day}><th scope="row">{d.day}</th>{models.map((m) => <td key={m}>{money(d.byModel.get(m) ?? 0)}</td>)}</tr>
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
}

export function SpendPanel({ api, day }: { api: Api; day: string }) {
  const spend = useQuery(api, SpendQuery, {}, REFRESH_MS);
  const week = useQuery(api, WeekUsageQuery, { weekStart: dayStart(day, 6) }, REFRESH_MS);
  const liveError = useSubscription(api, BudgetAlertSubscription, {}, ({ budgetAlert }) => spend.update((data) => ({ ...data, budgetStatus: budgetAlert.budget })));
  const settledError = useSubscription(api, TaskSettledSubscription, {}, ({ taskUpdated }) => {
    if (taskUpdated.status === "SPAWNING" || taskUpdated.status === "RUNNING") return;
    spend.reload();
    week.reload();
  });
  const days = Array.from({ length: 7 }, (_, i) => dayStart(day, 6 - i).slice(0, 10));
  const budget = spend.data?.budgetStatus;
  return (
    <Panel id="spend" title="Spend">
      <Problem error={spend.error ?? liveError ?? settledError} />
      {!spend.data && !spend.error && <Loading />}
      {budget && (
        <>
          <Gauge budget={budget} />
          <dl class="facts">
            <div><dt>Month to date</dt><dd>{money(budget.monthlyForecast.monthToDate)}</dd></div>
            <div><dt>Forecast this month</dt><dd>{money(budget.monthlyForecast.projectedSpend)}</dd></div>
            <div><dt>Monthly ceiling</dt><dd>{money(budget.monthlyForecast.budgetCeiling)}</dd></div>
          </dl>
          <figure class="chart">
            <figcaption>Spend by model, last 7 days (UTC)</figcaption>
            <Problem error={week.error} />
            {week.data && <WeekChart groups={week.data.usage.groups} days={days} />}
          </figure>
        </>
      )}
    </Panel>
  );
}
