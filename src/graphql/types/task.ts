// Spawned work (seed 003 "spawn"): tasks run by a model, team pipelines, their status live.
import { TASK_STATUSES, type Priority as PriorityName, type TaskStatus as TaskStatusName } from "../../domain/work/rules.js";
import { TEAMS } from "../../domain/work/teams.js";
import type { TaskUpdatedEvent } from "../../events.js";
import { decimalToMicros, microsToDecimal } from "../../money.js";
import { AppError } from "../../errors.js";
import type { Prisma } from "../../db.js";
import { builder } from "../builder.js";
import { OrderDirection } from "./common.js";
import { Priority } from "./orchestrator.js";
import { UsageSummary } from "./usage.js";
import { seesWorkContent, taskWhere } from "../../domain/work/visibility.js";

const TaskStatus = builder.enumType("TaskStatus", {
  description: "SPAWNING (queued) → RUNNING → COMPLETED | FAILED | CANCELLED | TIMED_OUT.",
  values: TASK_STATUSES,
});
const TaskKind = builder.enumType("TaskKind", {
  values: {
    SINGLE: { description: "One model call." },
    TEAM: { description: "A team pipeline; its members are in `members`." },
    MEMBER: { description: "One member of a team pipeline." },
  },
});

export const Task = builder.prismaNode("Task", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ ...taskWhere(ctx.principal), id }) as Prisma.TaskWhereUniqueInput,
  nullable: true,
  description: "Spawned work — seed 003 calls these agents (agent_id: subagent_…). Runs on `agent`, so its usage rolls up there.",
  fields: (t) => ({
    kind: t.field({ type: TaskKind, resolve: (task) => task.kind as "SINGLE" | "TEAM" | "MEMBER" }),
    status: t.field({ type: TaskStatus, resolve: (task) => task.status as TaskStatusName }),
    priority: t.field({ type: Priority, resolve: (task) => task.priority as PriorityName }),
    task: t.string({
      nullable: true,
      description: "What it was asked to do (for a member, its full prompt once it started). Null for a monitoring role.",
      resolve: (task, _args, ctx) => (seesWorkContent(ctx.principal, task) ? task.prompt : null),
    }),
    model: t.exposeString("model", { nullable: true }),
    agent: t.relation("agent", { nullable: true }),
    team: t.exposeString("team", { nullable: true }),
    role: t.exposeString("role", { nullable: true, description: "A team member's role." }),
    result: t.string({
      nullable: true,
      description: "Null until it completes, and for a monitoring role.",
      resolve: (task, _args, ctx) => (seesWorkContent(ctx.principal, task) ? task.result : null),
    }),
    error: t.exposeString("error", { nullable: true }),
    timeoutSeconds: t.exposeInt("timeoutSeconds"),
    attempts: t.exposeInt("attempts", { description: "How many times it started (a stop mid-run starts it again)." }),
    estimatedCost: t.field({ type: "Decimal", description: "Its worst-case cost, held against the budget until it finishes.", resolve: (task) => microsToDecimal(task.estimatedCostMicros) }),
    actualCost: t.field({ type: "Decimal", resolve: (task) => microsToDecimal(task.actualCostMicros) }),
    refund: t.field({ type: "Decimal", description: "Held but not spent, given back when it finished.", resolve: (task) => microsToDecimal(task.refundMicros) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    parent: t.relation("parent", { nullable: true }),
    members: t.relation("members", { query: (_args, ctx) => ({ where: taskWhere(ctx.principal), orderBy: { position: "asc" } }) }),
    stepKey: t.exposeString("stepKey", { nullable: true, description: "The workflow step it runs, if any." }),
    workflowRun: t.relation("workflowRun", { nullable: true }),
    usage: t.loadable({
      type: UsageSummary,
      load: (ids: string[], ctx) => ctx.services.usage.summariesForTasks(ctx.principal, ids),
      resolve: (task) => task.id,
    }),
  }),
});

const TeamMember = builder.objectRef<{ role: string; model: string }>("TeamMember").implement({
  fields: (t) => ({ role: t.exposeString("role"), model: t.exposeString("model") }),
});
const Team = builder.objectRef<{ id: string; members: readonly { role: string; model: string }[] }>("Team").implement({
  description: "A registered team: a pipeline of members, each reading the previous member's output.",
  fields: (t) => ({ id: t.exposeString("id"), members: t.field({ type: [TeamMember], resolve: (team) => [...team.members] }) }),
});

const TaskFilter = builder.inputType("TaskFilter", {
  fields: (t) => ({
    status: t.field({ type: [TaskStatus] }),
    model: t.string(),
    team: t.string(),
    createdAfter: t.field({ type: "DateTime" }),
    costGreaterThan: t.field({ type: "Decimal", description: "Actual cost above this many US dollars." }),
  }),
});
const TaskOrderField = builder.enumType("TaskOrderField", {
  values: { CREATED_AT: { value: "createdAt" }, COST: { value: "actualCostMicros" }, STATUS: { value: "status" } } as const,
});
const TaskOrder = builder.inputType("TaskOrder", {
  fields: (t) => ({ field: t.field({ type: TaskOrderField, required: true }), direction: t.field({ type: OrderDirection, required: true }) }),
});

