// Seed 001 System Operations API and seed 003 /system: status from real probes (cached 10 s, with
// ETags), configuration for admins, and system tasks — queued, observable, and a backup that restores.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql, gqlOk, rest } from "./support/client.js";
import { BudgetStatusQuery, CreateAgent, GetAgent, StartAgent, SystemConfigQuery, SystemStatusQuery, SystemTaskQuery, SystemTaskUpdated, TriggerSystemTask, UpdateBudget } from "./support/documents.js";
import { createKey } from "./support/fixtures.js";
import { dialect, freshDatabase, startServer, type TestServer } from "./support/server.js";
import { eventually, subscribeOpen, wsClient } from "./support/ws.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

async function runTask(taskType: "CLEAR_CACHE" | "RELOAD_CONFIG" | "BACKUP_DATABASE", parameters?: Record<string, unknown>, on = server) {
  const { task } = (await gqlOk(on, TriggerSystemTask, { input: { taskType, parameters } })).triggerSystemTask;
  const finished = async () => (await gqlOk(on, SystemTaskQuery, { id: task.id })).systemTask!;
  await eventually(async () => ["COMPLETED", "FAILED"].includes((await finished()).status));
  return finished();
}

describe("system status (seed 001)", () => {
  it("is healthy, every service operational by its probe, with live metrics", async () => {
    const { createAgent } = await gqlOk(server, CreateAgent, { input: { name: "status-probe", type: "t" } });
    await gqlOk(server, StartAgent, { id: createAgent.agent.id });
    await runTask("CLEAR_CACHE");
    const status = (await gqlOk(server, SystemStatusQuery)).systemStatus;
    expect(status).toMatchObject({
      status: "HEALTHY",
      timestamp: server.clock.now().toISOString(),
      services: { apiGateway: "OPERATIONAL", agentOrchestrator: "OPERATIONAL", messageBroker: "OPERATIONAL", database: "OPERATIONAL", cache: "OPERATIONAL" },
      metrics: { activeAgents: 1, activeSessions: 0, errorRate: 0 },
    });
    expect(status.metrics.requestsPerMinute).toBeGreaterThan(3);
    expect(status.metrics.systemLoad).toBeGreaterThanOrEqual(0);
  });

  it("is cached for 10 seconds, until CLEAR_CACHE empties the cache", async () => {
    const before = (await gqlOk(server, SystemStatusQuery)).systemStatus.metrics.activeAgents;
    const { createAgent } = await gqlOk(server, CreateAgent, { input: { name: "cached-away", type: "t" } });
    await gqlOk(server, StartAgent, { id: createAgent.agent.id });
    expect((await gqlOk(server, SystemStatusQuery)).systemStatus.metrics.activeAgents).toBe(before);
    const cleared = await runTask("CLEAR_CACHE");
    expect(cleared).toMatchObject({ status: "COMPLETED", result: { cleared: 1 } });
    expect((await gqlOk(server, SystemStatusQuery)).systemStatus.metrics.activeAgents).toBe(before + 1);
  });

  it("GET /api/v1/system/status has the seed's shape, with Cache-Control and an ETag honoured by If-None-Match", async () => {
    const first = await rest(server, "GET", "/api/v1/system/status");
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      status: "healthy",
      timestamp: expect.any(String),
      services: { api_gateway: "operational", agent_orchestrator: "operational", message_broker: "operational", database: "operational", cache: "operational" },
      metrics: { active_agents: expect.any(Number), active_sessions: 0, requests_per_minute: expect.any(Number), error_rate: 0, system_load: expect.any(Number) },
    });
    expect(first.headers.get("cache-control")).toBe("private, max-age=10");
    const etag = first.headers.get("etag")!;
    const again = await rest(server, "GET", "/api/v1/system/status", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
  });

  it("GET /api/system answers the seed-003 host figures", async () => {
    const { status, body } = await rest(server, "GET", "/api/system");
    expect(status).toBe(200);
    expect(body).toEqual({
      cpu_temp: expect.toSatisfy((v: unknown) => v === null || typeof v === "number"),
      load_average: expect.any(Number),
      memory_usage: expect.any(Number),
      uptime: expect.stringMatching(/^\d+h \d+m$/),
      disk_free: expect.stringMatching(/^\d+[BKMGT]$/),
      active_agents: expect.any(Number),
    });
  });
});

describe("system configuration", () => {
  it("shows version, environment, providers and the default agent config to admins only", async () => {
    const config = (await gqlOk(server, SystemConfigQuery)).systemConfig;
    expect(config).toEqual({
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      environment: expect.any(String),
      llmProviders: ["builtin"],
      defaultAgentConfig: { model: "builtin", temperature: 0.7, maxTokens: 1024 },
    });
    const viaRest = await rest(server, "GET", "/api/v1/system/config");
    expect(viaRest.body).toMatchObject({ llm_providers: ["builtin"], default_agent_config: { model: "builtin", max_tokens: 1024 } });
    const { auth } = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    expect((await rest(server, "GET", "/api/v1/system/config", { auth })).status).toBe(403);
    expect(errorCodes(await gql(server, SystemConfigQuery, {}, { auth }))).toEqual(["insufficient_permissions"]);
  });
});

