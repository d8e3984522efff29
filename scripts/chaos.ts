// npm run chaos: fault scenarios against real processes, each on its own PostgreSQL cluster and
// redis-server (started here on free ports, never the machine's), with a local fake model provider
// that counts calls. Prints, per scenario: submitted, acknowledged, completed, duplicated, lost, and
// timings; exits 1 when a scenario breaks its promise. Takes a few minutes.
//
//   1. kill -9 one of two instances while 50 tasks and a workflow run: each task finishes exactly once.
//   2. rolling restart (SIGTERM, start again) of both instances with work in flight: nothing twice, nothing lost.
//   3. kill -9 the embedded (SQLite) server under a write load: every acknowledged write is there after restart.
//   4. PostgreSQL restarted and Redis stopped for 10 s under load: 503 fast, no hang, no crash,
//      /health/ready reports it, subscriptions resume.
// (SIGTERM with everything open and a closed stdout is in `npm test`: test/faults.test.ts.)
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createClient } from "graphql-ws";
import pg from "pg";
import WebSocket from "ws";
import { createDb, migrateDatabase, type Db } from "../src/db.js";
import { startFakeOpenAI, type FakeOpenAI } from "../test/support/openai-server.js";
import { call, killSpawned, spawnServer, type SpawnedServer } from "../test/support/spawned-server.js";

const only = process.argv.slice(2).map(Number).filter(Boolean);
const wanted = (n: number) => !only.length || only.includes(n);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const FINISHED = ["COMPLETED", "FAILED", "CANCELLED", "TIMED_OUT"];

