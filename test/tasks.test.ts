// Seed 003 "Spawn Agent": tasks run by a model through the provider layer — validated with the seed's
// messages, queued by priority with bounded concurrency, timed out, cancellable with a refund, and
// durable across restarts. Their usage rolls up to the model's worker agent.
import { describe, expect, it } from "vitest";
import { errorCodes, gql, gqlOk, rest } from "./support/client.js";
import { BudgetStatusQuery, UpdateBudget } from "./support/documents.js";
import { freshDatabase, openDatabase, startServer } from "./support/server.js";
import { LOAD_TIMEOUT_MS } from "./support/timeouts.js";
import { promptOf, startWorkServer, taskWhen, useWorkServer } from "./support/work.js";
import { CancelTask, SpawnTask, TaskQuery, TasksQuery, TaskUpdated } from "./support/work-documents.js";
import { eventually, subscribeOpen, wsClient } from "./support/ws.js";

const work = useWorkServer();

const spawn = async (task: string, priority: "LOW" | "NORMAL" | "HIGH" = "NORMAL", extra: { timeoutSeconds?: number; model?: string } = {}, on = work.server) =>
  (await gqlOk(on, SpawnTask, { input: { task, model: extra.model ?? "k2p5", priority, timeoutSeconds: extra.timeoutSeconds } })).spawnTask.task;

/** Waits until the fake model has received `count` requests in all. */
const requestsReach = (count: number) => eventually(() => work.models.requests.length >= count);

