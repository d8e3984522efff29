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
import { uniqueViolationOn } from "../prisma-errors.js";
import { whenAborted } from "../../shutdown.js";
import type { PageQuery, SelectionQuery } from "../query.js";
import { ServerStopping, type AgentRuntime } from "../runtime/runtime.js";
import type { WebhookService } from "../webhooks/service.js";
import { DEFAULT_TIMEOUT_SECONDS, FINISHED, PRIORITY_RANK, checkSpawn, type Priority, type TaskStatus } from "./rules.js";
import { TEAMS, memberPrompt, type TeamMember } from "./teams.js";
import { taskWhere, type WorkAccess } from "./visibility.js";

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
  /** This process, as the owner of the leases it takes. */
  instanceId: string;
  /** How long a lease lasts without renewal (renewed every third of it). */
  leaseMs: number;
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
  constructor(readonly status: "CANCELLED" | "TIMED_OUT" | "SHUTDOWN" | "LEASE_LOST") {
    super(
      { TIMED_OUT: "the task ran out of time", CANCELLED: "the task was cancelled", SHUTDOWN: "the server stopped", LEASE_LOST: "another instance took the task over" }[status],
    );
  }
}

/** Stopped by this instance's shutdown (its own abort, or the runtime's): the task is handed back, not failed. */
const isShutdown = (reason: unknown) => (reason instanceof Stop && reason.status === "SHUTDOWN") || reason instanceof ServerStopping;

/** A task whose instance died this many times while running it (a crash loop) is failed instead of taken over again. */
const MAX_LOST_LEASES = 3;
/** A spawned task's hold may wait in the queue this long before the janitor lets it go. */
const HOLD_TTL_MS = 24 * 3_600_000;
const WORKER_TYPE = "subagent";

