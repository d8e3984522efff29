// Workflows (seed 004 create / list / run / run status, seed 001 QuestFlow): DAG definitions checked
// up front, independent steps run in parallel, progress and step events live over graphql-ws,
// REJECT / ENQUEUE while busy, cancellation, and the built-in C-suite meeting.
import { describe, expect, it } from "vitest";
import { errorCodes, gql, gqlOk, rest } from "./support/client.js";
import { unique } from "./support/fixtures.js";
import { freshDatabase } from "./support/server.js";
import { promptOf, runWhen, startWorkServer, useWorkServer } from "./support/work.js";
import { CancelWorkflowRun, CreateWorkflow, RunWorkflow, WorkflowRunQuery, WorkflowRunUpdated } from "./support/work-documents.js";
import { eventually, subscribeOpen, wsClient } from "./support/ws.js";
import type { WorkflowStepInput } from "../src/generated/graphql/graphql.js";

const work = useWorkServer();

/** research and draft are independent; review needs both. */
const diamond: WorkflowStepInput[] = [
  { key: "research", kind: "MODEL", model: "k2p5", prompt: "Research {{input.topic}}" },
  { key: "draft", kind: "MODEL", model: "sonnet", prompt: "Draft a post on {{input.topic}}" },
  { key: "review", kind: "MODEL", model: "opus", dependsOn: ["research", "draft"], prompt: "Review.\nFacts: {{steps.research.output}}\nDraft: {{steps.draft.output}}" },
];

const createWorkflow = async (steps: WorkflowStepInput[] = diamond) => (await gqlOk(work.server, CreateWorkflow, { input: { name: unique("wf"), steps } })).createWorkflow.workflow;

describe("workflow definitions", () => {
  it.each([
    ["a cycle", [
      { key: "a", kind: "MODEL", model: "k2p5", prompt: "x", dependsOn: ["b"] },
      { key: "b", kind: "MODEL", model: "k2p5", prompt: "y", dependsOn: ["a"] },
    ], { field: "steps", message: "cycle: a → b → a" }],
    ["a dependency on an unknown step", [{ key: "a", kind: "MODEL", model: "k2p5", prompt: "x", dependsOn: ["ghost"] }], { field: "steps.a.dependsOn", message: 'refers to unknown step "ghost"' }],
    ["a prompt using a step it does not depend on", [
      { key: "a", kind: "MODEL", model: "k2p5", prompt: "x" },
      { key: "b", kind: "MODEL", model: "k2p5", prompt: "{{steps.a.output}}" },
    ], { field: "steps.b.prompt", message: 'uses the output of "a" but does not depend on it' }],
    ["an unknown placeholder", [{ key: "a", kind: "MODEL", model: "k2p5", prompt: "{{secrets.key}}" }], { field: "steps.a.prompt", message: "unknown placeholder {{secrets.key}}: use {{input.<name>}} or {{steps.<key>.output}}" }],
    ["an unknown model", [{ key: "a", kind: "MODEL", model: "gpt-9", prompt: "x" }], { field: "steps.a.model", message: "must be one of: builtin, k2p5, sonnet, opus" }],
    ["an unknown team", [{ key: "a", kind: "TEAM", team: "team_nope", prompt: "x" }], { field: "steps.a.team", message: "must be one of: team_coding, team_creative, team_research, team_business" }],
    ["an unknown agent", [{ key: "a", kind: "AGENT", agentId: "agt_ghost", prompt: "x" }], { field: "steps.a.agentId", message: "no agent agt_ghost" }],
  ] as [string, WorkflowStepInput[], { field: string; message: string }][])("refuses %s with invalid_workflow and where the problem is", async (_case, steps, problem) => {
    const result = await gql(work.server, CreateWorkflow, { input: { name: unique("bad"), steps } });
    expect(errorCodes(result)).toEqual(["invalid_workflow"]);
    expect((result.errors![0]!.extensions!.details as { fields: unknown[] }).fields).toContainEqual(problem);
  });

  it("POST /api/workflows answers 400 in seed 004's error shape, with every problem listed", async () => {
    const response = await rest(work.server, "POST", "/api/workflows", {
      body: { name: "broken", steps: [{ key: "a", kind: "model", model: "k2p5", prompt: "x", dependsOn: ["a", "ghost"] }] },
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: "The workflow definition is not valid: a step cannot depend on itself",
      code: "invalid_workflow",
      details: { fields: [{ field: "steps.a.dependsOn", message: "a step cannot depend on itself" }, { field: "steps.a.dependsOn", message: 'refers to unknown step "ghost"' }] },
    });
  });

  it("creates and lists workflows over REST (seed 004 create and list)", async () => {
    const name = unique("rest-wf");
    const created = await rest(work.server, "POST", "/api/workflows", { body: { name, description: "Three steps", steps: diamond.map((s) => ({ ...s, kind: "model" })) } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.stringMatching(/^wf_/), name, description: "Three steps", steps: [{ key: "research", kind: "model", dependsOn: [] }, { key: "draft" }, { key: "review", dependsOn: ["research", "draft"] }] });
    const listed = await rest(work.server, "GET", "/api/workflows");
    expect(listed.status).toBe(200);
    expect(listed.body.workflows.map((w: { name: string }) => w.name)).toContain(name);
    expect(listed.body.total).toBe(listed.body.workflows.length);
    const again = await rest(work.server, "POST", "/api/workflows", { body: { name, steps: [{ key: "a", kind: "model", model: "k2p5", prompt: "x" }] } });
    expect(again).toMatchObject({ status: 409, body: { code: "workflow_name_taken" } });
  });
});