describe("spawning a task (seed 003 POST /api/spawn)", () => {
  it("answers 201 with the seed's fields, holds the estimated cost, and completes with a result and its actual cost", async () => {
    const spawned = await rest(work.server, "POST", "/api/spawn", { body: { model: "k2p5", task: "Summarise the release notes", priority: "high" } });
    expect(spawned.status).toBe(201);
    expect(spawned.body).toEqual({ success: true, agent_id: expect.stringMatching(/^subagent_\d{13}_[0-9a-f]{16}$/), model: "k2p5", status: expect.stringMatching(/^(spawning|running)$/), estimated_cost: expect.any(Number) });
    expect(spawned.body.estimated_cost).toBeGreaterThan(0);

    await taskWhen(work.server, spawned.body.agent_id);
    const status = await rest(work.server, "GET", `/api/agent/${spawned.body.agent_id}`);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ agent_id: spawned.body.agent_id, model: "k2p5", status: "completed", task: "Summarise the release notes", result: "done: Summarise the release notes", error: null });
    expect(status.body.cost).toBeGreaterThan(0);
    expect(status.body.cost).toBeLessThanOrEqual(spawned.body.estimated_cost);
    expect(Date.parse(status.body.completed)).not.toBeNaN();
  });

  it.each([
    ["a missing task", { model: "k2p5" }, "Task cannot be empty"],
    ["a blank task", { model: "k2p5", task: "   " }, "Task cannot be empty"],
    ["a task over 2000 characters", { model: "k2p5", task: "x".repeat(2001) }, "Task cannot exceed 2000 characters"],
    ["a model outside the catalogue", { model: "gpt-9", task: "hi" }, "Model must be one of: builtin, k2p5, sonnet, opus"],
    ["an unknown priority", { model: "k2p5", task: "hi", priority: "urgent" }, "Priority must be low, normal, or high"],
  ])("rejects %s with 400 and the seed's message, spawning nothing", async (_case, body, message) => {
    const before = (await gqlOk(work.server, TasksQuery, {})).tasks.totalCount;
    const response = await rest(work.server, "POST", "/api/spawn", { body });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ success: false, error: message, code: "VALIDATION_ERROR" });
    expect((await gqlOk(work.server, TasksQuery, {})).tasks.totalCount).toBe(before);
  });

  it("rejects an unregistered team with the seed's message", async () => {
    const response = await rest(work.server, "POST", "/api/spawn-team", { body: { team: "team_nope", task: "hi" } });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ success: false, error: "Team must match a registered team id (team_coding, team_creative, team_research, team_business)" });
  });

  it("gives GraphQL clients the same rule as a typed VALIDATION_ERROR naming the field", async () => {
    const result = await gql(work.server, SpawnTask, { input: { task: "", model: "k2p5" } });
    expect(errorCodes(result)).toEqual(["VALIDATION_ERROR"]);
    expect(result.errors![0]!.message).toBe("Task cannot be empty");
    expect(result.errors![0]!.extensions!.details).toEqual({ fields: [{ field: "task", message: "Task cannot be empty" }] });
  });

  it("runs on the model's worker agent, so the task's usage, cost and count roll up to that agent", async () => {
    const spawned = await spawn("Roll me up", "NORMAL", { model: "sonnet" });
    expect(spawned.agent).toMatchObject({ name: "worker-sonnet" });
    const task = await taskWhen(work.server, spawned.id);
    expect(task).toMatchObject({ status: "COMPLETED", model: "sonnet", usage: { calls: 1 } });
    expect(task.usage.cost).toBe(task.actualCost);
    expect(Number(task.refund)).toBeCloseTo(Number(task.estimatedCost) - Number(task.actualCost), 6);
    expect(task.agent!.performanceMetrics).toMatchObject({ tasksAssigned: 1, tasksCompleted: 1 });
    expect(Number(task.agent!.usage.cost)).toBeGreaterThanOrEqual(Number(task.actualCost));
  });

  it("reports each status change live over taskUpdated", async () => {
    work.models.hold();
    const base = work.models.requests.length;
    const spawned = await spawn("Watch me");
    const client = wsClient(work.server);
    try {
      const updates = await subscribeOpen(work.server, client, TaskUpdated, { taskId: spawned.id });
      await requestsReach(base + 1); // it is running, its model call held
      work.models.releaseAll();
      const seen: string[] = [];
      while (!seen.includes("COMPLETED")) seen.push((await updates.next()).data!.taskUpdated.status);
      expect(seen.at(-1)).toBe("COMPLETED");
      expect((await gqlOk(work.server, TaskQuery, { id: spawned.id })).task!.result).toBe("done: Watch me");
    } finally {
      await client.dispose();
    }
  });

  it("reports every task's changes over taskUpdated without a taskId (the dashboard's feed)", async () => {
    const client = wsClient(work.server);
    try {
      const updates = await subscribeOpen(work.server, client, TaskUpdated, {});
      const first = await spawn("Everyone sees me");
      const second = await spawn("And me");
      const finished = new Set<string>();
      while (finished.size < 2) {
        const { taskId, status } = (await updates.next()).data!.taskUpdated;
        if (status === "COMPLETED") finished.add(taskId);
      }
      expect([...finished].sort()).toEqual([first.id, second.id].sort());
    } finally {
      await client.dispose();
    }
  });

  it("holds the estimate against the budget at spawn: with too little left it is 402 budget_exceeded and nothing is queued", async () => {
    const budget = (await gqlOk(work.server, BudgetStatusQuery)).budgetStatus;
    await gqlOk(work.server, UpdateBudget, { input: { dailyBudget: budget.todaySpend } });
    try {
      const before = (await gqlOk(work.server, TasksQuery, {})).tasks.totalCount;
      const response = await rest(work.server, "POST", "/api/spawn", { body: { model: "opus", task: "Too dear" } });
      expect(response.status).toBe(402);
      expect(response.body).toMatchObject({ success: false, error: { code: 402, type: "budget_exceeded" } });
      expect((await gqlOk(work.server, TasksQuery, {})).tasks.totalCount).toBe(before);
    } finally {
      await gqlOk(work.server, UpdateBudget, { input: { dailyBudget: budget.dailyBudget } });
    }
  });
});

