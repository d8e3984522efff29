// Workflows (seed 004) and the C-suite meeting (seed 001 QuestFlow).
import type { StepDefinition } from "../../domain/work/workflow-definition.js";
import type { CsuiteMeeting as CsuiteMeetingShape, StepRun as StepRunShape } from "../../domain/work/workflows.js";
import { TASK_STATUSES, type Priority as PriorityName } from "../../domain/work/rules.js";
import type { WorkflowRunUpdatedEvent } from "../../events.js";
import type { Prisma } from "../../db.js";
import { builder } from "../builder.js";
import { Priority } from "./orchestrator.js";
import { Task } from "./task.js";
import { UsageSummary } from "./usage.js";
import { seesWorkContent, workflowRunWhere, workflowWhere } from "../../domain/work/visibility.js";

const StepKind = builder.enumType("WorkflowStepKind", {
  values: {
    AGENT: { description: "An agent (agentId) answers the prompt." },
    MODEL: { description: "A catalogue model (model) answers, through its worker agent." },
    TEAM: { description: "A registered team (team) works the prompt as a pipeline." },
  },
});

const WorkflowStep = builder.objectRef<StepDefinition>("WorkflowStep").implement({
  fields: (t) => ({
    key: t.exposeString("key"),
    kind: t.field({ type: StepKind, resolve: (s) => s.kind }),
    agentId: t.id({ nullable: true, resolve: (s) => s.agentId ?? null }),
    model: t.string({ nullable: true, resolve: (s) => s.model ?? null }),
    team: t.string({ nullable: true, resolve: (s) => s.team ?? null }),
    prompt: t.exposeString("prompt", { description: "May use {{input.<name>}} and {{steps.<key>.output}} of steps it depends on." }),
    dependsOn: t.stringList({ resolve: (s) => s.dependsOn ?? [] }),
    timeoutSeconds: t.int({ nullable: true, resolve: (s) => s.timeoutSeconds ?? null }),
  }),
});

const Workflow = builder.prismaNode("Workflow", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ ...workflowWhere(ctx.principal), id }) as Prisma.WorkflowWhereUniqueInput,
  nullable: true,
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description"),
    builtin: t.exposeBoolean("builtin"),
    steps: t.field({ type: [WorkflowStep], resolve: (w) => w.steps as unknown as StepDefinition[] }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    runs: t.relatedConnection("runs", {
      cursor: "id",
      totalCount: true,
      description: "The runs you may see, newest first.",
      query: (_args, ctx) => ({ where: workflowRunWhere(ctx.principal), orderBy: { createdAt: "desc" } }),
    }),
  }),
});

const RunStatus = builder.enumType("WorkflowRunStatus", { values: ["QUEUED", "RUNNING", "COMPLETED", "FAILED", "CANCELLED"] as const });
const StepStatus = builder.enumType("StepRunStatus", {
  description: "PENDING until the steps it depends on are done; then its task's status.",
  values: ["PENDING", ...TASK_STATUSES] as const,
});

const StepRun = builder.objectRef<StepRunShape>("StepRun").implement({
  fields: (t) => ({
    key: t.exposeString("key"),
    kind: t.field({ type: StepKind, resolve: (s) => s.kind }),
    dependsOn: t.stringList({ resolve: (s) => s.dependsOn }),
    status: t.field({ type: StepStatus, resolve: (s) => s.status }),
    output: t.string({ nullable: true, resolve: (s, _args, ctx) => (s.task && seesWorkContent(ctx.principal, s.task) ? s.task.result : null) }),
    startedAt: t.field({ type: "DateTime", nullable: true, resolve: (s) => s.task?.startedAt ?? null }),
    completedAt: t.field({ type: "DateTime", nullable: true, resolve: (s) => s.task?.completedAt ?? null }),
    task: t.field({ type: Task, nullable: true, resolve: (s) => s.task }),
  }),
});

