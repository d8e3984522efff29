// npm run bench — speed and memory figures of the real server on the embedded default.
// Prints figures and ratios; it asserts nothing (targets are read by people, not by CI).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { createLogger } from "../src/logger.js";
import { benchLimits } from "./limits.js";

const ADMIN = "bench-admin-key-0123456789abcdefghijklmnop";

interface Server {
  app: App;
  url: string;
  statements: { count: number };
}

async function start(): Promise<Server & { startMs: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-bench-"));
  const statements = { count: 0 };
  const config = loadConfig({ PORT: "0", DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN, LOG_LEVEL: "silent" });
  const began = performance.now();
  const app = buildApp(config, { logger: createLogger("silent"), onStatement: () => statements.count++ });
  const url = await app.start();
  return { app, url, statements, startMs: performance.now() - began };
}

async function graphql(server: Server, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `ApiKey ${ADMIN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);

const LIST = `query($first: Int!) { agents(first: $first) { totalCount edges { node { id name status config { model } performanceMetrics { successRate } } } } }`;

async function main() {
  console.log(`Benchmark — Node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
  const server = await start();
  console.log("Start-up");
  line("buildApp + migrate + listen (embedded SQLite)", fmt(server.startMs));

  console.log("\nAgents");
  const create = await timed(200, () =>
    graphql(server, `mutation($n: String!) { createAgent(input: { name: $n, type: "bench" }) { agent { id } } }`, {
      n: `bench-${Math.random().toString(36).slice(2)}`,
    }),
  );
  line("createAgent p50 / p95 (200 sequential)", `${fmt(percentile(create, 50))} / ${fmt(percentile(create, 95))}`);

  // Background jobs (queue and outbox polls) add statements now and then: the fewest of five tries is the request's own.
  const fewestStatements = async (fn: () => Promise<unknown>) => {
    let fewest = Infinity;
    for (let i = 0; i < 5; i++) {
      server.statements.count = 0;
      await fn();
      fewest = Math.min(fewest, server.statements.count);
    }
    return fewest;
  };
  const statementsFor = (first: number) => fewestStatements(() => graphql(server, LIST, { first }));
  const s5 = await statementsFor(5);
  const s100 = await statementsFor(100);
  line("SQL statements: page of 5 / page of 100", `${s5} / ${s100} (ratio ${(s100 / s5).toFixed(2)})`);

  const list = await timed(200, () => graphql(server, LIST, { first: 50 }));
  line("agents(first: 50) p50 / p95", `${fmt(percentile(list, 50))} / ${fmt(percentile(list, 95))}`);

  const restList = await timed(200, async () => {
    const r = await fetch(`${server.url}/api/v1/agents?limit=50`, { headers: { authorization: `ApiKey ${ADMIN}` } });
    await r.json();
  });
  line("GET /api/v1/agents?limit=50 p50 / p95", `${fmt(percentile(restList, 50))} / ${fmt(percentile(restList, 95))}`);
  line("REST / GraphQL p50 ratio (cost of the compatibility layer)", (percentile(restList, 50) / percentile(list, 50)).toFixed(2));

  const concurrency = 20;
  const began = performance.now();
  await Promise.all(Array.from({ length: concurrency }, () => timed(50, () => graphql(server, LIST, { first: 20 }))));
  const seconds = (performance.now() - began) / 1000;
  line(`agents(first: 20) throughput, ${concurrency} concurrent clients`, `${((concurrency * 50) / seconds).toFixed(0)} req/s`);

  console.log("\nSpawned work (built-in provider, TASK_CONCURRENCY 4)");
  const spawned: string[] = [];
  const drainBegan = performance.now();
  const spawn = await timed(200, async () => {
    const data = await graphql(server, `mutation($t: String!) { spawnTask(input: { task: $t, model: "k2p5" }) { task { id } } }`, { t: `bench ${spawned.length}` });
    spawned.push(data.spawnTask.task.id);
  });
  line("spawnTask p50 / p95 (200 sequential, queue running)", `${fmt(percentile(spawn, 50))} / ${fmt(percentile(spawn, 95))}`);
  const COUNT = `query { tasks(filter: { status: [SPAWNING, RUNNING] }) { totalCount } }`;
  while ((await graphql(server, COUNT)).tasks.totalCount > 0) await new Promise((r) => setTimeout(r, 20)); // as a client would watch it
  const drainSeconds = (performance.now() - drainBegan) / 1000;
  line("200 tasks spawned and finished", `${drainSeconds.toFixed(1)} s (${(200 / drainSeconds).toFixed(0)} tasks/s)`);
  const perTask = await fewestStatements(async () => {
    await graphql(server, `mutation { spawnTask(input: { task: "count my statements", model: "k2p5" }) { task { id } } }`);
    await server.app.services.tasks.idle();
  });
  line("SQL statements for one task, spawn to finish", String(perTask));

  console.log("\nRequest limits (BENCH_REDIS_URL adds a run through Redis)");
  await benchLimits(line, process.env.BENCH_REDIS_URL);

  console.log("\nMemory");
  global.gc?.();
  line("RSS after the runs above", `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
  line("heap used", `${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`);

  await server.app.stop();
}

await main();
