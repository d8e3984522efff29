// Spawned work (seed 003): a task run by a model, or a team pipeline. Tasks wait in a durable queue in
// the database — HIGH before NORMAL before LOW, first come first served within a priority — and run
// with bounded concurrency. Each holds its worst-case cost against the budget from spawn to finish and
// gives back what it did not spend (the refund). A task is run by an agent — the model's worker agent
// (`worker-<model>`) unless one is named — so its usage, cost and task counts roll up with that agent's.
import type { Clock } from "../../clock.js";
import type { Db, Prisma } from "../../db.js";
import type { Agent, Task } from "../../generated/sqlite/client.js";
import { AppError } from "../../errors.js";
import type { Events } from "../../events.js";
import { newTaskId } from "../../ids.js";
import type { Logger } from "../../logger.js";
import { NO_TELEMETRY, type DomainTelemetry } from "../../telemetry/hooks.js";
import { microsToNumber } from "../../money.js";
import { ensureBuiltInAgent } from "../agents/built-in-agents.js";
import { SYSTEM, type Principal } from "../auth/principal.js";
import type { BudgetService } from "../budget/service.js";
import { isUniqueViolation } from "../prisma-errors.js";
import type { PageQuery, SelectionQuery } from "../query.js";
import type { AgentRuntime } from "../runtime/runtime.js";
import type { WebhookService } from "../webhooks/service.js";
import { DEFAULT_TIMEOUT_SECONDS, FINISHED, PRIORITY_RANK, checkSpawn, type Priority, type TaskStatus } from "./rules.js";
import { TEAMS, memberPrompt, type TeamMember } from "./teams.js";

export interface TaskServiceDeps {
  db: Db;
  events: Events;
  clock: Clock;
  logger: Logger;
  runtime: AgentRuntime;
  budget: BudgetService;
  webhooks: WebhookService;
  /** How many tasks this instance runs at once. */
  concurrency: number;
  telemetry?: DomainTelemetry;
}

export interface SpawnInput {
  task: string;
  model?: string | null;
  agentId?: string | null;
  priority?: Priority | null;
  timeoutSeconds?: number | null;
}

export interface TaskFilter {
  status?: TaskStatus[] | null;
  model?: string | null;
  team?: string | null;
  createdAfter?: Date | null;
  /** Actual cost greater than this, in micro-dollars. */
  costGreaterThanMicros?: number | null;
}

export type TaskOrderField = "createdAt" | "actualCostMicros" | "status";

/** Why a running task was stopped (the abort reason its provider call throws). */
class Stop extends Error {
  constructor(readonly status: "CANCELLED" | "TIMED_OUT" | "SHUTDOWN") {
    super(status === "TIMED_OUT" ? "the task ran out of time" : status === "CANCELLED" ? "the task was cancelled" : "the server stopped");
  }
}

/** A run interrupted this many times (restarts) is failed instead of started again. */
const MAX_ATTEMPTS = 2;
/** A spawned task's hold may wait in the queue this long before the janitor lets it go. */
const HOLD_TTL_MS = 24 * 3_600_000;
const WORKER_TYPE = "subagent";

