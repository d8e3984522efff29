// Work: queued and running tasks and workflow runs with their progress (live through taskUpdated and
// workflowRunUpdated), and the latest failures with their status and error.
import type { Api } from "../api.js";
import type { RunRowFragment, TaskRowFragment } from "../generated/graphql.js";
import { useQuery, useSubscription } from "../live.js";
import { RunUpdatedSubscription, TaskUpdatedSubscription, WorkQuery } from "../operations.js";
import { Loading, Panel, Problem, When } from "../ui.js";

type Edges<T> = { edges: { node: T }[] };
const ACTIVE_TASK = ["SPAWNING", "RUNNING"];
const FAILED_TASK = ["FAILED", "TIMED_OUT"];
const ACTIVE_RUN = ["QUEUED", "RUNNING"];
const FAILURES_SHOWN = 5;

/** Puts `node` in the list when `keep`, first; takes it out otherwise. */
function place<T extends { id: string }>(list: Edges<T>, node: T, keep: boolean, limit = 20): Edges<T> {
  const others = list.edges.filter((edge) => edge.node.id !== node.id);
  return { edges: keep ? [{ node }, ...others].slice(0, limit) : others };
}

function Progress({ label, value }: { label: string; value: number | null }) {
  // A task has no steps to count: it shows as under way (indeterminate) until it finishes.
  return value === null ? <progress aria-label={label} /> : <progress aria-label={label} max={100} value={value} />;
}

export function WorkPanel({ api }: { api: Api }) {
  const work = useQuery(api, WorkQuery, {});
  const taskError = useSubscription(api, TaskUpdatedSubscription, {}, ({ taskUpdated: { task } }) => {
    if (!task || task.parent) return; // team members and workflow steps show through their parents
    work.update((data) => ({
      ...data,
      active: place(data.active, task, ACTIVE_TASK.includes(task.status)),
      failed: FAILED_TASK.includes(task.status) ? place(data.failed, task, true, FAILURES_SHOWN) : data.failed,
    }));
  });
  const runError = useSubscription(api, RunUpdatedSubscription, {}, ({ workflowRunUpdated: { run } }) => {
    if (!run) return;
    work.update((data) => ({
      ...data,
      activeRuns: place(data.activeRuns, run, ACTIVE_RUN.includes(run.status)),
      failedRuns: run.status === "FAILED" ? place(data.failedRuns, run, true, FAILURES_SHOWN) : data.failedRuns,
    }));
  });
  const data = work.data;
  const active: (TaskRowFragment | RunRowFragment)[] = data ? [...data.activeRuns.edges, ...data.active.edges].map((e) => e.node) : [];
  const failures = data
    ? [...data.failed.edges, ...data.failedRuns.edges].map((e) => e.node).sort((a, b) => (b.completedAt ?? "").localeCompare(a.completedAt ?? "")).slice(0, FAILURES_SHOWN)
    : [];
  return (
    <Panel id="work" title="Work">
      <Problem error={work.error ?? taskError ?? runError} />
      {!data && !work.error && <Loading />}
      {data && (
        <>
          <h3>Queued and running ({active.length})</h3>
          {active.length ? (
            <ul class="work-list" aria-live="polite">
              {active.map((item) => {
                const name = "workflow" in item ? `Workflow ${item.workflow.name}` : (item.task ?? `Task ${item.id}`);
                return (
                  <li key={item.id}>
                    <div class="work-line">
                      <span class="work-name" title={name}>{name}</span>
                      <span class="badge">{item.status}</span>
                    </div>
                    <Progress label={`Progress of ${name}`} value={"progress" in item ? item.progress : null} />
                  </li>
                );
              })}
            </ul>
          ) : (
            <p class="muted">Nothing queued or running.</p>
          )}
          <h3>Recent failures</h3>
          {failures.length ? (
            <ul class="failures">
              {failures.map((item) => (
                <li key={item.id}>
                  <span class="badge status-error">{item.status}</span> <strong>{"workflow" in item ? `Workflow ${item.workflow.name}` : (item.task ?? `Task ${item.id}`)}</strong>{" "}
                  <When at={item.completedAt} />
                  {item.error && <div class="error-text">{item.error}</div>}
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">No failures.</p>
          )}
        </>
      )}
    </Panel>
  );
}
