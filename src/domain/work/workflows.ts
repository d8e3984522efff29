// Workflows (seed 004) and the C-suite meeting (seed 001 QuestFlow). A run starts every step whose
// dependencies are done — independent steps run in parallel — through the same durable task queue as
// spawned tasks; progress is the share of finished steps. Everything is in the database, so a restart
// picks a run up where it was.
import type { Clock } from "../../clock.js";
import type { Db, Prisma } from "../../db.js";
import type { Agent, Task, Workflow, WorkflowRun } from "../../generated/sqlite/client.js";
import { AppError } from "../../errors.js";
import type { Events, WorkflowRunUpdatedEvent } from "../../events.js";
import { newId } from "../../ids.js";
import type { Logger } from "../../logger.js";
import { microsToNumber } from "../../money.js";
import { ensureBuiltInAgent } from "../agents/built-in-agents.js";
import type { Principal } from "../auth/principal.js";
import { uniqueViolationOn } from "../prisma-errors.js";
import type { PageQuery, SelectionQuery } from "../query.js";
import type { ModelCatalogue } from "../runtime/catalogue.js";
import { createSessionTurns } from "../sessions/turns.js";
import type { WebhookService } from "../webhooks/service.js";
import { DEFAULT_TIMEOUT_SECONDS, FINISHED, type Priority, type TaskStatus } from "./rules.js";
import type { TaskService } from "./tasks.js";
import { TEAMS } from "./teams.js";
import { checkDefinition, render, STEP_KINDS, type StepDefinition } from "./workflow-definition.js";
import { taskWhere, workflowRunWhere, workflowWhere, type WorkAccess } from "./visibility.js";

export interface WorkflowServiceDeps {
  db: Db;
  events: Events;
  clock: Clock;
  logger: Logger;
  tasks: TaskService;
  webhooks: WebhookService;
  catalogue: ModelCatalogue;
}

export type BusyPolicy = "REJECT" | "ENQUEUE";

export interface StepRun {
  key: string;
  kind: (typeof STEP_KINDS)[number];
  dependsOn: string[];
  /** PENDING until its dependencies are done; then its task's status. */
  status: "PENDING" | TaskStatus;
  task: Task | null;
}

export interface CsuiteMeeting {
  meetingId: string;
  participants: string[];
  agenda: string[];
  outcomes: string[];
  duration: string;
  status: string;
  timestamp: Date;
  error: string | null;
}

const ACTIVE = ["QUEUED", "RUNNING"];

/** The C-suite of seed 001 ("CEO Mimi", "CTO Alex", …), created as agents on first use. */
const CSUITE = [
  { key: "ceo", role: "CEO", name: "ceo-mimi", type: "ceo_mimi" },
  { key: "cto", role: "CTO", name: "cto-alex", type: "cto_alex" },
  { key: "cfo", role: "CFO", name: "cfo-cash", type: "cfo_cash" },
  { key: "cmo", role: "CMO", name: "cmo-anova", type: "cmo_anova" },
] as const;
const CSUITE_WORKFLOW = "csuite-meeting";
const DEFAULT_AGENDA = ["Review quarterly performance", "Discuss new initiatives"];