const WorkflowRun = builder.prismaNode("WorkflowRun", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ ...workflowRunWhere(ctx.principal), id }),
  nullable: true,
  fields: (t) => ({
    workflow: t.relation("workflow"),
    status: t.field({ type: RunStatus, resolve: (r) => r.status as "QUEUED" }),
    priority: t.field({ type: Priority, resolve: (r) => r.priority as PriorityName }),
    progress: t.exposeInt("progress", { description: "0–100: the share of its steps that have finished." }),
    input: t.field({
      type: "JSONObject",
      nullable: true,
      description: "Null for a monitoring role, which sees a run's status and cost only.",
      resolve: (r, _args, ctx) => (seesWorkContent(ctx.principal, r) ? (r.input as Record<string, unknown>) : null),
    }),
    output: t.field({
      type: "JSONObject",
      nullable: true,
      description: "{steps: {key: output}, result}: result is the last steps' output. Null for a monitoring role.",
      resolve: (r, _args, ctx) => (seesWorkContent(ctx.principal, r) ? (r.output as Record<string, unknown> | null) : null),
    }),
    error: t.exposeString("error", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    stepRuns: t.field({ type: [StepRun], resolve: (r, _args, ctx) => ctx.services.workflows.stepRuns(ctx.principal, r) }),
    usage: t.loadable({
      type: UsageSummary,
      description: "Every model call of every step.",
      load: (ids: string[], ctx) => ctx.services.usage.summariesBy(ctx.principal, "rootRunId", ids),
      resolve: (r) => r.id,
    }),
  }),
});

const StepInput = builder.inputType("WorkflowStepInput", {
  fields: (t) => ({
    key: t.string({ required: true }),
    kind: t.field({ type: StepKind, required: true }),
    agentId: t.id(),
    model: t.string(),
    team: t.string(),
    prompt: t.string({ required: true }),
    dependsOn: t.stringList(),
    timeoutSeconds: t.int(),
  }),
});

const BusyPolicy = builder.enumType("WorkflowBusyPolicy", {
  values: {
    ENQUEUE: { description: "Wait for the run in progress to finish." },
    REJECT: { description: "Fail at once with workflow_busy." },
  },
});

const RunFilter = builder.inputType("WorkflowRunFilter", {
  fields: (t) => ({ workflowId: t.id(), status: t.field({ type: [RunStatus] }) }),
});

builder.queryFields((t) => ({
  workflow: t.prismaField({
    type: "Workflow",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.services.workflows.get(ctx.principal, id, query),
  }),
  workflows: t.prismaConnection({
    type: "Workflow",
    cursor: "id",
    defaultSize: 20,
    maxSize: 100,
    resolve: (query, _root, _args, ctx) => ctx.services.workflows.list(ctx.principal, query),
    totalCount: (_root, _args, ctx) => ctx.services.workflows.count(ctx.principal),
  }),
  workflowRun: t.prismaField({
    type: "WorkflowRun",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.services.workflows.getRun(ctx.principal, id, query),
  }),
  workflowRuns: t.prismaConnection({
    type: "WorkflowRun",
    cursor: "id",
    defaultSize: 20,
    maxSize: 100,
    args: { filter: t.arg({ type: RunFilter }) },
    resolve: (query, _root, { filter }, ctx) => ctx.services.workflows.listRuns(ctx.principal, filter, query),
    totalCount: (_root, { filter }, ctx) => ctx.services.workflows.countRuns(ctx.principal, filter),
  }),
}));

builder.relayMutationField(
  "createWorkflow",
  {
    inputFields: (t) => ({
      name: t.string({ required: true }),
      description: t.string(),
      steps: t.field({ type: [StepInput], required: true }),
    }),
  },
  { resolve: async (_root, { input }, ctx) => ({ workflow: await ctx.services.workflows.create(ctx.principal, input) }) },
  { outputFields: (t) => ({ workflow: t.field({ type: Workflow, resolve: (p) => p.workflow }) }) },
);