describe("the queue", () => {
  it("starts HIGH before NORMAL before LOW, first come first served within a priority, never more than TASK_CONCURRENCY at once", async () => {
    work.models.hold();
    const base = work.models.requests.length;
    await spawn("B1", "LOW");
    await spawn("B2", "LOW");
    await requestsReach(base + 2); // both slots busy
    const queued = [
      await spawn("L1", "LOW"),
      await spawn("N1", "NORMAL"),
      await spawn("H1", "HIGH"),
      await spawn("N2", "NORMAL"),
      await spawn("H2", "HIGH"),
      await spawn("L2", "LOW"),
    ];
    for (const task of queued) expect((await gqlOk(work.server, TaskQuery, { id: task.id })).task!.status).toBe("SPAWNING");

    // Free one slot at a time, so each start is the queue's choice alone.
    while (work.models.requests.length < base + 8) {
      const seen = work.models.requests.length;
      work.models.releaseNext();
      await requestsReach(seen + 1);
    }
    work.models.releaseAll();
    for (const task of queued) await taskWhen(work.server, task.id);

    expect(work.models.requests.slice(base).map((r) => promptOf(r.body))).toEqual(["B1", "B2", "H1", "H2", "N1", "N2", "L1", "L2"]);
    expect(work.models.maxInFlight).toBe(2);
  });

  it("stops a task that outlives its timeout as TIMED_OUT, aborting its model call and refunding the unspent hold", async () => {
    work.models.hold();
    const spawned = await spawn("Take forever", "HIGH", { timeoutSeconds: 1 });
    const task = await taskWhen(work.server, spawned.id);
    expect(task).toMatchObject({ status: "TIMED_OUT", error: "the task ran out of time", result: null });
    // The aborted call is charged for what it read at most; the rest of the hold comes back.
    expect(Number(task.actualCost)).toBeLessThan(Number(task.estimatedCost) / 10);
    expect(Number(task.refund)).toBeCloseTo(Number(task.estimatedCost) - Number(task.actualCost), 6);
    await eventually(() => work.models.inFlight === 0); // the model call itself was aborted
  });

  it("cancels a queued task with DELETE /api/agent/{agent_id}, refunding everything it held", async () => {
    work.models.hold();
    const base = work.models.requests.length;
    const blockers = [await spawn("Blocker 1"), await spawn("Blocker 2")];
    await requestsReach(base + 2);
    const queued = await spawn("Never started");

    const cancelled = await rest(work.server, "DELETE", `/api/agent/${queued.id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toEqual({ success: true, message: "Agent cancelled", refund: Number(queued.estimatedCost), status: "cancelled" });

    // A running one stops too: its model call is aborted and the unspent hold refunded.
    const running = await gqlOk(work.server, CancelTask, { id: blockers[0]!.id });
    expect(running.cancelTask.task).toMatchObject({ status: "CANCELLED", error: "the task was cancelled" });
    expect(Number(running.cancelTask.refund)).toBeCloseTo(Number(running.cancelTask.task.estimatedCost) - Number(running.cancelTask.task.actualCost), 6);
    await eventually(() => work.models.inFlight === 1);

    const again = await rest(work.server, "DELETE", `/api/agent/${queued.id}`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ success: false, error: "The task has already finished", code: "task_not_cancellable" });
    expect((await rest(work.server, "DELETE", "/api/agent/subagent_1_abcdef")).body).toMatchObject({ success: false, error: { code: 404, type: "task_not_found" } });

    work.models.releaseAll();
    await taskWhen(work.server, blockers[1]!.id);
    expect(work.models.requests.slice(base).map((r) => promptOf(r.body))).not.toContain("Never started");
    expect((await gqlOk(work.server, BudgetStatusQuery)).budgetStatus.reserved).toBe("0");
  });
});

describe("under load", () => {
  it("finishes every one of 60 tasks spawned at once, with the books balanced: costs add up and no hold is left", async () => {
    const busy = await startServer({ env: { TASK_CONCURRENCY: "8" } }); // the built-in provider: calls are instant, contention is all in the database
    try {
      const spawned = await Promise.all(
        Array.from({ length: 60 }, (_, i) => gqlOk(busy, SpawnTask, { input: { task: `Load ${i}`, model: ["k2p5", "sonnet", "opus"][i % 3]!, priority: (["LOW", "NORMAL", "HIGH"] as const)[i % 3] } })),
      );
      const unfinished = async () => (await gqlOk(busy, TasksQuery, { filter: { status: ["SPAWNING", "RUNNING"] } })).tasks.totalCount;
      await eventually(async () => (await unfinished()) === 0, LOAD_TIMEOUT_MS);
      const finished = await Promise.all(spawned.map(async ({ spawnTask }) => (await gqlOk(busy, TaskQuery, { id: spawnTask.task.id })).task!));
      expect(finished.filter((t) => t.status !== "COMPLETED").map((t) => t.error)).toEqual([]);
      const budget = (await gqlOk(busy, BudgetStatusQuery)).budgetStatus;
      expect(budget.reserved).toBe("0");
      const spent = finished.reduce((sum, t) => sum + Number(t.actualCost), 0);
      expect(Number(budget.todaySpend)).toBeCloseTo(spent, 6);
    } finally {
      await busy.stop();
    }
  }, LOAD_TIMEOUT_MS * 2);
});

describe("durability", () => {
  it("hands running tasks back on a graceful stop (their calls recorded as aborted) and the next start runs them and the queued ones, each settled once", async () => {
    const database = await freshDatabase();
    work.models.hold();
    const first = await startWorkServer(work.models, { database });
    const resumed = await spawn("Survive a restart", "NORMAL", {}, first);
    const twice = await spawn("Interrupted twice", "HIGH", {}, first);
    const queued = [await spawn("Queued A", "LOW", {}, first), await spawn("Queued B", "LOW", {}, first)];
    await eventually(() => work.models.held === 2);
    await first.stop();
    await eventually(() => work.models.inFlight === 0);
    // Read on a connection of its own: the stopped server's client is closed, and a query on it may never answer.
    const db = openDatabase(database);
    const handedBack = await db.task.findMany({ where: { id: { in: [resumed.id, twice.id] } } }).finally(() => db.$disconnect());
    expect(handedBack.map((t) => ({ status: t.status, leaseOwner: t.leaseOwner, error: t.error }))).toEqual(
      handedBack.map(() => ({ status: "SPAWNING", leaseOwner: null, error: expect.stringMatching(/^handed back when instance .+ stopped$/) })),
    );

    // Second life, one slot: the HIGH task starts again (its second attempt) and is handed back again.
    const second = await startWorkServer(work.models, { database, env: { TASK_CONCURRENCY: "1" } });
    await eventually(() => work.models.held === 1);
    expect(promptOf(work.models.requests.at(-1)!.body)).toBe("Interrupted twice");
    await second.stop();

    // Third life: everything finishes; a graceful stop is not the task's fault, so nothing fails for it.
    work.models.releaseAll();
    const third = await startWorkServer(work.models, { database });
    try {
      const after = await Promise.all([resumed, twice, ...queued].map((t) => taskWhen(third, t.id)));
      const byPrompt = Object.fromEntries(after.map((t) => [t.task, t]));
      expect(byPrompt["Interrupted twice"]).toMatchObject({ status: "COMPLETED", error: null, result: "done: Interrupted twice", attempts: 3 });
      expect(byPrompt["Survive a restart"]).toMatchObject({ status: "COMPLETED", error: null, result: "done: Survive a restart", attempts: 2 });
      for (const prompt of ["Queued A", "Queued B"]) expect(byPrompt[prompt]).toMatchObject({ status: "COMPLETED", error: null, result: `done: ${prompt}`, attempts: 1 });
      // Each interrupted call is on the books once, as ABORTED; each task has exactly one answer.
      const records = await third.app.db.usageRecord.findMany({ where: { runId: { in: [resumed.id, twice.id] } } });
      expect(records.filter((r) => r.runId === twice.id).map((r) => r.status).sort()).toEqual(["ABORTED", "ABORTED", "OK"]);
      expect(records.filter((r) => r.runId === resumed.id).map((r) => r.status).sort()).toEqual(["ABORTED", "OK"]);
      expect((await gqlOk(third, TasksQuery, { filter: { status: ["RUNNING", "SPAWNING"] } })).tasks.totalCount).toBe(0);
      expect(await third.app.db.budgetReservation.count()).toBe(0);
    } finally {
      await third.stop();
    }
  });
});