/** One line of a contribution: its first sentence of substance (a short greeting is skipped), at most 200 characters. */
function gist(text: string): string {
  const sentences = text.match(/[^.!?]+[.!?]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [];
  const line = sentences.find((s) => s.length >= 25) ?? sentences[0] ?? text.trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

export function createWorkflowService({ db, events, clock, logger, tasks, webhooks, catalogue }: WorkflowServiceDeps) {
  const turns = createSessionTurns(); // one advance at a time per run
  const stepsOf = (workflow: Workflow) => workflow.steps as unknown as StepDefinition[];

  const publish = (run: Pick<WorkflowRun, "id" | "progress">, kind: WorkflowRunUpdatedEvent["kind"], stepKey?: string) =>
    events.publish("workflowRunUpdated", { runId: run.id, kind, ...(stepKey ? { stepKey } : {}), progress: run.progress, at: clock.now().toISOString() });

  async function known() {
    const agents = await db.agent.findMany({ select: { id: true } });
    return { agents: new Set(agents.map((a) => a.id)), models: catalogue.list().map((m) => m.name), teams: Object.keys(TEAMS) };
  }

  async function finishRun(run: WorkflowRun, status: "COMPLETED" | "FAILED" | "CANCELLED", outcome: { output?: Prisma.InputJsonValue; error?: string }) {
    const done = await db.$transaction(async (tx) => {
      const now = clock.now();
      const updated = await tx.workflowRun.updateMany({
        where: { id: run.id, status: { in: ACTIVE } },
        data: { status, output: outcome.output, error: outcome.error ?? null, completedAt: now, ...(status === "COMPLETED" ? { progress: 100 } : {}) },
      });
      if (!updated.count) return null;
      const finished = await tx.workflowRun.findUniqueOrThrow({ where: { id: run.id }, include: { workflow: true } });
      if (status !== "CANCELLED") {
        const cost = await tx.usageRecord.aggregate({ where: { rootRunId: run.id }, _sum: { costMicros: true } });
        await webhooks.enqueue(tx, status === "COMPLETED" ? "workflow.completed" : "workflow.failed", {
          run_id: run.id,
          workflow_id: finished.workflowId,
          workflow: finished.workflow.name,
          status: status.toLowerCase(),
          output: finished.output,
          error: finished.error,
          cost: microsToNumber(cost._sum.costMicros ?? 0),
        });
      }
      return finished;
    });
    if (!done) return;
    publish(done, status === "COMPLETED" ? "RUN_COMPLETED" : status === "FAILED" ? "RUN_FAILED" : "RUN_CANCELLED");
    await startNext(run.workflowId);
  }

  /** ENQUEUE: when a run of a workflow finishes, its oldest queued run starts. */
  async function startNext(workflowId: string) {
    const next = await db.workflowRun.findFirst({ where: { workflowId, status: "QUEUED" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    if (next && !(await db.workflowRun.count({ where: { workflowId, status: "RUNNING" } }))) await start(next);
  }

  async function start(run: WorkflowRun) {
    const started = await db.workflowRun.updateMany({ where: { id: run.id, status: "QUEUED" }, data: { status: "RUNNING", startedAt: clock.now() } });
    if (!started.count) return;
    publish(run, "RUN_STARTED");
    await advance(run.id);
  }

  /**
   * Starts what is ready, records progress, finishes the run when every step is done or one failed.
   * `finished` is the step whose end prompted this: announced with the progress it brought.
   */
  function advance(runId: string, finished?: Task): Promise<void> {
    return turns.run(runId, async () => {
      const run = await db.workflowRun.findUnique({ where: { id: runId }, include: { workflow: true } });
      if (!run || run.status !== "RUNNING") return;
      const steps = stepsOf(run.workflow);
      const byKey = new Map((await db.task.findMany({ where: { workflowRunId: runId } })).map((t) => [t.stepKey!, t]));

      const failed = steps.map((s) => byKey.get(s.key)).find((t) => t && FINISHED.includes(t.status as TaskStatus) && t.status !== "COMPLETED");
      if (failed) {
        if (finished) publish(run, "STEP_FAILED", finished.stepKey!);
        for (const task of byKey.values()) if (!FINISHED.includes(task.status as TaskStatus)) await tasks.stopStep(task);
        await finishRun(run, "FAILED", { error: `step ${failed.stepKey} ${failed.status.toLowerCase()}: ${failed.error ?? ""}`.trim() });
        return;
      }

      const outputs = Object.fromEntries([...byKey.values()].filter((t) => t.status === "COMPLETED").map((t) => [t.stepKey!, t.result ?? ""]));
      const progress = Math.round((100 * Object.keys(outputs).length) / steps.length);
      if (progress !== run.progress) {
        await db.workflowRun.update({ where: { id: runId }, data: { progress } });
        run.progress = progress;
      }
      if (finished) publish(run, finished.status === "COMPLETED" ? "STEP_COMPLETED" : "STEP_FAILED", finished.stepKey!);
      if (Object.keys(outputs).length === steps.length) {
        // The result is what the last steps (those nothing depends on) produced.
        const sinks = steps.filter((s) => !steps.some((other) => (other.dependsOn ?? []).includes(s.key))).map((s) => s.key);
        await finishRun(run, "COMPLETED", { output: { steps: outputs, result: sinks.length === 1 ? outputs[sinks[0]!]! : Object.fromEntries(sinks.map((k) => [k, outputs[k]])) } });
        return;
      }

      for (const step of steps) {
        if (byKey.has(step.key) || !(step.dependsOn ?? []).every((dep) => outputs[dep] !== undefined)) continue;
        try {
          const agent: Agent | null =
            step.kind === "AGENT" ? await db.agent.findUnique({ where: { id: step.agentId! } }) : step.kind === "MODEL" ? await tasks.workerFor(step.model!) : null;
          if (step.kind === "AGENT" && !agent) throw new AppError("agent_not_found", { details: { agent_id: step.agentId } });
          await tasks.enqueueStep({
            workflowRunId: runId,
            stepKey: step.key,
            agent,
            team: step.kind === "TEAM" ? step.team! : null,
            prompt: render(step.prompt, run.input as Record<string, unknown>, outputs),
            priority: run.priority as Priority,
            requestedBy: run.requestedBy,
            timeoutSeconds: step.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
          });
        } catch (error) {
          // A step that cannot even be queued (no budget left, agent gone) fails the run.
          if (!(error instanceof AppError)) logger.error({ err: error, runId, step: step.key }, "workflow step could not be queued");
          for (const task of byKey.values()) if (!FINISHED.includes(task.status as TaskStatus)) await tasks.stopStep(task);
          await finishRun(run, "FAILED", { error: `step ${step.key} could not start: ${error instanceof AppError ? `${error.code}: ${error.message}` : (error as Error).message}` });
          return;
        }
      }
    });
  }

  tasks.onStepChanged(async (task, phase) => {
    const run = await db.workflowRun.findUnique({ where: { id: task.workflowRunId! } });
    if (!run) return;
    if (phase === "started") return publish(run, "STEP_STARTED", task.stepKey!);
    await advance(run.id, task).catch((error: unknown) => logger.error({ err: error, runId: run.id }, "workflow advance failed"));
  });

  /** The run if the actor may see it (its input and output with `content`); to anyone else it does not exist. */
  async function getRun(actor: Principal, id: string, query: SelectionQuery = {}, access: WorkAccess = "metadata"): Promise<WorkflowRun> {
    const run = await db.workflowRun.findFirst({ ...(query as object), where: { id, ...workflowRunWhere(actor, access) } });
    if (!run) throw new AppError("workflow_run_not_found", { details: { run_id: id } });
    return run;
  }

  const service = {
    async create(actor: Principal, input: { name: string; description?: string | null; steps: StepDefinition[] }, builtin = false): Promise<Workflow> {
      const name = input.name.trim();
      if (!name || name.length > 100) throw new AppError("invalid_workflow", { details: { fields: [{ field: "name", message: "must be 1–100 characters" }] } });
      checkDefinition(input.steps, await known());
      try {
        return await db.workflow.create({
          data: {
            id: newId("wf", clock.now()),
            name,
            description: input.description ?? "",
            steps: input.steps.map((s) => ({ ...s, dependsOn: s.dependsOn ?? [] })) as unknown as Prisma.InputJsonValue,
            builtin,
            createdBy: actor.id,
            createdAt: clock.now(),
          },
        });
      } catch (error) {
        if (uniqueViolationOn(error, "Workflow", ["name"])) throw new AppError("workflow_name_taken", { details: { name } });
        throw error;
      }
    },

    async get(actor: Principal, id: string, query: SelectionQuery = {}, access: WorkAccess = "metadata"): Promise<Workflow> {
      const workflow = await db.workflow.findFirst({ ...(query as object), where: { id, ...workflowWhere(actor, access) } });
      if (!workflow) throw new AppError("workflow_not_found", { details: { workflow_id: id } });
      return workflow;
    },

    list: (actor: Principal, query: PageQuery) => db.workflow.findMany({ ...(query as object), where: workflowWhere(actor), orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    count: (actor: Principal) => db.workflow.count({ where: workflowWhere(actor) }),

    /**
     * Runs a workflow. While another run of it is queued or running, REJECT fails with workflow_busy
     * and ENQUEUE (default) waits for it to finish.
     */
    async run(actor: Principal, workflowId: string, args: { input?: Record<string, unknown> | null; onBusy?: BusyPolicy | null; priority?: Priority | null }): Promise<WorkflowRun> {
      const workflow = await this.get(actor, workflowId, {}, "content");
      const input = args.input ?? {};
      const { requiredInputs } = checkDefinition(stepsOf(workflow), await known());
      const missing = requiredInputs.filter((name) => input[name] === undefined);
      if (missing.length) {
        throw new AppError("VALIDATION_ERROR", { message: "The workflow needs more input", details: { fields: missing.map((name) => ({ field: `input.${name}`, message: "is required by a step" })) } });
      }
      return turns.run(`workflow:${workflowId}`, async () => {
        const active = await db.workflowRun.findFirst({ where: { workflowId, status: { in: ACTIVE } }, orderBy: { createdAt: "asc" } });
        if (active && args.onBusy === "REJECT") throw new AppError("workflow_busy", { details: { workflow_id: workflowId, run_in_progress: active.id } });
        const run = await db.workflowRun.create({
          data: { id: newId("wfr", clock.now()), workflowId, status: "QUEUED", priority: args.priority ?? "NORMAL", input: input as Prisma.InputJsonValue, requestedBy: actor.id, createdAt: clock.now() },
        });
        if (active) publish(run, "RUN_QUEUED");
        else await start(run);
        return db.workflowRun.findUniqueOrThrow({ where: { id: run.id } });
      });
    },

    getRun,

    listRuns(actor: Principal, filter: { workflowId?: string | null; status?: string[] | null } | null | undefined, query: PageQuery) {
      return db.workflowRun.findMany({
        ...(query as object),
        where: { ...workflowRunWhere(actor), ...(filter?.workflowId ? { workflowId: filter.workflowId } : {}), ...(filter?.status?.length ? { status: { in: filter.status } } : {}) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
    },

    countRuns: (actor: Principal, filter?: { workflowId?: string | null; status?: string[] | null } | null) =>
      db.workflowRun.count({ where: { ...workflowRunWhere(actor), ...(filter?.workflowId ? { workflowId: filter.workflowId } : {}), ...(filter?.status?.length ? { status: { in: filter.status } } : {}) } }),

    /** Every step of the definition, with its task once it has one. */
    async stepRuns(actor: Principal, run: WorkflowRun): Promise<StepRun[]> {
      const workflow = await db.workflow.findUniqueOrThrow({ where: { id: run.workflowId } });
      const byKey = new Map((await db.task.findMany({ where: { workflowRunId: run.id, ...taskWhere(actor) } })).map((t) => [t.stepKey!, t]));
      return stepsOf(workflow).map((s) => ({ key: s.key, kind: s.kind, dependsOn: s.dependsOn ?? [], status: (byKey.get(s.key)?.status as TaskStatus) ?? "PENDING", task: byKey.get(s.key) ?? null }));
    },

    async cancelRun(actor: Principal, runId: string): Promise<WorkflowRun> {
      const run = await getRun(actor, runId, {}, "content");
      if (!ACTIVE.includes(run.status)) throw new AppError("workflow_run_not_cancellable", { details: { run_id: runId, status: run.status } });
      await finishRun(run, "CANCELLED", { error: `cancelled by ${actor.name}` });
      for (const task of await db.task.findMany({ where: { workflowRunId: runId, status: { in: ["SPAWNING", "RUNNING"] } } })) await tasks.stopStep(task);
      return db.workflowRun.findUniqueOrThrow({ where: { id: runId } });
    },

    async updates(actor: Principal, runId: string) {
      await getRun(actor, runId);
      return await events.subscribe("workflowRunUpdated", (e) => e.runId === runId);
    },

    /**
     * Runs with no step queued or running are advanced: the instance that finished their last step may
     * have died before starting the next ones. Safe on every instance (a step is started once, a run
     * finished once).
     */
    async sweep(): Promise<number> {
      const stalled = await db.workflowRun.findMany({
        where: { status: "RUNNING", NOT: { steps: { some: { status: { in: ["SPAWNING", "RUNNING"] } } } } },
        select: { id: true },
        take: 100,
      });
      for (const { id } of stalled) await advance(id);
      return stalled.length;
    },

    /** At start-up: running runs carry on (their queued steps run; missing steps are started). */
    async recover(): Promise<void> {
      for (const run of await db.workflowRun.findMany({ where: { status: "RUNNING" } })) await advance(run.id);
      for (const { workflowId } of await db.workflowRun.findMany({ where: { status: "QUEUED" }, distinct: ["workflowId"], select: { workflowId: true } })) {
        await startNext(workflowId);
      }
    },

    /** Seed 001 QuestFlow: the CEO, CTO, CFO and CMO each give their position, then the CEO states the outcomes. */
    async conductCsuiteMeeting(actor: Principal, agenda: string[] | null | undefined, timeoutMs = 120_000): Promise<CsuiteMeeting> {
      const items = agenda?.length ? agenda : DEFAULT_AGENDA;
      const agents = await ensureCsuite();
      const workflow = await ensureCsuiteWorkflow(actor, agents);
      const begun = Date.now();
      const run = await this.run(actor, workflow.id, { input: { agenda: items.join("; ") }, onBusy: "ENQUEUE", priority: "HIGH" });
      let finished = run;
      while (ACTIVE.includes(finished.status) && Date.now() - begun < timeoutMs) {
        await new Promise((r) => setTimeout(r, 25));
        finished = await db.workflowRun.findUniqueOrThrow({ where: { id: run.id } });
      }
      const outputs = ((finished.output as { steps?: Record<string, string> } | null)?.steps ?? {}) as Record<string, string>;
      const seconds = (Date.now() - begun) / 1000;
      return {
        meetingId: finished.id,
        participants: CSUITE.map((c) => c.role),
        agenda: items,
        outcomes: finished.status === "COMPLETED" ? [...CSUITE.map((c) => `${c.role}: ${gist(outputs[c.key] ?? "")}`), `Decision: ${gist(outputs.outcomes ?? "")}`] : [],
        duration: `${seconds.toFixed(1)} seconds`,
        status: finished.status === "COMPLETED" ? "completed" : finished.status.toLowerCase(),
        timestamp: finished.completedAt ?? clock.now(),
        error: finished.error,
      };
    },
  };

  async function ensureCsuite(): Promise<Record<string, Agent>> {
    const found: Record<string, Agent> = {};
    for (const member of CSUITE) found[member.key] = await ensureBuiltInAgent(db, clock, { name: member.name, type: member.type, model: "builtin", skills: ["leadership"] });
    return found;
  }

  async function ensureCsuiteWorkflow(actor: Principal, agents: Record<string, Agent>): Promise<Workflow> {
    const steps: StepDefinition[] = [
      ...CSUITE.map((c) => ({
        key: c.key,
        kind: "AGENT" as const,
        agentId: agents[c.key]!.id,
        prompt: `Meeting agenda: {{input.agenda}}\nAs the ${c.role}, give your position and one decision you propose.`,
      })),
      {
        key: "outcomes",
        kind: "AGENT" as const,
        agentId: agents.ceo!.id,
        dependsOn: CSUITE.map((c) => c.key),
        prompt: `As chair, state the outcomes agreed on {{input.agenda}}, given:\n${CSUITE.map((c) => `${c.role}: {{steps.${c.key}.output}}`).join("\n")}`,
      },
    ];
    const existing = await db.workflow.findUnique({ where: { name: CSUITE_WORKFLOW } });
    if (!existing) {
      return service.create(actor, { name: CSUITE_WORKFLOW, description: "Seed 001 QuestFlow: a C-suite coordination meeting.", steps }, true).catch(async (error: unknown) => {
        if (error instanceof AppError && error.code === "workflow_name_taken") return db.workflow.findUniqueOrThrow({ where: { name: CSUITE_WORKFLOW } });
        throw error;
      });
    }
    // The C-suite agents may have been recreated: keep the built-in definition pointing at them.
    return db.workflow.update({ where: { id: existing.id }, data: { steps: steps.map((s) => ({ ...s, dependsOn: s.dependsOn ?? [] })) as unknown as Prisma.InputJsonValue } });
  }

  return service;
}

