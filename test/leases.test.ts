// Work runs once across instances: the instance running a task holds a lease on it, renewed while it
// runs. Another instance takes a task over only once its lease has expired; a graceful stop hands its
// tasks back at once; a run whose lease was taken over settles nothing (its cost is booked once).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlOk } from "./support/client.js";
import { FakeClock } from "./support/clock.js";
import type { FakeOpenAI } from "./support/openai-server.js";
import { freshDatabase, type TestServer } from "./support/server.js";
import { promptOf, startFakeModels, startWorkServer, taskWhen } from "./support/work.js";
import { SpawnTask } from "./support/work-documents.js";
import { eventually } from "./support/ws.js";

const LEASE_MS = 900;
let models: FakeOpenAI;
beforeAll(async () => {
  models = await startFakeModels();
});
afterAll(async () => {
  models.releaseAll();
  await models.close();
});

/** Two instances on one database and one pub/sub, on the same (fake) clock. */
async function twoInstances() {
  const database = await freshDatabase();
  const clock = new FakeClock();
  const options = { database, clock, eventsNamespace: `leases-${Date.now()}-${Math.random()}`, env: { TASK_LEASE_MS: String(LEASE_MS), TASK_CONCURRENCY: "2" } };
  const a = await startWorkServer(models, options);
  const b = await startWorkServer(models, options);
  return { a, b, clock, stop: async () => void (await Promise.all([a.stop(), b.stop()])) };
}

const spawn = async (server: TestServer, task: string) => (await gqlOk(server, SpawnTask, { input: { task, model: "k2p5" } })).spawnTask.task;

describe("task leases", () => {
  it("takes over a task only after its owner's lease has expired, and books the lost run's call once, as aborted", async () => {
    models.hold();
    const { a, b, clock, stop } = await twoInstances();
    try {
      const task = await spawn(a, "Leased work");
      await eventually(() => models.held >= 1, 15_000);
      const row = await a.app.db.task.findUniqueOrThrow({ where: { id: task.id } });
      const owner = row.leaseOwner === a.app.instanceId ? a : b;
      const other = owner === a ? b : a;
      expect(row).toMatchObject({ status: "RUNNING", attempts: 1, leaseOwner: owner.app.instanceId });

      // The owner stops renewing (as if it hung): the row says another, silent instance holds it.
      await owner.app.db.task.update({ where: { id: task.id }, data: { leaseOwner: "silent-instance" } });
      await eventually(() => models.held === 0, 15_000); // the owner notices at its next renewal and aborts its call
      expect(await other.app.services.tasks.poll()).toEqual({ reclaimed: 0 }); // the lease has not expired: nobody takes it
      expect((await other.app.db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("RUNNING");

      models.releaseAll();
      clock.advance(LEASE_MS + 1); // now either instance's queue timer takes it over
      const done = await taskWhen(other, task.id, undefined, 15_000);
      expect(done).toMatchObject({ status: "COMPLETED", result: "done: Leased work", attempts: 2 });
      const after = await other.app.db.task.findUniqueOrThrow({ where: { id: task.id } });
      expect(after).toMatchObject({ lostLeases: 1, leaseOwner: null, leaseExpiresAt: null });
      // Two calls reached the provider; each is booked once, and the task's cost is their sum, settled once.
      const records = await other.app.db.usageRecord.findMany({ where: { runId: task.id } });
      expect(records.map((r) => r.status).sort()).toEqual(["ABORTED", "OK"]);
      expect(after.actualCostMicros).toBe(records.reduce((sum, r) => sum + r.costMicros, 0));
      expect(await other.app.db.budgetReservation.count()).toBe(0);
      expect(models.requests.filter((r) => promptOf(r.body) === "Leased work")).toHaveLength(2);
    } finally {
      models.releaseAll();
      await stop();
    }
  }, 60_000);

  it("hands a running task back on a graceful stop, and the other instance runs it at once", async () => {
    models.hold();
    const { a, b, stop } = await twoInstances();
    try {
      const task = await spawn(a, "Handed over");
      await eventually(() => models.held >= 1, 15_000);
      const ownerIsA = (await a.app.db.task.findUniqueOrThrow({ where: { id: task.id } })).leaseOwner === a.app.instanceId;
      const [owner, other] = ownerIsA ? [a, b] : [b, a];
      models.releaseAll();
      models.hold();
      await owner.stop(); // aborts its call once the grace period ends, hands the task back
      models.releaseAll();
      const done = await taskWhen(other, task.id, undefined, 15_000);
      expect(done).toMatchObject({ status: "COMPLETED", attempts: 2 });
      const records = await other.app.db.usageRecord.findMany({ where: { runId: task.id } });
      expect(records.filter((r) => r.status === "OK")).toHaveLength(1);
    } finally {
      models.releaseAll();
      await stop();
    }
  }, 60_000);

  it("fails a task whose instance died while running it three times (a crash loop), refunding its hold", async () => {
    const { a, clock, stop } = await twoInstances();
    try {
      models.hold();
      const task = await spawn(a, "Crash loop");
      await eventually(() => models.held >= 1, 15_000);
      // As if its instance had died twice before and now a third time.
      await a.app.db.task.update({ where: { id: task.id }, data: { leaseOwner: "dead-instance", lostLeases: 2 } });
      await eventually(() => models.held === 0, 15_000);
      models.releaseAll();
      clock.advance(LEASE_MS + 1);
      await a.app.services.tasks.poll();
      const failed = await taskWhen(a, task.id, undefined, 15_000);
      expect(failed).toMatchObject({ status: "FAILED", error: "its instance stopped while running it 3 times" });
      expect(Number(failed.refund)).toBeCloseTo(Number(failed.estimatedCost) - Number(failed.actualCost), 6);
      expect(await a.app.db.budgetReservation.count()).toBe(0);
    } finally {
      models.releaseAll();
      await stop();
    }
  }, 60_000);
});
