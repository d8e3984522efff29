// Workflows: seed 001 QuestFlow (/api/workflows/status, /api/agents/csuite/meeting) in the seed-001
// envelope, and seed 004's create / list / run / run status — which it names without paths — under
// /api/workflows, camelCase and with seed 004's error shape.
import { graphql } from "../../generated/graphql/index.js";
import { agentos } from "../error-formats.js";
import { camelCase } from "../errors.js";
import { bodyInput, upperEnum } from "../params.js";
import { route } from "../route.js";

graphql(`
  fragment RestWorkflowRun on WorkflowRun {
    id
    workflow { id name }
    status
    progress
    input
    output
    error
    createdAt
    startedAt
    completedAt
    stepRuns { key status output startedAt completedAt }
    usage { calls cost }
  }
`);

const presentRun = (run: {
  id: string;
  workflow: { id: string; name: string };
  status: string;
  progress: number;
  input: Record<string, unknown> | null;
  output?: Record<string, unknown> | null;
  error?: string | null;
  createdAt: string;
  startedAt?: string | null;
  completedAt?: string | null;
  stepRuns: { key: string; status: string; output?: string | null; startedAt?: string | null; completedAt?: string | null }[];
  usage: { calls: number; cost: string };
}) => ({
  runId: run.id,
  workflowId: run.workflow.id,
  workflow: run.workflow.name,
  status: run.status.toLowerCase(),
  progress: run.progress,
  input: run.input,
  output: run.output ?? null,
  error: run.error ?? null,
  createdAt: run.createdAt,
  startedAt: run.startedAt ?? null,
  completedAt: run.completedAt ?? null,
  steps: run.stepRuns.map((s) => ({ key: s.key, status: s.status.toLowerCase(), output: s.output ?? null, startedAt: s.startedAt ?? null, completedAt: s.completedAt ?? null })),
  usage: { calls: run.usage.calls, cost: Number(run.usage.cost) },
});

export const workflowRoutes = [
  route({
    method: "GET",
    path: "/api/workflows/status",
    operation: graphql(`
      query RestWorkflowsStatus {
        workflowRuns(first: 100, filter: { status: [QUEUED, RUNNING] }) { edges { node { id workflow { name } status progress startedAt createdAt } } }
      }
    `),
    variables: () => ({}),
    // Seed 001 answers a bare array of the active workflows.
    present: (data) =>
      data.workflowRuns.edges.map(({ node: r }) => ({ id: r.id, name: r.workflow.name, status: r.status.toLowerCase(), progress: r.progress, startTime: r.startedAt ?? r.createdAt })),
  }),

  route({
    method: "POST",
    path: "/api/agents/csuite/meeting",
    operation: graphql(`
      mutation RestCsuiteMeeting($agenda: [String!]) {
        conductCsuiteMeeting(input: { agenda: $agenda }) { meetingId participants agenda outcomes duration status timestamp error }
      }
    `),
    variables: ({ body }) => ({ agenda: (body.agenda as string[] | undefined) ?? null }),
    present: ({ conductCsuiteMeeting: m }) => ({
      meetingId: m.meetingId,
      participants: m.participants,
      agenda: m.agenda,
      outcomes: m.outcomes,
      duration: m.duration,
      status: m.status,
      timestamp: m.timestamp,
      ...(m.error ? { error: m.error } : {}),
    }),
  }),

  route({
    method: "POST",
    path: "/api/workflows",
    operation: graphql(`
      mutation RestCreateWorkflow($input: CreateWorkflowInput!) {
        createWorkflow(input: $input) { workflow { id name description createdAt steps { key kind agentId model team prompt dependsOn } } }
      }
    `),
    variables: (req) => {
      const body = bodyInput(req);
      // A step that is not an object passes through as sent, for GraphQL to refuse.
      const steps = Array.isArray(body.steps) ? body.steps.map((s: unknown) => (s && typeof s === "object" ? { ...s, kind: upperEnum((s as { kind?: unknown }).kind) } : s)) : body.steps;
      return { input: { ...body, steps } as never };
    },
    invalidInputCode: "invalid_workflow",
    errorFormat: agentos,
    fieldNaming: camelCase,
    status: 201,
    present: ({ createWorkflow: { workflow } }) => ({ ...workflow, steps: workflow.steps.map((s) => ({ ...s, kind: s.kind.toLowerCase() })) }),
  }),

  route({
    method: "GET",
    path: "/api/workflows",
    operation: graphql(`
      query RestListWorkflows {
        workflows(first: 100) { totalCount edges { node { id name description builtin createdAt steps { key kind dependsOn } } } }
      }
    `),
    variables: () => ({}),
    errorFormat: agentos,
    fieldNaming: camelCase,
    present: (data) => ({
      workflows: data.workflows.edges.map(({ node: w }) => ({ ...w, steps: w.steps.map((s) => ({ ...s, kind: s.kind.toLowerCase() })) })),
      total: data.workflows.totalCount,
    }),
  }),

  route({
    method: "POST",
    path: "/api/workflows/:workflow_id/run",
    operation: graphql(`
      mutation RestRunWorkflow($input: RunWorkflowInput!) {
        runWorkflow(input: $input) { run { ...RestWorkflowRun } }
      }
    `),
    variables: (req) => {
      const { onBusy, priority, ...body } = bodyInput(req, ["input"]);
      return {
        input: {
          ...body,
          workflowId: req.params.workflow_id!,
          ...(onBusy !== undefined ? { onBusy: upperEnum(onBusy) } : {}),
          ...(priority !== undefined ? { priority: upperEnum(priority) } : {}),
        } as never,
      };
    },
    errorFormat: agentos,
    fieldNaming: camelCase,
    status: 202,
    present: ({ runWorkflow: { run } }) => presentRun(run),
  }),

  route({
    method: "GET",
    path: "/api/workflows/runs/:run_id",
    operation: graphql(`
      query RestWorkflowRun($id: ID!) {
        workflowRun(id: $id) { ...RestWorkflowRun }
      }
    `),
    variables: ({ params }) => ({ id: params.run_id! }),
    errorFormat: agentos,
    fieldNaming: camelCase,
    present: (data) => presentRun(data.workflowRun!),
  }),

  route({
    method: "POST",
    path: "/api/workflows/runs/:run_id/cancel",
    operation: graphql(`
      mutation RestCancelWorkflowRun($id: ID!) {
        cancelWorkflowRun(input: { runId: $id }) { run { ...RestWorkflowRun } }
      }
    `),
    variables: ({ params }) => ({ id: params.run_id! }),
    errorFormat: agentos,
    fieldNaming: camelCase,
    present: ({ cancelWorkflowRun: { run } }) => presentRun(run),
  }),
];