describe("system tasks", () => {
  it("POST /api/v1/system/tasks answers 202 with a queued task that then runs to completion", async () => {
    const accepted = await rest(server, "POST", "/api/v1/system/tasks", { body: { task_type: "reload_config", parameters: {} } });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ task_id: expect.stringMatching(/^tsk_/), task_type: "reload_config", status: "queued", queued_at: server.clock.now().toISOString() });
    await eventually(async () => (await rest(server, "GET", `/api/v1/system/tasks/${accepted.body.task_id}`)).body.status === "completed");
    const done = await rest(server, "GET", `/api/v1/system/tasks/${accepted.body.task_id}`);
    expect(done.body).toMatchObject({ task_type: "reload_config", result: { reloaded: ["budget"] }, error: null, completed_at: expect.any(String) });
  });

  it("refuses unknown task types and parameters with 400, and is for admins", async () => {
    expect((await rest(server, "POST", "/api/v1/system/tasks", { body: { task_type: "defragment" } })).status).toBe(400);
    const badParameters = await rest(server, "POST", "/api/v1/system/tasks", { body: { task_type: "clear_cache", parameters: { everything: true } } });
    expect(badParameters.status).toBe(400);
    expect(badParameters.body.error.code).toBe("VALIDATION_ERROR");
    const { auth } = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    expect((await rest(server, "POST", "/api/v1/system/tasks", { auth, body: { task_type: "clear_cache" } })).status).toBe(403);
    expect((await rest(server, "GET", "/api/v1/system/tasks/tsk_unknown")).status).toBe(404);
  });

  it("systemTaskUpdated follows a task from QUEUED to RUNNING to COMPLETED", async () => {
    const client = wsClient(server);
    try {
      const updates = await subscribeOpen(server, client, SystemTaskUpdated, {});
      const { task } = (await gqlOk(server, TriggerSystemTask, { input: { taskType: "CLEAR_CACHE" } })).triggerSystemTask;
      await eventually(() => updates.received.some((u) => u.data?.systemTaskUpdated.status === "COMPLETED"));
      const mine = updates.received.map((u) => u.data!.systemTaskUpdated).filter((u) => u.taskId === task.id);
      expect(mine.map((u) => u.status)).toEqual(["QUEUED", "RUNNING", "COMPLETED"]);
      expect(mine[2]!.task).toMatchObject({ status: "COMPLETED", result: { cleared: expect.any(Number) } });
    } finally {
      await client.dispose();
    }
  });

  it("RELOAD_CONFIG picks up a budget another instance changed", async () => {
    const database = await freshDatabase();
    const [a, b] = [await startServer({ database }), await startServer({ database })];
    try {
      expect((await gqlOk(b, BudgetStatusQuery)).budgetStatus.dailyBudget).toBe("50");
      await gqlOk(a, UpdateBudget, { input: { dailyBudget: "7" } });
      expect((await gqlOk(b, BudgetStatusQuery)).budgetStatus.dailyBudget).toBe("50"); // b still has it cached
      await runTask("RELOAD_CONFIG", undefined, b);
      expect((await gqlOk(b, BudgetStatusQuery)).budgetStatus.dailyBudget).toBe("7");
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it("a task whose instance died is FAILED once its lease has expired, naming the instance; one still leased is left to its owner", async () => {
    const server = await startServer();
    const now = server.clock.now().getTime();
    const running = (id: string, leaseExpiresAt: number) => ({
      id, type: "BACKUP_DATABASE", status: "RUNNING", parameters: {}, queuedAt: new Date(now), startedAt: new Date(now), leaseOwner: "dead-instance", leaseExpiresAt: new Date(leaseExpiresAt),
    });
    await server.app.db.systemTask.createMany({ data: [running("tsk_expired1", now - 1000), running("tsk_leased1", now + 60_000)] });
    try {
      await server.app.services.systemTasks.drain();
      const read = async (id: string) => (await gqlOk(server, SystemTaskQuery, { id })).systemTask;
      expect(await read("tsk_expired1")).toMatchObject({ status: "FAILED", error: "interrupted: instance dead-instance stopped while the task was running" });
      expect(await read("tsk_leased1")).toMatchObject({ status: "RUNNING" });
      server.clock.advance(61_000);
      await server.app.services.systemTasks.drain();
      expect(await read("tsk_leased1")).toMatchObject({ status: "FAILED" });
    } finally {
      await server.stop();
    }
  });

});

describe.skipIf(dialect !== "sqlite")("BACKUP_DATABASE (embedded database)", () => {
  it("writes a restorable copy under DATA_DIR/backups: a fresh server on it has the data", async () => {
    const { createAgent } = await gqlOk(server, CreateAgent, { input: { name: "backed-up", type: "cfo_cash", skills: ["ledger"] } });
    const task = await runTask("BACKUP_DATABASE", { label: "nightly" });
    expect(task.status).toBe("COMPLETED");
    const file = task.result!.path as string;
    expect(path.dirname(file)).toBe(path.join(server.database.dataDir, "backups"));
    expect(path.basename(file)).toMatch(/^control-plane-.*-nightly\.db$/);
    expect(task.result!.bytes).toBe(fs.statSync(file).size);

    const restored = await freshDatabase();
    fs.copyFileSync(file, path.join(restored.dataDir, "control-plane.db"));
    const fromBackup = await startServer({ database: restored, migrate: true });
    try {
      expect((await gqlOk(fromBackup, GetAgent, { id: createAgent.agent.id })).agent).toMatchObject({ name: "backed-up", skills: ["ledger"] });
    } finally {
      await fromBackup.stop();
    }
  });
});

describe.skipIf(dialect !== "postgresql")("BACKUP_DATABASE on PostgreSQL", () => {
  it("is refused with task_not_supported, pointing to pg_dump", async () => {
    const response = await rest(server, "POST", "/api/v1/system/tasks", { body: { task_type: "backup_database" } });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: "task_not_supported", message: expect.stringContaining("pg_dump") });
  });
});