describe("workflow runs", () => {
  it("runs independent steps in parallel, feeds outputs forward, and reports every step and progress change live", async () => {
    const workflow = await createWorkflow();
    work.models.hold();
    const base = work.models.requests.length;
    // A first run keeps the workflow busy, so the second one can be watched from its very start.
    const first = (await gqlOk(work.server, RunWorkflow, { input: { workflowId: workflow.id, input: { topic: "graph databases" } } })).runWorkflow.run;
    expect(first).toMatchObject({ status: "RUNNING", progress: 0 });
    await eventually(() => work.models.held === 2); // research and draft at once
    const second = (await gqlOk(work.server, RunWorkflow, { input: { workflowId: workflow.id, input: { topic: "queues" }, onBusy: "ENQUEUE" } })).runWorkflow.run;
    expect(second.status).toBe("QUEUED");
    const rejected = await gql(work.server, RunWorkflow, { input: { workflowId: workflow.id, input: { topic: "x" }, onBusy: "REJECT" } });
    expect(errorCodes(rejected)).toEqual(["workflow_busy"]);

    const client = wsClient(work.server);
    try {
      const updates = await subscribeOpen(work.server, client, WorkflowRunUpdated, { runId: second.id });
      work.models.releaseNext();
      work.models.releaseNext();
      await eventually(() => work.models.held === 1); // the first run's review
      work.models.releaseNext();
      await eventually(() => work.models.held === 2); // the second run started: its two independent steps at once

      const events: { kind: string; stepKey?: string | null; progress: number }[] = [];
      const seen = async (kind: string, count = 1) => {
        while (events.filter((e) => e.kind === kind).length < count) events.push((await updates.next()).data!.workflowRunUpdated);
      };
      await seen("STEP_STARTED", 2);
      work.models.releaseNext(); // one step at a time, so each completion brings its own progress
      await seen("STEP_COMPLETED", 1);
      work.models.releaseNext();
      await seen("STEP_COMPLETED", 2);
      await eventually(() => work.models.held === 1);
      work.models.releaseNext();
      await seen("RUN_COMPLETED");
      const starts = events.slice(1, 3).map((e) => `${e.kind} ${e.stepKey}`).sort();
      expect(events[0]).toMatchObject({ kind: "RUN_STARTED", progress: 0 });
      expect(starts).toEqual(["STEP_STARTED draft", "STEP_STARTED research"]);
      expect(events.slice(3).map((e) => [e.kind, e.progress])).toEqual([
        ["STEP_COMPLETED", 33],
        ["STEP_COMPLETED", 67],
        ["STEP_STARTED", 67],
        ["STEP_COMPLETED", 100],
        ["RUN_COMPLETED", 100],
      ]);
      expect(events[5]!.stepKey).toBe("review");
    } finally {
      await client.dispose();
    }

    const run = await runWhen(work.server, second.id);
    expect(run).toMatchObject({ status: "COMPLETED", progress: 100, usage: { calls: 3 } });
    expect(run.stepRuns.map((s) => [s.key, s.status])).toEqual([["research", "COMPLETED"], ["draft", "COMPLETED"], ["review", "COMPLETED"]]);
    const review = run.stepRuns[2]!.task!.task!;
    expect(review).toBe("Review.\nFacts: done: Research queues\nDraft: done: Draft a post on queues");
    expect(run.output).toEqual({ steps: { research: "done: Research queues", draft: "done: Draft a post on queues", review: `done: ${review.slice(0, 60)}` }, result: `done: ${review.slice(0, 60)}` });
    expect(work.models.requests.slice(base).map((r) => promptOf(r.body))).toContain(review);
  });

  it("runs over REST: 202 on POST /api/workflows/{id}/run, then the run's status, steps, usage and cost", async () => {
    const workflow = await createWorkflow();
    const started = await rest(work.server, "POST", `/api/workflows/${workflow.id}/run`, { body: { input: { topic: "REST" }, onBusy: "reject" } });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ runId: expect.stringMatching(/^wfr_/), workflowId: workflow.id, status: "running", progress: 0, input: { topic: "REST" } });
    await runWhen(work.server, started.body.runId);
    const status = await rest(work.server, "GET", `/api/workflows/runs/${started.body.runId}`);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ status: "completed", progress: 100, error: null, steps: [{ key: "research", status: "completed" }, { key: "draft", status: "completed" }, { key: "review", status: "completed" }], usage: { calls: 3 } });
    expect(status.body.usage.cost).toBeGreaterThan(0);
    const missing = await rest(work.server, "POST", `/api/workflows/${workflow.id}/run`, { body: {} });
    expect(missing).toMatchObject({ status: 400, body: { code: "VALIDATION_ERROR", details: { fields: [{ field: "input.topic", message: "is required by a step" }] } } });
    expect((await rest(work.server, "GET", "/api/workflows/runs/wfr_ghost")).body).toMatchObject({ error: "Requested workflow run does not exist", code: "workflow_run_not_found" });
  });

  it("fails the run when a step fails, naming the step, and starts nothing after it", async () => {
    const workflow = await createWorkflow([
      { key: "first", kind: "MODEL", model: "k2p5", prompt: "Go" },
      { key: "second", kind: "MODEL", model: "k2p5", prompt: "After {{steps.first.output}}", dependsOn: ["first"] },
    ]);
    const base = work.models.requests.length;
    work.models.options = { ...work.models.options, failWith: 500 };
    try {
      const { run } = (await gqlOk(work.server, RunWorkflow, { input: { workflowId: workflow.id } })).runWorkflow;
      const failed = await runWhen(work.server, run.id);
      expect(failed.status).toBe("FAILED");
      expect(failed.error).toMatch(/^step first failed: /);
      expect(failed.stepRuns.map((s) => s.status)).toEqual(["FAILED", "PENDING"]);
      expect(work.models.requests.length).toBe(base + 1);
    } finally {
      work.models.options = { ...work.models.options, failWith: undefined };
    }
  });

  it("cancelWorkflowRun stops running steps and their model calls; a finished run cannot be cancelled", async () => {
    const workflow = await createWorkflow();
    work.models.hold();
    const { run } = (await gqlOk(work.server, RunWorkflow, { input: { workflowId: workflow.id, input: { topic: "cancelled" } } })).runWorkflow;
    await eventually(() => work.models.held === 2);
    const cancelled = (await gqlOk(work.server, CancelWorkflowRun, { runId: run.id })).cancelWorkflowRun.run;
    expect(cancelled.status).toBe("CANCELLED");
    await eventually(() => work.models.inFlight === 0);
    const after = (await gqlOk(work.server, WorkflowRunQuery, { id: run.id })).workflowRun!;
    expect(after.stepRuns.map((s) => s.status)).toEqual(["CANCELLED", "CANCELLED", "PENDING"]);
    const again = await rest(work.server, "POST", `/api/workflows/runs/${run.id}/cancel`);
    expect(again).toMatchObject({ status: 409, body: { error: "The workflow run has already finished", code: "workflow_run_not_cancellable" } });
  });
});