export function createTaskService({ db, events, clock, logger, runtime, budget, webhooks, concurrency, telemetry = NO_TELEMETRY }: TaskServiceDeps) {
  const running = new Map<string, AbortController>();
  const executions = new Set<Promise<void>>();
  let stopping = false;
  let filling: Promise<void> | null = null;
  let stopListening: (() => Promise<void>) | null = null;
  /** Set by the workflow engine: a workflow step started or finished. */
  let onStepChanged: (task: Task, phase: "started" | "finished") => Promise<void> = async () => {};

  const actorFor = (task: Task): Principal => ({ ...SYSTEM, id: task.requestedBy ?? "system", name: "task runner" });
  const rootOf = (task: Task) => task.workflowRunId ?? task.parentId ?? task.id;
  const publish = (task: Pick<Task, "id" | "status">) => events.publish("taskUpdated", { taskId: task.id, status: task.status, at: clock.now().toISOString() });

  /** The agent that runs a model's tasks. */
  const workerFor = (model: string): Promise<Agent> => ensureBuiltInAgent(db, clock, { name: `worker-${model}`, type: WORKER_TYPE, model, skills: ["spawned tasks"] });

  async function hold(estimateMicros: number) {
    return budget.reserve(estimateMicros, HOLD_TTL_MS);
  }

  /** Records the outcome once (whoever gets there first), gives back the unspent hold, writes the webhook outbox. */
  async function finish(task: Task, outcome: { status: TaskStatus; result?: string | null; error?: string | null }, onlyFrom: TaskStatus[] = ["SPAWNING", "RUNNING"]) {
    const finished = await db.$transaction(async (tx) => {
      const spent = await tx.usageRecord.aggregate({
        where: task.kind === "TEAM" ? { rootRunId: task.id } : { runId: task.id },
        _sum: { costMicros: true },
      });
      const actual = spent._sum.costMicros ?? 0;
      const now = clock.now();
      const updated = await tx.task.updateMany({
        where: { id: task.id, status: { in: onlyFrom } },
        data: {
          status: outcome.status,
          result: outcome.result ?? null,
          error: outcome.error ?? null,
          completedAt: now,
          actualCostMicros: actual,
          refundMicros: Math.max(0, task.estimatedCostMicros - actual),
        },
      });
      if (!updated.count) return null;
      // Agent row before budget rows, the order a model call's record takes: two orders could deadlock on PostgreSQL.
      if (outcome.status === "COMPLETED" && task.agentId) await tx.agent.update({ where: { id: task.agentId }, data: { tasksCompleted: { increment: 1 } } });
      if (task.reservationId) await budget.releaseHold(tx, task.reservationId);
      if (task.kind === "TEAM") {
        await tx.task.updateMany({ where: { parentId: task.id, status: { in: ["SPAWNING", "RUNNING"] } }, data: { status: "CANCELLED", completedAt: now } });
      }
      const done = await tx.task.findUniqueOrThrow({ where: { id: task.id } });
      if (!done.parentId && !done.workflowRunId && outcome.status !== "CANCELLED") {
        await webhooks.enqueue(tx, outcome.status === "COMPLETED" ? "agent.completed" : "agent.failed", {
          agent_id: done.id,
          model: done.model,
          team: done.team,
          task: done.prompt,
          status: done.status.toLowerCase(),
          result: done.result,
          error: done.error,
          cost: microsToNumber(done.actualCostMicros),
        });
      }
      return done;
    });
    if (finished) {
      const began = finished.startedAt ?? finished.createdAt;
      telemetry.taskFinished({ outcome: finished.status, seconds: Math.max(0, (finished.completedAt ?? clock.now()).getTime() - began.getTime()) / 1000 });
      publish(finished);
      if (finished.workflowRunId) await onStepChanged(finished, "finished");
    }
    return finished;
  }

  async function answer(task: Task, agent: Agent, prompt: string, runId: string, purpose: "TASK" | "TEAM_MEMBER" | "WORKFLOW_STEP", signal: AbortSignal) {
    await db.agent.update({ where: { id: agent.id }, data: { tasksAssigned: { increment: 1 } } });
    return runtime.answer({
      actor: actorFor(task),
      agent,
      purpose,
      task: "reply",
      history: [{ role: "user", content: prompt }],
      links: { runId, rootRunId: rootOf(task) },
      prepaid: true, // the task's hold covers it
      signal,
    });
  }

  async function runSingle(task: Task, signal: AbortSignal): Promise<string> {
    const agent = task.agentId ? await db.agent.findUnique({ where: { id: task.agentId } }) : null;
    if (!agent) throw new AppError("agent_not_found", { details: { agent_id: task.agentId } });
    return (await answer(task, agent, task.prompt, task.id, task.workflowRunId ? "WORKFLOW_STEP" : "TASK", signal)).text;
  }

  /** A team is a pipeline: each member reads the previous member's output. Completed members are kept across restarts. */
  async function runTeam(team: Task, signal: AbortSignal): Promise<string> {
    const members = await db.task.findMany({ where: { parentId: team.id }, orderBy: { position: "asc" } });
    const outputs: string[] = [];
    let previous: string | null = null;
    for (const member of members) {
      if (member.status === "COMPLETED") {
        outputs.push(`## ${member.role}\n${member.result}`);
        previous = member.result;
        continue;
      }
      const prompt = memberPrompt(team.team!, { role: member.role!, model: member.model! }, team.prompt, previous);
      const started = await db.task.update({ where: { id: member.id }, data: { status: "RUNNING", prompt, startedAt: clock.now(), attempts: { increment: 1 } } });
      publish(started);
      const agent = await db.agent.findUniqueOrThrow({ where: { id: member.agentId! } });
      try {
        const reply = await answer(team, agent, prompt, member.id, "TEAM_MEMBER", signal);
        const spent = await db.usageRecord.aggregate({ where: { runId: member.id }, _sum: { costMicros: true } });
        const done = await db.task.update({
          where: { id: member.id },
          data: { status: "COMPLETED", result: reply.text, completedAt: clock.now(), actualCostMicros: spent._sum.costMicros ?? 0 },
        });
        await db.agent.update({ where: { id: agent.id }, data: { tasksCompleted: { increment: 1 } } });
        publish(done);
        outputs.push(`## ${member.role}\n${reply.text}`);
        previous = reply.text;
      } catch (error) {
        const status: TaskStatus = error instanceof Stop && error.status !== "SHUTDOWN" ? error.status : "FAILED";
        if (!(error instanceof Stop && error.status === "SHUTDOWN")) {
          publish(await db.task.update({ where: { id: member.id }, data: { status, error: (error as Error).message, completedAt: clock.now() } }));
        }
        throw error;
      }
    }
    return outputs.join("\n\n");
  }

  async function execute(task: Task): Promise<void> {
    const controller = new AbortController();
    running.set(task.id, controller);
    const timer = setTimeout(() => controller.abort(new Stop("TIMED_OUT")), task.timeoutSeconds * 1000);
    try {
      const result = task.kind === "TEAM" ? await runTeam(task, controller.signal) : await runSingle(task, controller.signal);
      await finish(task, { status: "COMPLETED", result });
    } catch (error) {
      const reason = controller.signal.aborted ? controller.signal.reason : error;
      if (reason instanceof Stop && reason.status === "SHUTDOWN") return; // still RUNNING: resumed at the next start
      const status: TaskStatus = reason instanceof Stop && reason.status !== "SHUTDOWN" ? reason.status : "FAILED";
      const message = reason instanceof AppError ? `${reason.code}: ${reason.message}` : (reason as Error).message;
      if (!(reason instanceof AppError) && !(reason instanceof Stop)) logger.error({ err: reason, taskId: task.id }, "task failed unexpectedly");
      await finish(task, { status, error: message });
    } finally {
      clearTimeout(timer);
      running.delete(task.id);
    }
  }

  /** Starts queued tasks while there is room: the highest priority first, then the oldest. */
  async function startWhileRoom(): Promise<void> {
    while (!stopping && running.size < concurrency) {
      const next = await db.task.findFirst({ where: { status: "SPAWNING", parentId: null }, orderBy: [{ priorityRank: "desc" }, { seq: "asc" }] });
      if (!next) return;
      const claimed = await db.task.updateMany({
        where: { id: next.id, status: "SPAWNING" },
        data: { status: "RUNNING", startedAt: clock.now(), attempts: { increment: 1 } },
      });
      if (!claimed.count) continue; // another instance took it
      const task = await db.task.findUniqueOrThrow({ where: { id: next.id } });
      publish(task);
      if (task.workflowRunId) void onStepChanged(task, "started");
      const execution: Promise<void> = execute(task).finally(() => {
        executions.delete(execution);
        void kick();
      });
      executions.add(execution);
    }
  }

  /** One filler at a time (`filling` is cleared only after it is set, even when there is no room at all). */
  function fill(): Promise<void> {
    filling ??= startWhileRoom().finally(() => {
      filling = null;
    });
    return filling;
  }

  function kick(): Promise<void> {
    return filling ? filling.then(() => fill()) : fill();
  }

  /** A running task stops on whichever instance runs it; this waits (10 s at most) until it has. */
  async function untilFinished(id: string): Promise<Task> {
    const until = Date.now() + 10_000;
    for (;;) {
      const current = await db.task.findUniqueOrThrow({ where: { id } });
      if (FINISHED.includes(current.status as TaskStatus) || Date.now() > until) return current;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  type NewTask = Omit<Prisma.TaskUncheckedCreateInput, "id" | "seq" | "status" | "createdAt" | "priorityRank" | "estimatedCostMicros" | "reservationId"> & { priority: Priority };
  type TeamPlan = { id: string; members: readonly TeamMember[]; agents: Agent[] };

  /** A team's members, the agents that run them and what the pipeline may cost at most. */
  async function planTeam(team: string, prompt: string): Promise<{ plan: TeamPlan; estimate: number }> {
    const members = TEAMS[team]!;
    const agents = await Promise.all(members.map((m) => workerFor(m.model)));
    // Each member reads the task and, at most, the previous member's whole answer.
    const estimate = members.reduce((sum, m, i) => sum + runtime.worstCaseMicros(agents[i]!, memberPrompt(team, m, prompt, ""), i ? agents[i - 1]!.maxTokens : 0), 0);
    return { plan: { id: team, members, agents }, estimate };
  }

  /**
   * Holds the estimate against the budget, then writes the task — and a team's member runs, in the same
   * transaction, so the queue never sees a team without its members — and wakes the queue. The hold is
   * given back if the task cannot be written.
   */
  async function queue(data: NewTask, estimate: number, team: TeamPlan | null = null): Promise<Task> {
    const reservation = await hold(estimate);
    try {
      const task = await db.$transaction(async (tx) => {
        const now = clock.now();
        const row = (fields: NewTask & { estimatedCostMicros?: number; reservationId?: string | null }) =>
          tx.task.create({ data: { ...fields, id: newTaskId(now), status: "SPAWNING", priorityRank: PRIORITY_RANK[fields.priority], createdAt: now } });
        const created = await row({ ...data, estimatedCostMicros: estimate, reservationId: reservation?.id ?? null });
        for (const [position, member] of (team?.members ?? []).entries()) {
          const { priority, prompt, timeoutSeconds, requestedBy } = data;
          await row({ kind: "MEMBER", priority, prompt, timeoutSeconds, requestedBy, model: member.model, role: member.role, agentId: team!.agents[position]!.id, parentId: created.id, position });
        }
        return created;
      });
      publish(task);
      void kick();
      return task;
    } catch (error) {
      await budget.release(reservation);
      throw error;
    }
  }

  const spawnableModels = () => runtime.catalogue.list().map((m) => m.name);

  return {
    /** Seed 003 "Spawn Agent": queued at once (SPAWNING), its estimated cost held against the budget. */
    async spawn(actor: Principal, input: SpawnInput): Promise<Task> {
      checkSpawn({ ...input, model: input.agentId ? null : (input.model ?? null) }, spawnableModels());
      if (!input.agentId && !input.model) {
        throw new AppError("VALIDATION_ERROR", { message: "Give a model (or an agent) to run the task", details: { fields: [{ field: "model", message: "is required" }] } });
      }
      const agent = input.agentId ? await db.agent.findUnique({ where: { id: input.agentId } }) : await workerFor(input.model!);
      if (!agent) throw new AppError("agent_not_found", { details: { agent_id: input.agentId } });
      return queue(
        {
          kind: "SINGLE",
          priority: input.priority ?? "NORMAL",
          prompt: input.task,
          model: agent.model,
          agentId: agent.id,
          timeoutSeconds: input.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
          requestedBy: actor.id,
        },
        runtime.worstCaseMicros(agent, input.task),
      );
    },

    /** Seed 003 "Spawn Team": one team run with a member run per member, run as a pipeline. */
    async spawnTeam(actor: Principal, input: { team: string; task: string; priority?: Priority | null; timeoutSeconds?: number | null }): Promise<Task> {
      checkSpawn(input, spawnableModels());
      const { plan, estimate } = await planTeam(input.team, input.task);
      return queue(
        {
          kind: "TEAM",
          priority: input.priority ?? "NORMAL",
          prompt: input.task,
          team: input.team,
          timeoutSeconds: input.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
          requestedBy: actor.id,
        },
        estimate,
        plan,
      );
    },

    /** A workflow step: queued like any task, at the workflow run's priority. Throws budget_exceeded when it cannot be held. */
    async enqueueStep(step: { workflowRunId: string; stepKey: string; agent: Agent | null; team: string | null; prompt: string; priority: Priority; requestedBy: string | null; timeoutSeconds: number }): Promise<Task | null> {
      const team = step.team ? await planTeam(step.team, step.prompt) : null;
      try {
        return await queue(
          {
            kind: team ? "TEAM" : "SINGLE",
            priority: step.priority,
            prompt: step.prompt,
            model: step.agent?.model ?? null,
            agentId: step.agent?.id ?? null,
            team: step.team,
            workflowRunId: step.workflowRunId,
            stepKey: step.stepKey,
            timeoutSeconds: step.timeoutSeconds,
            requestedBy: step.requestedBy,
          },
          team ? team.estimate : runtime.worstCaseMicros(step.agent!, step.prompt),
          team?.plan,
        );
      } catch (error) {
        if (isUniqueViolation(error)) return null; // the step was already started by a concurrent advance
        throw error;
      }
    },

    async get(_actor: Principal, id: string, query: SelectionQuery = {}): Promise<Task> {
      const task = await db.task.findUnique({ ...(query as object), where: { id } });
      if (!task) throw new AppError("task_not_found", { details: { agent_id: id } });
      return task;
    },

    /** Spawned tasks and team runs (members and workflow steps are reached through their parents). */
    list(_actor: Principal, { filter, orderBy, offset }: { filter?: TaskFilter | null; orderBy?: { field: TaskOrderField; direction: "asc" | "desc" } | null; offset?: number | null }, query: PageQuery) {
      const order = orderBy ?? { field: "createdAt", direction: "desc" };
      return db.task.findMany({ ...(query as object), skip: query.cursor ? query.skip : (offset ?? 0) + (query.skip ?? 0), where: where(filter), orderBy: [{ [order.field]: order.direction }, { seq: order.direction }] });
    },

    count: (_actor: Principal, filter?: TaskFilter | null) => db.task.count({ where: where(filter) }),

    /** Seed 003 list meta: total actual cost, and how many per model. */
    async stats(_actor: Principal, filter?: TaskFilter | null) {
      const [sum, byModel] = await Promise.all([
        db.task.aggregate({ where: where(filter), _sum: { actualCostMicros: true } }),
        db.task.groupBy({ by: ["model"], where: where(filter), _count: { _all: true } }),
      ]);
      return {
        totalCostMicros: sum._sum.actualCostMicros ?? 0,
        byModel: byModel.filter((g) => g.model !== null).map((g) => ({ model: g.model!, count: g._count._all })),
      };
    },

    /** Team members of a team run (or of a workflow step run by a team), in pipeline order. */
    members: (_actor: Principal, teamId: string) => db.task.findMany({ where: { parentId: teamId }, orderBy: { position: "asc" } }),

    /**
     * Stops a queued or running task; the unspent part of its hold is refunded. A running task stops
     * on whichever instance runs it (the request travels over pub/sub).
     */
    async cancel(actor: Principal, id: string): Promise<Task> {
      const task = await this.get(actor, id);
      if (task.parentId) throw new AppError("task_not_cancellable", { message: "Cancel the team run, not one of its members", details: { agent_id: id } });
      if (FINISHED.includes(task.status as TaskStatus)) {
        throw new AppError("task_not_cancellable", { details: { agent_id: id, status: task.status } });
      }
      const beforeStart = await finish(task, { status: "CANCELLED", error: "cancelled before it started" }, ["SPAWNING"]);
      if (beforeStart) return beforeStart;
      events.publish("taskCancelRequested", { taskId: id, at: clock.now().toISOString() });
      return untilFinished(id);
    },

    /** Used by the workflow engine to stop a step; resolves once it has stopped. */
    async stopStep(task: Task): Promise<void> {
      const beforeStart = await finish(task, { status: "CANCELLED", error: "the workflow run was cancelled" }, ["SPAWNING"]);
      if (beforeStart) return;
      events.publish("taskCancelRequested", { taskId: task.id, at: clock.now().toISOString() });
      await untilFinished(task.id);
    },

    async updates(actor: Principal, taskId: string) {
      await this.get(actor, taskId);
      return await events.subscribe("taskUpdated", (e) => e.taskId === taskId);
    },

    onStepChanged(hook: (task: Task, phase: "started" | "finished") => Promise<void>) {
      onStepChanged = hook;
    },

    workerFor,

    kick,

    /** Start-up: runs interrupted by a stop are queued again (teams keep their finished members), or failed after two tries. */
    async start(): Promise<void> {
      stopping = false;
      const interrupted = await db.task.findMany({ where: { status: "RUNNING" } });
      for (const task of interrupted) {
        if (task.parentId) {
          await db.task.update({ where: { id: task.id }, data: { status: "SPAWNING" } });
        } else if (task.attempts >= MAX_ATTEMPTS) {
          await finish(task, { status: "FAILED", error: `interrupted by a server stop ${task.attempts} times` });
        } else {
          publish(await db.task.update({ where: { id: task.id }, data: { status: "SPAWNING", error: "resumed after the server stopped while it ran" } }));
        }
      }
      stopListening = await events.listen("taskCancelRequested", ({ taskId }) => running.get(taskId)?.abort(new Stop("CANCELLED")));
      await kick();
    },

    /** Shutdown: no new starts; running calls are stopped and left RUNNING, to resume at the next start. */
    async stop(): Promise<void> {
      stopping = true;
      await filling;
      for (const controller of running.values()) controller.abort(new Stop("SHUTDOWN"));
      await Promise.allSettled([...executions]);
      await stopListening?.();
    },

    /** Resolves when nothing is queued or running here (tests). */
    async idle(): Promise<void> {
      while (executions.size || filling) await Promise.allSettled([...executions, filling]);
    },
  };

  function where(filter: TaskFilter | null | undefined): Prisma.TaskWhereInput {
    return {
      parentId: null,
      workflowRunId: null,
      ...(filter?.status?.length ? { status: { in: filter.status } } : {}),
      ...(filter?.model ? { model: filter.model } : {}),
      ...(filter?.team ? { team: filter.team } : {}),
      ...(filter?.createdAfter ? { createdAt: { gt: filter.createdAfter } } : {}),
      ...(filter?.costGreaterThanMicros != null ? { actualCostMicros: { gt: filter.costGreaterThanMicros } } : {}),
    };
  }
}

export type TaskService = ReturnType<typeof createTaskService>;