interface Row {
  scenario: string;
  submitted: number;
  acknowledged: number;
  completed: number;
  duplicated: number;
  lost: number;
  notes: string;
  ok: boolean;
}
const rows: Row[] = [];
const cleanups: (() => Promise<void> | void)[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await Promise.resolve().then(check).catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

/** A PostgreSQL cluster of our own in a temp dir, on a free port (initdb refuses root: runuser). */
async function startPostgres() {
  const bin = fs.existsSync("/usr/local/bin/pg_ctl") ? "/usr/local/bin" : fs.readdirSync("/usr/lib/postgresql").map((v) => `/usr/lib/postgresql/${v}/bin`)[0]!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chaos-pg-"));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const port = await freePort();
  const asPostgres = (cmd: string, args: string[]) => execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args], { stdio: "pipe" });
  asPostgres("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => asPostgres("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
  const stop = () => asPostgres("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
  start();
  const pgServer = {
    url: (db: string) => `postgresql://postgres@127.0.0.1:${port}/${db}`,
    start,
    stop,
    async createDatabase(name: string): Promise<string> {
      const client = new pg.Client({ connectionString: pgServer.url("postgres") });
      await client.connect();
      await client.query(`CREATE DATABASE "${name}"`);
      await client.end();
      await migrateDatabase(pgServer.url(name));
      return pgServer.url(name);
    },
  };
  cleanups.push(() => {
    try {
      stop();
    } catch {
      // already stopped
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return pgServer;
}

/** A redis-server of our own on a free port; stop() kills it, start() brings it back on the same port. */
async function startRedis() {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const redis = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
      await until("redis", () => new Promise<boolean>((resolve) => net.connect(port, "127.0.0.1").once("connect", function (this: net.Socket) { this.destroy(); resolve(true); }).once("error", () => resolve(false))), 10_000, 100);
    },
    async stop() {
      const exited = new Promise((resolve) => child?.once("exit", resolve));
      child?.kill("SIGKILL");
      await exited;
      child = null;
    },
  };
  await redis.start();
  cleanups.push(() => void child?.kill("SIGKILL"));
  return redis;
}

async function fakeModels(delayMs: number): Promise<FakeOpenAI> {
  const models = await startFakeOpenAI({ delayMs, answer: (body) => `done: ${body.messages.at(-1)!.content.slice(0, 60)}` });
  cleanups.push(() => models.close());
  return models;
}

const promptOf = (body: { messages: { content: string }[] }) => body.messages.at(-1)!.content;

async function instance(env: Record<string, string>): Promise<SpawnedServer> {
  return spawnServer({ LOG_LEVEL: "info", TASK_CONCURRENCY: "4", TASK_LEASE_MS: "5000", SHUTDOWN_TIMEOUT_MS: "8000", SHUTDOWN_GRACE_MS: "4000", ...env }, 120_000);
}

async function gqlCall(server: SpawnedServer, query: string, variables: Record<string, unknown> = {}) {
  const response = await call(server, "POST", "/graphql", { query, variables });
  if (response.body?.errors) throw new Error(JSON.stringify(response.body.errors));
  return response.body.data;
}

/** Books of a work scenario: every task once, every call booked once, no hold left. */
async function workBooks(db: Db, ids: string[], models: FakeOpenAI) {
  const tasks = await db.task.findMany({ where: { id: { in: ids } } });
  const records = await db.usageRecord.findMany({ where: { runId: { in: ids } } });
  const ok = new Map<string, number>();
  for (const r of records) if (r.status === "OK") ok.set(r.runId!, (ok.get(r.runId!) ?? 0) + 1);
  const prompts = new Map(tasks.map((t) => [t.prompt, t.id]));
  const calls = new Map<string, number>();
  for (const request of models.requests) {
    const id = prompts.get(promptOf(request.body));
    if (id) calls.set(id, (calls.get(id) ?? 0) + 1);
  }
  const notCompleted: Record<string, number> = {};
  for (const t of tasks.filter((t) => t.status !== "COMPLETED")) notCompleted[`${t.status}: ${t.error ?? ""}`.slice(0, 120)] = (notCompleted[`${t.status}: ${t.error ?? ""}`.slice(0, 120)] ?? 0) + 1;
  const costMismatch = tasks.filter((t) => t.status === "COMPLETED" && t.actualCostMicros !== records.filter((r) => r.runId === t.id).reduce((s, r) => s + r.costMicros, 0));
  return {
    completed: tasks.filter((t) => t.status === "COMPLETED").length,
    finished: tasks.filter((t) => FINISHED.includes(t.status)).length,
    duplicated: [...ok.values()].filter((n) => n > 1).length,
    providerCalls: [...calls.values()].reduce((s, n) => s + n, 0),
    rerun: [...calls.values()].filter((n) => n > 1).length,
    aborted: records.filter((r) => r.status === "ABORTED").length,
    takenOver: tasks.filter((t) => t.lostLeases > 0).length,
    costMismatch: costMismatch.length,
    holdsLeft: await db.budgetReservation.count(),
    notCompleted: JSON.stringify(notCompleted),
  };
}

const refusals: string[] = [];

/** Spawns `count` tasks across the instances, 10 requests at a time; resolves with the acknowledged ids. */
async function spawnTasks(servers: SpawnedServer[], count: number, label: string) {
  const ids: string[] = [];
  for (let first = 0; first < count; first += 10) {
    const batch = Array.from({ length: Math.min(10, count - first) }, (_, k) => first + k);
    await Promise.all(
      batch.map(async (i) => {
        const response = await call(servers[i % servers.length]!, "POST", "/api/spawn", { model: "k2p5", task: `${label} task ${i}` }).catch(() => null);
        if (response?.status === 201) ids.push(response.body.agent_id as string);
        else refusals.push(`${response?.status ?? "no answer"} ${JSON.stringify(response?.body ?? "").slice(0, 200)}`);
      }),
    );
  }
  return ids;
}

async function scenarioKillOne(pgServer: Awaited<ReturnType<typeof startPostgres>>, redis: Awaited<ReturnType<typeof startRedis>>) {
  const models = await fakeModels(400);
  const url = await pgServer.createDatabase("chaos_kill");
  const env = { DATABASE_URL: url, REDIS_URL: redis.url, OPENAI_BASE_URL: models.url, OPENAI_MODELS: "k2p5", BUDGET_DAILY_USD: "none", BUDGET_MONTHLY_USD: "none" };
  const [a, b] = [await instance(env), await instance(env)];
  const db = createDb(url);
  try {
    const wf = await gqlCall(a, `mutation($input: CreateWorkflowInput!) { createWorkflow(input: $input) { workflow { id } } }`, {
      input: { name: "chaos-diamond", steps: [
        { key: "one", kind: "MODEL", model: "k2p5", prompt: "workflow step one" },
        { key: "two", kind: "MODEL", model: "k2p5", prompt: "workflow step two" },
        { key: "three", kind: "MODEL", model: "k2p5", dependsOn: ["one", "two"], prompt: "workflow step three after {{steps.one.output}}" },
      ] },
    });
    const ids = await spawnTasks([a, b], 50, "kill-one");
    const run = (await gqlCall(b, `mutation($input: RunWorkflowInput!) { runWorkflow(input: $input) { run { id } } }`, { input: { workflowId: wf.createWorkflow.workflow.id } })).runWorkflow.run.id as string;
    await until("some tasks to finish and some to run on the victim", async () => (await db.task.count({ where: { id: { in: ids }, status: "COMPLETED" } })) >= 8, 120_000);
    const onVictim = await db.task.count({ where: { status: "RUNNING", leaseOwner: { startsWith: `${os.hostname()}:${a.child.pid}:` } } });
    const killedAt = Date.now();
    a.child.kill("SIGKILL");
    await a.exited;
    await until("every task and the workflow run to finish", async () => (await db.task.count({ where: { id: { in: ids }, status: { in: FINISHED } } })) === ids.length && FINISHED.includes((await db.workflowRun.findUniqueOrThrow({ where: { id: run } })).status), 180_000);
    const lastTakeover = await db.task.findFirst({ where: { id: { in: ids }, lostLeases: { gt: 0 } }, orderBy: { completedAt: "desc" } });
    const books = await workBooks(db, ids, models);
    const runRow = await db.workflowRun.findUniqueOrThrow({ where: { id: run } });
    const stepBooks = await workBooks(db, (await db.task.findMany({ where: { workflowRunId: run } })).map((t) => t.id), models);
    const ok = books.completed === ids.length && books.duplicated === 0 && books.costMismatch === 0 && books.holdsLeft === 0 && runRow.status === "COMPLETED" && stepBooks.duplicated === 0;
    rows.push({
      scenario: "1 kill -9 one of two instances (PostgreSQL + Redis), 50 tasks + a 3-step workflow",
      submitted: 50,
      acknowledged: ids.length,
      completed: books.completed,
      duplicated: books.duplicated,
      lost: ids.length - books.finished,
      notes: `running on the killed instance: ${onVictim}; taken over after lease expiry: ${books.takenOver} (last done ${lastTakeover?.completedAt ? ((lastTakeover.completedAt.getTime() - killedAt) / 1000).toFixed(1) : "-"} s after the kill, lease 5 s); provider calls ${books.providerCalls} for ${ids.length} tasks (${books.rerun} tasks called more than once); cost mismatches ${books.costMismatch}; holds left ${books.holdsLeft}; not completed ${books.notCompleted}; spawns refused ${JSON.stringify(refusals.splice(0))}; workflow ${runRow.status}, its steps duplicated ${stepBooks.duplicated}`,
      ok,
    });
  } finally {
    await db.$disconnect();
    await killSpawned();
  }
}

async function scenarioRolling(pgServer: Awaited<ReturnType<typeof startPostgres>>, redis: Awaited<ReturnType<typeof startRedis>>) {
  const models = await fakeModels(2500); // long enough that each stop finds tasks running
  const url = await pgServer.createDatabase("chaos_rolling");
  const env = { DATABASE_URL: url, REDIS_URL: redis.url, OPENAI_BASE_URL: models.url, OPENAI_MODELS: "k2p5", BUDGET_DAILY_USD: "none", BUDGET_MONTHLY_USD: "none" };
  let [a, b] = [await instance(env), await instance(env)];
  const db = createDb(url);
  const timings: string[] = [];
  try {
    const ids = await spawnTasks([a, b], 50, "rolling");
    await until("work in flight", async () => (await db.task.count({ where: { id: { in: ids }, status: "RUNNING" } })) >= 4, 60_000, 100);
    for (const which of ["a", "b"] as const) {
      const victim = which === "a" ? a : b;
      const began = Date.now();
      victim.child.kill("SIGTERM");
      const exit = await victim.exited;
      timings.push(`${which} stopped in ${exit.at - began} ms (exit ${exit.code})`);
      const replacement = await instance(env);
      if (which === "a") a = replacement;
      else b = replacement;
    }
    await until("every task to finish", async () => (await db.task.count({ where: { id: { in: ids }, status: { in: FINISHED } } })) === ids.length, 180_000);
    const books = await workBooks(db, ids, models);
    rows.push({
      scenario: "2 rolling restart of both instances (SIGTERM, start again), 50 tasks in flight",
      submitted: 50,
      acknowledged: ids.length,
      completed: books.completed,
      duplicated: books.duplicated,
      lost: ids.length - books.finished,
      notes: `${timings.join("; ")}; handed back and finished elsewhere: ${books.aborted} calls booked as ABORTED; provider calls ${books.providerCalls}; taken over by lease expiry ${books.takenOver}; cost mismatches ${books.costMismatch}; holds left ${books.holdsLeft}; not completed ${books.notCompleted}; spawns refused ${JSON.stringify(refusals.splice(0))}`,
      ok: books.completed === ids.length && books.duplicated === 0 && books.costMismatch === 0 && books.holdsLeft === 0 && books.takenOver === 0,
    });
  } finally {
    await db.$disconnect();
    await killSpawned();
  }
}

async function scenarioKillEmbedded() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "chaos-sqlite-"));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const server = await instance({ DATA_DIR: dataDir });
  const acknowledged: string[] = [];
  let submitted = 0;
  let running = true;
  const writer = async (n: number) => {
    for (let i = 0; running; i++) {
      submitted++;
      try {
        const response = await call(server, "POST", "/api/v1/agents", { name: `w${n}-${i}`, type: "t" });
        if (response.status === 201) acknowledged.push(response.body.agent_id as string);
      } catch {
        return;
      }
    }
  };
  const writers = [0, 1, 2, 3, 4, 5, 6, 7].map(writer);
  await until("writes", () => acknowledged.length >= 300, 120_000, 50);
  server.child.kill("SIGKILL");
  await server.exited;
  running = false;
  await Promise.all(writers);
  const restarted = await instance({ DATA_DIR: dataDir });
  let present = 0;
  for (const id of acknowledged) if ((await call(restarted, "GET", `/api/v1/agents/${id}`)).status === 200) present++;
  await killSpawned();
  rows.push({
    scenario: "3 kill -9 the embedded server under a write load (8 writers)",
    submitted,
    acknowledged: acknowledged.length,
    completed: present,
    duplicated: 0,
    lost: acknowledged.length - present,
    notes: `writes in flight at the kill (submitted, not acknowledged): ${submitted - acknowledged.length}`,
    ok: present === acknowledged.length,
  });
}