function decodeFilter(filter: { status?: TaskStatusName[] | null; model?: string | null; team?: string | null; createdAfter?: Date | null; costGreaterThan?: string | null } | null | undefined) {
  if (!filter) return filter;
  const { costGreaterThan, ...rest } = filter;
  if (costGreaterThan == null) return rest;
  const micros = decimalToMicros(costGreaterThan);
  if (micros === null) throw new AppError("VALIDATION_ERROR", { details: { fields: [{ field: "costGreaterThan", message: "must be an amount of US dollars" }] } });
  return { ...rest, costGreaterThanMicros: micros };
}

const TaskModelCount = builder.objectRef<{ model: string; count: number }>("TaskModelCount").implement({
  fields: (t) => ({ model: t.exposeString("model"), count: t.exposeInt("count") }),
});

const TaskStats = builder.objectRef<{ totalCostMicros: number; byModel: { model: string; count: number }[] }>("TaskStats").implement({
  description: "Over the tasks a filter selects: their actual cost, and how many ran on each model.",
  fields: (t) => ({
    totalCost: t.field({ type: "Decimal", resolve: (s) => microsToDecimal(s.totalCostMicros) }),
    byModel: t.field({ type: [TaskModelCount], resolve: (s) => s.byModel }),
  }),
});

builder.queryFields((t) => ({
  task: t.prismaField({
    type: "Task",
    nullable: true,
    description: "One task (seed 003 Get Agent Status); task_not_found if there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.services.tasks.get(ctx.principal, id, query),
  }),
  tasks: t.prismaConnection({
    type: "Task",
    cursor: "id",
    defaultSize: 20,
    maxSize: 100,
    description: "Spawned tasks and team runs, newest first unless `orderBy` says otherwise.",
    args: { filter: t.arg({ type: TaskFilter }), orderBy: t.arg({ type: TaskOrder }), offset: t.arg.int() },
    resolve: (query, _root, { filter, orderBy, offset }, ctx) => ctx.services.tasks.list(ctx.principal, { filter: decodeFilter(filter), orderBy, offset }, query),
    totalCount: (_root, { filter }, ctx) => ctx.services.tasks.count(ctx.principal, decodeFilter(filter)),
  }),
  taskStats: t.field({
    type: TaskStats,
    args: { filter: t.arg({ type: TaskFilter }) },
    resolve: (_root, { filter }, ctx) => ctx.services.tasks.stats(ctx.principal, decodeFilter(filter)),
  }),
  teams: t.field({ type: [Team], resolve: () => Object.entries(TEAMS).map(([id, members]) => ({ id, members })) }),
}));

builder.relayMutationField(
  "spawnTask",
  {
    inputFields: (t) => ({
      task: t.string({ required: true, description: "1–2000 characters." }),
      model: t.string({ description: "A catalogue model (run by its worker agent)…" }),
      agentId: t.id({ description: "…or an agent of yours." }),
      priority: t.field({ type: Priority, defaultValue: "NORMAL" }),
      timeoutSeconds: t.int({ description: "1–3600; default 300." }),
    }),
  },
  { resolve: async (_root, { input }, ctx) => ({ task: await ctx.services.tasks.spawn(ctx.principal, input) }) },
  { outputFields: (t) => ({ task: t.field({ type: Task, resolve: (p) => p.task }) }) },
);

builder.relayMutationField(
  "spawnTeam",
  {
    inputFields: (t) => ({
      team: t.string({ required: true, description: "A registered team id (see `teams`)." }),
      task: t.string({ required: true }),
      priority: t.field({ type: Priority, defaultValue: "NORMAL" }),
      timeoutSeconds: t.int({ description: "For the whole pipeline; default 300." }),
    }),
  },
  { resolve: async (_root, { input }, ctx) => ({ task: await ctx.services.tasks.spawnTeam(ctx.principal, input) }) },
  { outputFields: (t) => ({ task: t.field({ type: Task, resolve: (p) => p.task }) }) },
);

builder.relayMutationField(
  "cancelTask",
  { inputFields: (t) => ({ id: t.id({ required: true }) }) },
  { description: "Stops a queued or running task and refunds what it held but did not spend.", resolve: async (_root, { input }, ctx) => ({ task: await ctx.services.tasks.cancel(ctx.principal, input.id) }) },
  {
    outputFields: (t) => ({
      task: t.field({ type: Task, resolve: (p) => p.task }),
      refund: t.field({ type: "Decimal", resolve: (p) => microsToDecimal(p.task.refundMicros) }),
    }),
  },
);

const TaskUpdate = builder.objectRef<TaskUpdatedEvent>("TaskUpdate").implement({
  fields: (t) => ({
    taskId: t.exposeID("taskId"),
    status: t.field({ type: TaskStatus, resolve: (e) => e.status as TaskStatusName }),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
    task: t.prismaField({ type: "Task", nullable: true, resolve: (query, e, _args, ctx) => ctx.services.tasks.get(ctx.principal, e.taskId, query) }),
  }),
});

builder.subscriptionField("taskUpdated", (t) =>
  t.field({
    type: TaskUpdate,
    args: { taskId: t.arg.id({ required: true }) },
    subscribe: (_root, { taskId }, ctx) => ctx.services.tasks.updates(ctx.principal, taskId),
    resolve: (event) => event,
  }),
);