describe("workflow durability", () => {
  it("picks a run up where it was after a restart: finished steps are kept, the interrupted one runs again", async () => {
    const database = await freshDatabase();
    work.models.hold();
    const first = await startWorkServer(work.models, { database });
    const { workflow } = (await gqlOk(first, CreateWorkflow, { input: { name: unique("durable"), steps: [
      { key: "outline", kind: "MODEL", model: "k2p5", prompt: "Outline {{input.topic}}" },
      { key: "write", kind: "MODEL", model: "k2p5", prompt: "Write from {{steps.outline.output}}", dependsOn: ["outline"] },
    ] } })).createWorkflow;
    const base = work.models.requests.length;
    const { run } = (await gqlOk(first, RunWorkflow, { input: { workflowId: workflow.id, input: { topic: "restarts" } } })).runWorkflow;
    await eventually(() => work.models.held === 1);
    work.models.releaseNext(); // outline finishes…
    await eventually(() => work.models.held === 1 && work.models.requests.length === base + 2); // …and write is running
    await first.stop();

    work.models.releaseAll();
    const second = await startWorkServer(work.models, { database });
    try {
      const finished = await runWhen(second, run.id);
      expect(finished).toMatchObject({ status: "COMPLETED", progress: 100 });
      expect(work.models.requests.slice(base).map((r) => promptOf(r.body))).toEqual(["Outline restarts", "Write from done: Outline restarts", "Write from done: Outline restarts"]);
    } finally {
      await second.stop();
    }
  });
});