export function createTaskService({ db, events, clock, logger, runtime, budget, webhooks, concurrency, instanceId, leaseMs, telemetry = NO_TELEMETRY }: TaskServiceDeps) {
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

  /** The run this instance holds: its lease, for this attempt. Every write about the run is conditional on it. */
  const ownRun = (task: Task): Prisma.TaskWhereInput => ({ id: task.id, status: "RUNNING", leaseOwner: instanceId, attempts: task.attempts });
  const leaseUntil = () => new Date(clock.now().getTime() + leaseMs);

  /**
   * Records the outcome once, whoever gets there first: the row changes only while `guard` holds (by
   * default: this instance's lease on this attempt), so a run whose lease was taken over settles nothing.
   * Gives back the unspent hold and writes the webhook outbox in the same transaction.
   */
  async function finish(task: Task, outcome: { status: TaskStatus; result?: string | null; error?: string | null }, guard: Prisma.TaskWhereInput = ownRun(task)) {
    const finished = await db.$transaction(async (tx) => {
      const spent = await tx.usageRecord.aggregate({
        where: task.kind === "TEAM" ? { rootRunId: task.id } : { runId: task.id },
        _sum: { costMicros: true },
      });
      const actual = spent._sum.costMicros ?? 0;
      const now = clock.now();
      const updated = await tx.task.updateMany({
        where: { ...guard, id: task.id },
        data: {
          leaseOwner: null,
          leaseExpiresAt: null,
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

  /**
   * The answer is kept on the run's row (`result`, while it is still RUNNING) in the transaction that
   * books the call: a run taken over after that reuses it instead of calling — and paying — again.
   */
  async function answer(task: Task, agent: Agent, prompt: string, runId: string, purpose: "TASK" | "TEAM_MEMBER" | "WORKFLOW_STEP", signal: AbortSignal) {
    await db.agent.update({ where: { id: agent.id }, data: { tasksAssigned: { increment: 1 } } });
    return runtime.answer({
      keepAnswer: async (tx, text) => void (await tx.task.updateMany({ where: { id: runId, status: "RUNNING" }, data: { result: text } })),
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
    if (task.result !== null) return task.result; // answered by a run that died before settling: not called again
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
        // Answered by a run that died before marking the member done: its kept answer, not a new call.
        const reply = member.result !== null ? { text: member.result } : await answer(team, agent, prompt, member.id, "TEAM_MEMBER", signal);
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
        // Handed back or taken over: the member stays as it is and runs again with its team.
        const handedOn = isShutdown(error) || (error instanceof Stop && error.status === "LEASE_LOST");
        if (!handedOn) {
          const status: TaskStatus = error instanceof Stop ? (error.status as TaskStatus) : "FAILED";
          publish(await db.task.update({ where: { id: member.id }, data: { status, error: (error as Error).message, completedAt: clock.now() } }));
        }
        throw error;
      }
    }
    return outputs.join("\n\n");
  }

  /** Renews the lease while the task runs; a renewal that finds the lease gone stops the run (another instance has it). */
  function heartbeat(task: Task, controller: AbortController): NodeJS.Timeout {
    return setInterval(() => {
      db.task
        .updateMany({ where: ownRun(task), data: { leaseExpiresAt: leaseUntil() } })
        .then(({ count }) => {
          if (!count && !controller.signal.aborted) {
            logger.warn({ taskId: task.id, attempt: task.attempts }, "task lease lost: another instance took the task over");
            controller.abort(new Stop("LEASE_LOST"));
          }
        })
        // The database is unreachable: keep running; if the lease expires meanwhile, the next renewal notices.
        .catch((error: unknown) => logger.warn({ err: error, taskId: task.id }, "could not renew a task lease"));
    }, Math.max(50, Math.floor(leaseMs / 3)));
  }

  /** A graceful stop gives its running work back to the queue at once, for another instance (or the next start). */
  async function handBack(task: Task): Promise<void> {
    const handed = await db.task.updateMany({
      where: ownRun(task),
      data: { status: "SPAWNING", leaseOwner: null, leaseExpiresAt: null, error: `handed back when instance ${instanceId} stopped` },
    });
    if (handed.count) publish({ id: task.id, status: "SPAWNING" });
  }

  async function execute(task: Task): Promise<void> {
    const controller = new AbortController();
    running.set(task.id, controller);
    const timer = setTimeout(() => controller.abort(new Stop("TIMED_OUT")), task.timeoutSeconds * 1000);
    const renewal = heartbeat(task, controller);
    let outcome: { status: TaskStatus; result?: string; error?: string } | "hand back" | "lost";
    try {
      outcome = { status: "COMPLETED", result: task.kind === "TEAM" ? await runTeam(task, controller.signal) : await runSingle(task, controller.signal) };
    } catch (error) {
      const reason = controller.signal.aborted ? controller.signal.reason : error;
      if (isShutdown(reason) || isShutdown(error)) outcome = "hand back";
      else if (reason instanceof Stop && reason.status === "LEASE_LOST") outcome = "lost"; // its new owner settles it
      else {
        const message = reason instanceof AppError ? `${reason.code}: ${reason.message}` : (reason as Error).message;
        if (!(reason instanceof AppError) && !(reason instanceof Stop)) logger.error({ err: reason, taskId: task.id }, "task failed unexpectedly");
        outcome = { status: reason instanceof Stop ? (reason.status as TaskStatus) : "FAILED", error: message };
      }
    } finally {
      clearTimeout(timer);
      running.delete(task.id);
    }
    // Settled outside the run: a settlement the database refuses is not mistaken for the task failing.
    try {
      if (outcome === "hand back") await handBack(task);
      else if (outcome !== "lost") await finish(task, outcome);
    } finally {
      clearInterval(renewal);
    }
  }

  /**
   * Runs whose lease expired (their instance died or lost the database for longer than a lease) go back
   * to the queue — or fail, after MAX_LOST_LEASES. A RUNNING row without a lease (written before leases
   * existed) counts as expired once its timeout has passed.
   */
  async function reclaimExpired(): Promise<number> {
    const now = clock.now();
    const candidates = await db.task.findMany({ where: { status: "RUNNING", parentId: null, OR: [{ leaseExpiresAt: { lt: now } }, { leaseExpiresAt: null }] }, take: 100 });
    let reclaimed = 0;
    for (const task of candidates) {
      if (!task.leaseExpiresAt && (task.startedAt?.getTime() ?? 0) + task.timeoutSeconds * 1000 > now.getTime()) continue;
      if (task.leaseOwner === instanceId && running.has(task.id)) {
        // Ours and still running: a renewal was late (a busy machine), the run is not lost. Renew it now.
        await db.task.updateMany({ where: ownRun(task), data: { leaseExpiresAt: leaseUntil() } });
        continue;
      }
      const expired: Prisma.TaskWhereInput = { id: task.id, status: "RUNNING", attempts: task.attempts, leaseOwner: task.leaseOwner, leaseExpiresAt: task.leaseExpiresAt };
      if (task.lostLeases + 1 >= MAX_LOST_LEASES) {
        if (await finish(task, { status: "FAILED", error: `its instance stopped while running it ${task.lostLeases + 1} times` }, expired)) reclaimed++;
        continue;
      }
      const taken = await db.task.updateMany({
        where: expired,
        data: { status: "SPAWNING", leaseOwner: null, leaseExpiresAt: null, lostLeases: { increment: 1 }, error: `taken over: instance ${task.leaseOwner ?? "(unknown)"} stopped renewing its lease` },
      });
      if (!taken.count) continue; // another instance got there first
      reclaimed++;
      logger.warn({ taskId: task.id, previousOwner: task.leaseOwner, attempt: task.attempts }, "task lease expired: queued again");
      publish({ id: task.id, status: "SPAWNING" });
    }
    return reclaimed;
  }

  /** Starts queued tasks while there is room: the highest priority first, then the oldest. */
  async function startWhileRoom(): Promise<void> {
    while (!stopping && running.size < concurrency) {
      const next = await db.task.findFirst({ where: { status: "SPAWNING", parentId: null }, orderBy: [{ priorityRank: "desc" }, { seq: "asc" }] });
      if (!next) return;
      const claimed = await db.task.updateMany({
        where: { id: next.id, status: "SPAWNING" },
        data: { status: "RUNNING", startedAt: clock.now(), attempts: { increment: 1 }, leaseOwner: instanceId, leaseExpiresAt: leaseUntil() },
      });
      if (!claimed.count) continue; // another instance took it
      const task = await db.task.findUniqueOrThrow({ where: { id: next.id } });
      publish(task);
      if (task.workflowRunId) onStepChanged(task, "started").catch((error: unknown) => logger.error({ err: error, taskId: task.id }, "workflow step start not announced"));
      // execute() settles every outcome itself; what escapes is a settlement the database refused
      // (unreachable): the row keeps its lease, which expires, and the run is taken over.
      const execution: Promise<void> = execute(task)
        .catch((error: unknown) => logger.error({ err: error, taskId: task.id }, "task outcome could not be recorded; its lease will expire and it will run again"))
        .finally(() => {
          executions.delete(execution);
          kick().catch((error: unknown) => logger.error({ err: error }, "task queue could not start the next task"));
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
      kick().catch((error: unknown) => logger.error({ err: error, taskId: task.id }, "task queue could not start a queued task"));
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
        if (uniqueViolationOn(error, "Task", ["workflowRunId", "stepKey"])) return null; // the step was already started by a concurrent advance
        throw error;
      }
    },

    /** The task if the actor may see it (its inputs and outputs with `content`); to anyone else it does not exist. */
    async get(actor: Principal, id: string, query: SelectionQuery = {}, access: WorkAccess = "metadata"): Promise<Task> {
      const task = await db.task.findFirst({ ...(query as object), where: { id, ...taskWhere(actor, access) } });
      if (!task) throw new AppError("task_not_found", { details: { agent_id: id } });
      return task;
    },

    /** Spawned tasks and team runs (members and workflow steps are reached through their parents). */
    list(actor: Principal, { filter, orderBy, offset }: { filter?: TaskFilter | null; orderBy?: { field: TaskOrderField; direction: "asc" | "desc" } | null; offset?: number | null }, query: PageQuery) {
      const order = orderBy ?? { field: "createdAt", direction: "desc" };
      return db.task.findMany({ ...(query as object), skip: query.cursor ? query.skip : (offset ?? 0) + (query.skip ?? 0), where: where(actor, filter), orderBy: [{ [order.field]: order.direction }, { seq: order.direction }] });
    },

    count: (actor: Principal, filter?: TaskFilter | null) => db.task.count({ where: where(actor, filter) }),

    /** Seed 003 list meta: total actual cost, and how many per model. */
    async stats(actor: Principal, filter?: TaskFilter | null) {
      const [sum, byModel] = await Promise.all([
        db.task.aggregate({ where: where(actor, filter), _sum: { actualCostMicros: true } }),
        db.task.groupBy({ by: ["model"], where: where(actor, filter), _count: { _all: true } }),
      ]);
      return {
        totalCostMicros: sum._sum.actualCostMicros ?? 0,
        byModel: byModel.filter((g) => g.model !== null).map((g) => ({ model: g.model!, count: g._count._all })),
      };
    },

    /** Team members of a team run (or of a workflow step run by a team), in pipeline order. */
    members: (actor: Principal, teamId: string) => db.task.findMany({ where: { parentId: teamId, ...taskWhere(actor) }, orderBy: { position: "asc" } }),

    /**
     * Stops a queued or running task; the unspent part of its hold is refunded. A running task stops
     * on whichever instance runs it (the request travels over pub/sub).
     */
    async cancel(actor: Principal, id: string): Promise<Task> {
      const task = await this.get(actor, id, {}, "content");
      if (task.parentId) throw new AppError("task_not_cancellable", { message: "Cancel the team run, not one of its members", details: { agent_id: id } });
      if (FINISHED.includes(task.status as TaskStatus)) {
        throw new AppError("task_not_cancellable", { details: { agent_id: id, status: task.status } });
      }
      const beforeStart = await finish(task, { status: "CANCELLED", error: "cancelled before it started" }, { status: "SPAWNING" });
      if (beforeStart) return beforeStart;
      events.publish("taskCancelRequested", { taskId: id, at: clock.now().toISOString() });
      return untilFinished(id);
    },

    /** Used by the workflow engine to stop a step; resolves once it has stopped. */
    async stopStep(task: Task): Promise<void> {
      const beforeStart = await finish(task, { status: "CANCELLED", error: "the workflow run was cancelled" }, { status: "SPAWNING" });
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

    /** The queue's timer (every instance): take over runs whose lease expired, then start what is queued. */
    async poll(): Promise<{ reclaimed: number }> {
      const reclaimed = await reclaimExpired();
      await kick();
      return { reclaimed };
    },

    /**
     * Start-up: only runs whose lease has expired are taken over — a run another instance is running
     * keeps running there. (Teams keep their finished members.)
     */
    async start(): Promise<void> {
      stopping = false;
      stopListening = await events.listen("taskCancelRequested", ({ taskId }) => running.get(taskId)?.abort(new Stop("CANCELLED")));
      await this.poll();
    },

    /**
     * Shutdown: no new starts; running tasks may finish until `grace` aborts, then they are stopped and
     * handed back to the queue (their calls recorded as ABORTED with what they consumed).
     */
    async stop(grace: AbortSignal = AbortSignal.abort()): Promise<void> {
      stopping = true;
      await filling;
      await Promise.race([Promise.allSettled([...executions]), whenAborted(grace)]);
      for (const controller of running.values()) controller.abort(new Stop("SHUTDOWN"));
      await Promise.allSettled([...executions]);
      await stopListening?.();
    },

    /** Tasks running here (named when a shutdown step is cut). */
    runningIds: (): string[] => [...running.keys()],

    /** Resolves when nothing is queued or running here (tests). */
    async idle(): Promise<void> {
      while (executions.size || filling) await Promise.allSettled([...executions, filling]);
    },
  };

  function where(actor: Principal, filter: TaskFilter | null | undefined): Prisma.TaskWhereInput {
    return {
      ...taskWhere(actor),
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