builder.relayMutationField(
  "runWorkflow",
  {
    inputFields: (t) => ({
      workflowId: t.id({ required: true }),
      input: t.field({ type: "JSONObject" }),
      onBusy: t.field({ type: BusyPolicy, defaultValue: "ENQUEUE" }),
      priority: t.field({ type: Priority, defaultValue: "NORMAL" }),
    }),
  },
  { resolve: async (_root, { input: { workflowId, ...args } }, ctx) => ({ run: await ctx.services.workflows.run(ctx.principal, workflowId, args) }) },
  { outputFields: (t) => ({ run: t.field({ type: WorkflowRun, resolve: (p) => p.run }) }) },
);

builder.relayMutationField(
  "cancelWorkflowRun",
  { inputFields: (t) => ({ runId: t.id({ required: true }) }) },
  { resolve: async (_root, { input }, ctx) => ({ run: await ctx.services.workflows.cancelRun(ctx.principal, input.runId) }) },
  { outputFields: (t) => ({ run: t.field({ type: WorkflowRun, resolve: (p) => p.run }) }) },
);

const CsuiteMeeting = builder.objectRef<CsuiteMeetingShape>("CsuiteMeeting").implement({
  description: "Seed 001 QuestFlow: the CEO, CTO, CFO and CMO each contribute; the CEO states the outcomes.",
  fields: (t) => ({
    meetingId: t.exposeID("meetingId", { description: "The id of the workflow run that held it." }),
    participants: t.exposeStringList("participants"),
    agenda: t.exposeStringList("agenda"),
    outcomes: t.exposeStringList("outcomes"),
    duration: t.exposeString("duration"),
    status: t.exposeString("status"),
    timestamp: t.field({ type: "DateTime", resolve: (m) => m.timestamp }),
    error: t.exposeString("error", { nullable: true }),
    run: t.prismaField({ type: "WorkflowRun", resolve: (query, m, _args, ctx) => ctx.services.workflows.getRun(ctx.principal, m.meetingId, query) }),
  }),
});

const ConductCsuiteMeetingInput = builder.inputType("ConductCsuiteMeetingInput", {
  fields: (t) => ({ agenda: t.stringList({ description: "Default: the seed's two items." }) }),
});

builder.mutationField("conductCsuiteMeeting", (t) =>
  t.field({
    type: CsuiteMeeting,
    description: "Holds the meeting and answers when it is over.",
    args: { input: t.arg({ type: ConductCsuiteMeetingInput }) },
    resolve: (_root, { input }, ctx) => ctx.services.workflows.conductCsuiteMeeting(ctx.principal, input?.agenda),
  }),
);

const RunEventKind = builder.enumType("WorkflowRunEventKind", {
  values: ["RUN_QUEUED", "RUN_STARTED", "STEP_STARTED", "STEP_COMPLETED", "STEP_FAILED", "RUN_COMPLETED", "RUN_FAILED", "RUN_CANCELLED"] as const,
});

const WorkflowRunUpdate = builder.objectRef<WorkflowRunUpdatedEvent>("WorkflowRunUpdate").implement({
  fields: (t) => ({
    runId: t.exposeID("runId"),
    kind: t.field({ type: RunEventKind, resolve: (e) => e.kind }),
    stepKey: t.string({ nullable: true, resolve: (e) => e.stepKey ?? null }),
    progress: t.exposeInt("progress"),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
    run: t.prismaField({ type: "WorkflowRun", nullable: true, resolve: (query, e, _args, ctx) => ctx.services.workflows.getRun(ctx.principal, e.runId, query) }),
  }),
});

builder.subscriptionField("workflowRunUpdated", (t) =>
  t.field({
    type: WorkflowRunUpdate,
    description: "Every step start and finish of a run, its progress, and its end — live.",
    args: { runId: t.arg.id({ required: true }) },
    subscribe: (_root, { runId }, ctx) => ctx.services.workflows.updates(ctx.principal, runId),
    resolve: (event) => event,
  }),
);
