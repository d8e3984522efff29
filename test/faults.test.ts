// Faults against the real process: SIGTERM with everything open and nobody reading stdout, kill -9
// under a write load, kill -9 with a task running. (The long two-instance scenarios on PostgreSQL and
// Redis are in `npm run chaos`.)
import http from "node:http";
import path from "node:path";
import { createClient } from "graphql-ws";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createDb } from "../src/db.js";
import type { FakeOpenAI } from "./support/openai-server.js";
import { dialect, freshDatabase } from "./support/server.js";
import { call, killSpawned, spawnServer } from "./support/spawned-server.js";
import { promptOf, startFakeModels } from "./support/work.js";
import { eventually } from "./support/ws.js";

let models: FakeOpenAI;
beforeAll(async () => {
  models = await startFakeModels();
});
afterEach(async () => {
  models.releaseAll();
  await killSpawned();
});
afterAll(async () => {
  await models.close();
});

const modelsEnv = () => ({ OPENAI_BASE_URL: models.url, OPENAI_MODELS: "k2p5" });
const agentIdOf = (body: any): string | undefined => body?.agent_id ?? body?.agent?.agent_id ?? body?.data?.agent_id;

describe.skipIf(dialect !== "sqlite")("faults against the real process (embedded database)", () => {
  it("exits within SHUTDOWN_TIMEOUT_MS on SIGTERM with graphql-ws and SSE subscriptions open, a request in flight, a task running and nobody reading its stdout", async () => {
    const { dataDir } = await freshDatabase();
    const timeoutMs = 4000;
    const server = await spawnServer({ DATA_DIR: dataDir, ...modelsEnv(), SHUTDOWN_TIMEOUT_MS: String(timeoutMs), SHUTDOWN_GRACE_MS: "1500" });

    // An agent whose start both subscriptions must see: then both are live.
    const agentId = agentIdOf((await call(server, "POST", "/api/v1/agents", { name: "watched", type: "t" })).body)!;
    const subscription = `subscription { agentStatusChanged(agentId: "${agentId}") { status } }`;
    const ws = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: server.admin }, retryAttempts: 0 });
    const wsEvents: string[] = [];
    const wsDone = new Promise<string>((resolve) => ws.subscribe({ query: subscription }, { next: (r) => void wsEvents.push(JSON.stringify(r)), error: () => resolve("error"), complete: () => resolve("complete") }));
    const sse = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { authorization: server.admin, "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ query: subscription }),
    });
    const sseReader = sse.body!.getReader();
    let sseText = "";
    const sseDone = (async () => {
      for (;;) {
        const { done, value } = await sseReader.read().catch(() => ({ done: true, value: undefined }));
        if (done) return "ended";
        sseText += Buffer.from(value!).toString();
      }
    })();
    await eventually(async () => {
      // Stop and start again until both have seen a change (each goes live at its own moment).
      await call(server, "POST", `/api/v1/agents/${agentId}/stop`);
      await call(server, "POST", `/api/v1/agents/${agentId}/start`);
      return wsEvents.length > 0 && sseText.includes("RUNNING");
    }, 30_000);

    // A task whose model call is held, and a request whose body is still on its way.
    models.hold();
    const task = (await call(server, "POST", "/api/spawn", { model: "k2p5", task: "Running at SIGTERM" })).body.agent_id as string;
    await eventually(() => models.held === 1, 20_000);
    const body = JSON.stringify({ name: "in-flight", type: "t" });
    const request = http.request(`${server.url}/api/v1/agents`, { method: "POST", headers: { authorization: server.admin, "content-type": "application/json", "content-length": Buffer.byteLength(body) } });
    const answered = new Promise<string>((resolve) => {
      request.on("response", (res) => resolve(String(res.statusCode)));
      request.on("error", (error) => resolve(error.message));
    });
    request.write(body.slice(0, 5));

    server.child.stdout.destroy(); // the log reader is gone: every further line meets EPIPE
    const signalledAt = Date.now();
    server.child.kill("SIGTERM");
    const exit = await server.exited;
    const elapsed = exit.at - signalledAt;

    expect(exit.signal).toBeNull(); // it exited by itself, not killed
    expect(elapsed).toBeLessThan(timeoutMs + 2000); // the deadline (plus process exit on a busy machine)
    expect(await wsDone).toMatch(/complete|error/);
    expect(await sseDone).toBe("ended");
    expect(await answered).toBeTruthy();
    request.destroy();
    await ws.dispose();

    // The running task was handed back to the queue (its aborted call on the books), not lost or failed.
    const db = createDb(`file:${path.join(dataDir, "control-plane.db")}`);
    try {
      expect(await db.task.findUniqueOrThrow({ where: { id: task } })).toMatchObject({ status: "SPAWNING", leaseOwner: null });
      expect((await db.usageRecord.findMany({ where: { runId: task } })).map((r) => r.status)).toEqual(["ABORTED"]);
      expect(await db.budgetReservation.count()).toBe(1); // the task's own hold, kept for its next run
    } finally {
      await db.$disconnect();
    }
    console.info(`SIGTERM → exit: ${elapsed} ms (deadline ${timeoutMs} ms)`);
  }, 180_000);

  it("keeps every acknowledged write when killed with SIGKILL under a write load", async () => {
    const { dataDir } = await freshDatabase();
    const server = await spawnServer({ DATA_DIR: dataDir });
    const acknowledged: string[] = [];
    let submitted = 0;
    let running = true;
    const writer = async (n: number) => {
      for (let i = 0; running; i++) {
        submitted++;
        try {
          const response = await call(server, "POST", "/api/v1/agents", { name: `w${n}-${i}`, type: "t" });
          if (response.status === 201) acknowledged.push(agentIdOf(response.body)!);
        } catch {
          return; // the process is gone
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    await eventually(() => acknowledged.length >= 100, 60_000);
    server.child.kill("SIGKILL");
    await server.exited;
    running = false;
    await Promise.all(writers);

    const restarted = await spawnServer({ DATA_DIR: dataDir });
    const missing: string[] = [];
    for (const id of acknowledged) if ((await call(restarted, "GET", `/api/v1/agents/${id}`)).status !== 200) missing.push(id);
    console.info(`kill -9 under writes: submitted ${submitted}, acknowledged ${acknowledged.length}, missing after restart ${missing.length}`);
    expect(missing).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(100);
  }, 180_000);

  it("takes a task over once the lease of a killed instance has expired, and completes it exactly once", async () => {
    const { dataDir } = await freshDatabase();
    const env = { DATA_DIR: dataDir, ...modelsEnv(), TASK_LEASE_MS: "1500" };
    const first = await spawnServer(env);
    models.hold();
    const task = (await call(first, "POST", "/api/spawn", { model: "k2p5", task: "Survive kill -9" })).body.agent_id as string;
    await eventually(() => models.held === 1, 20_000);
    first.child.kill("SIGKILL");
    await first.exited;
    models.releaseAll();

    const second = await spawnServer(env);
    await eventually(async () => (await call(second, "GET", `/api/agent/${task}`)).body.status === "completed", 30_000);
    const db = createDb(`file:${path.join(dataDir, "control-plane.db")}`);
    try {
      const row = await db.task.findUniqueOrThrow({ where: { id: task } });
      expect(row).toMatchObject({ status: "COMPLETED", attempts: 2, lostLeases: 1 });
      // Two calls reached the provider (the killed one never got its answer); one was recorded and settled.
      expect(models.requests.filter((r) => promptOf(r.body) === "Survive kill -9")).toHaveLength(2);
      expect((await db.usageRecord.findMany({ where: { runId: task } })).map((r) => r.status)).toEqual(["OK"]);
      expect(await db.budgetReservation.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  }, 180_000);
});