async function scenarioOutage(pgServer: Awaited<ReturnType<typeof startPostgres>>, redis: Awaited<ReturnType<typeof startRedis>>) {
  const url = await pgServer.createDatabase("chaos_outage");
  const env = { DATABASE_URL: url, REDIS_URL: redis.url, DATABASE_CONNECT_TIMEOUT_MS: "2000", DATABASE_STATEMENT_TIMEOUT_MS: "5000" };
  const [a, b] = [await instance(env), await instance(env)];
  const REQUEST_TIMEOUT_MS = 15_000;
  const stats = { submitted: 0, ok: 0, unavailable: 0, retryAfter: 0, other: new Map<number, number>(), hung: 0, maxOutageMs: 0 };
  let outage = false;
  let loading = true;
  const load = async (server: SpawnedServer, n: number) => {
    for (let i = 0; loading; i++) {
      stats.submitted++;
      const began = Date.now();
      try {
        const response = await fetch(`${server.url}${i % 2 ? "/api/v1/agents" : "/api/v1/agents"}`, {
          method: i % 2 ? "GET" : "POST",
          headers: { authorization: server.admin, "content-type": "application/json" },
          body: i % 2 ? undefined : JSON.stringify({ name: `o${n}-${i}`, type: "t" }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        await response.arrayBuffer();
        if (response.status < 300) stats.ok++;
        else if (response.status === 503) {
          stats.unavailable++;
          if (response.headers.get("retry-after")) stats.retryAfter++;
        } else stats.other.set(response.status, (stats.other.get(response.status) ?? 0) + 1);
      } catch (error) {
        if ((error as Error).name === "TimeoutError") stats.hung++;
        else stats.other.set(0, (stats.other.get(0) ?? 0) + 1);
      }
      if (outage) stats.maxOutageMs = Math.max(stats.maxOutageMs, Date.now() - began);
      await sleep(20);
    }
  };
  // A subscriber on b to agents created through a: it must hear again once Redis is back.
  const heard: string[] = [];
  const ws = createClient({ url: b.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: b.admin }, retryAttempts: 0 });
  ws.subscribe({ query: "subscription { agentStatusChanged { agentId status } }" }, { next: (r) => void heard.push(JSON.stringify(r)), error: () => undefined, complete: () => undefined });
  const created = (await call(a, "POST", "/api/v1/agents", { name: "outage-watched", type: "t" })).body.agent_id as string;
  let toggles = 0;
  const toggle = async () => {
    toggles++;
    await call(a, "POST", `/api/v1/agents/${created}/${toggles % 2 ? "start" : "stop"}`);
  };
  await until("subscription live before the outage", async () => (await toggle(), heard.length > 0), 30_000, 500);

  const loaders = [load(a, 0), load(b, 1), load(a, 2), load(b, 3)];
  await sleep(2000);
  outage = true;
  const outageBegan = Date.now();
  await redis.stop();
  pgServer.stop();
  const readiness: string[] = [];
  await until("/health/ready to report the outage", async () => {
    const r = await fetch(`${a.url}/health/ready`, { signal: AbortSignal.timeout(5000) });
    const body = (await r.json()) as { services: { database: string; pubsub: string } };
    readiness.push(`${r.status} database=${body.services.database} pubsub=${body.services.pubsub}`);
    return r.status === 503 && body.services.database === "down" && body.services.pubsub === "down";
  }, 15_000, 500);
  await sleep(Math.max(0, 4000 - (Date.now() - outageBegan)));
  pgServer.start(); // PostgreSQL back after ~4 s (a restart), Redis after 10 s
  await sleep(Math.max(0, 10_000 - (Date.now() - outageBegan)));
  await redis.start();
  outage = false;
  const recoveredBegan = Date.now();
  await until("both instances ready again", async () => {
    const [ra, rb] = await Promise.all([fetch(`${a.url}/health/ready`), fetch(`${b.url}/health/ready`)]);
    return ra.status === 200 && rb.status === 200;
  }, 60_000, 500);
  const readyAfterMs = Date.now() - recoveredBegan;
  const heardBefore = heard.length;
  await until("the subscription to resume", async () => (await toggle(), heard.length > heardBefore), 30_000, 500);
  await sleep(1000);
  loading = false;
  await Promise.all(loaders);
  await ws.dispose();
  const alive = [a, b].every((s) => s.child.exitCode === null && s.child.signalCode === null);
  await killSpawned();
  rows.push({
    scenario: "4 PostgreSQL stopped ~4 s (restarted) and Redis stopped 10 s under load (2 instances, 4 clients)",
    submitted: stats.submitted,
    acknowledged: stats.ok,
    completed: stats.ok,
    duplicated: 0,
    lost: 0,
    notes: `503 during the outage: ${stats.unavailable} (${stats.retryAfter} with Retry-After); other failures: ${JSON.stringify(Object.fromEntries(stats.other))}; hung (>${REQUEST_TIMEOUT_MS / 1000} s): ${stats.hung}; slowest answer during the outage ${stats.maxOutageMs} ms; /health/ready during it: ${readiness.at(-1)}; ready again ${readyAfterMs} ms after Redis returned; subscription resumed: yes; both processes alive: ${alive}`,
    ok: stats.hung === 0 && alive && stats.unavailable > 0,
  });
}

async function main() {
  const began = Date.now();
  try {
    // A scenario that throws (a wait that timed out) is reported as failed; the others still run.
    const attempt = async (name: string, scenario: () => Promise<void>) => {
      const started = Date.now();
      try {
        await scenario();
        console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      } catch (error) {
        console.error(`${name} failed:`, error);
        rows.push({ scenario: name, submitted: 0, acknowledged: 0, completed: 0, duplicated: 0, lost: 0, notes: `failed: ${(error as Error).message}`, ok: false });
        await killSpawned();
      }
    };
    if (wanted(3)) await attempt("3 kill -9 embedded", scenarioKillEmbedded);
    if (wanted(1) || wanted(2) || wanted(4)) {
      const pgServer = await startPostgres();
      const redis = await startRedis();
      if (wanted(1)) await attempt("1 kill -9 one of two", () => scenarioKillOne(pgServer, redis));
      if (wanted(2)) await attempt("2 rolling restart", () => scenarioRolling(pgServer, redis));
      if (wanted(4)) await attempt("4 PostgreSQL + Redis outage", () => scenarioOutage(pgServer, redis));
    }
  } finally {
    await killSpawned();
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  }
  console.log(`\nchaos: ${((Date.now() - began) / 1000).toFixed(0)} s\n`);
  console.log("| scenario | submitted | acknowledged | completed | duplicated | lost | ok |");
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows) console.log(`| ${r.scenario} | ${r.submitted} | ${r.acknowledged} | ${r.completed} | ${r.duplicated} | ${r.lost} | ${r.ok ? "yes" : "NO"} |`);
  console.log("");
  for (const r of rows) console.log(`- ${r.scenario}: ${r.notes}`);
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