describe("QuestFlow (seed 001)", () => {
  it("GET /api/workflows/status lists the active runs as the seed's array", async () => {
    const workflow = await createWorkflow();
    work.models.hold();
    const { run } = (await gqlOk(work.server, RunWorkflow, { input: { workflowId: workflow.id, input: { topic: "status" } } })).runWorkflow;
    await eventually(() => work.models.held === 2);
    const response = await rest(work.server, "GET", "/api/workflows/status");
    expect(response.status).toBe(200);
    expect(response.body).toContainEqual({ id: run.id, name: workflow.name, status: "running", progress: 0, startTime: expect.any(String) });
    work.models.releaseAll();
    await runWhen(work.server, run.id);
    expect((await rest(work.server, "GET", "/api/workflows/status")).body.map((r: { id: string }) => r.id)).not.toContain(run.id);
  });

  it("POST /api/agents/csuite/meeting: the CEO, CTO, CFO and CMO each contribute and the outcomes come back in the seed's shape", async () => {
    const response = await rest(work.server, "POST", "/api/agents/csuite/meeting", { body: { agenda: ["Q3 hiring plan", "Pricing change"] } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      meetingId: expect.stringMatching(/^wfr_/),
      participants: ["CEO", "CTO", "CFO", "CMO"],
      agenda: ["Q3 hiring plan", "Pricing change"],
      // Each line is the substance of a contribution, not the agent's greeting ("CEO Mimi here.").
      outcomes: ["CEO", "CTO", "CFO", "CMO", "Decision"].map((who) => expect.stringMatching(new RegExp(`^${who}: (?!\\w+ \\w+ here\\.).{25,}$`))),
      duration: expect.stringMatching(/^\d+\.\d seconds$/),
      status: "completed",
      timestamp: expect.any(String),
    });
    const run = (await gqlOk(work.server, WorkflowRunQuery, { id: response.body.meetingId })).workflowRun!;
    expect(run.stepRuns.map((s) => [s.key, s.status])).toEqual([["ceo", "COMPLETED"], ["cto", "COMPLETED"], ["cfo", "COMPLETED"], ["cmo", "COMPLETED"], ["outcomes", "COMPLETED"]]);
    expect(run.stepRuns[4]!.task!.task).toContain("Q3 hiring plan; Pricing change");

    const defaults = await rest(work.server, "POST", "/api/agents/csuite/meeting");
    expect(defaults.body.agenda).toEqual(["Review quarterly performance", "Discuss new initiatives"]);
  });
});
