// npm run bench [-- --postgres] [-- --compare FILE] [-- --rounds N --seconds S] [-- --subscribers 100,1000]
// npm run bench -- --profile: each hot path under the CPU profiler instead (bench/profile.ts).
// npm run bench -- --only viewer,fan-out: only the scenarios whose names contain one of the words.
// Starts the baselines (bare node:http, bare graphql-yoga, raw ws broadcast) and the project, each in
// its own process, drives them with the same load generator in interleaved rounds, and prints each
// scenario's median figures with its ratio to its baseline and the goal. Never part of `npm test`:
// it asserts nothing; it writes bench/results/latest.json so two commits can be compared.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { fanout, protocolWsReceiver, rawWsReceiver, type FanoutResult } from "./lib/fanout.js";
import { load, median, type LoadResult, type LoadSpec } from "./lib/load.js";
import { AUTH, FANOUT_QUERY, LIST_QUERY, LIST_VARIABLES, PROJECT_ENV, TREE_QUERY, gqlBody, graphql, hasField, post as postFor, restList, writes as writesSpec } from "./lib/scenarios.js";
import { startTarget, stopAllTargets, type Target } from "./lib/target.js";
import { benchLimits } from "./limits.js";
import { benchSecurity } from "./security.js";
import { profileAll } from "./profile.js";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const ROUNDS = Number(option("rounds", "3"));
const SECONDS = Number(option("seconds", "5"));
const FANOUT_SIZES = option("subscribers", "100,1000").split(",").map(Number);
/** `--only viewer,createAgent`: the scenarios (or profiled paths) whose names contain one of these words. */
const ONLY = option("only", "").toLowerCase().split(",").filter(Boolean);
const selected = (name: string) => ONLY.length === 0 || ONLY.some((word) => name.toLowerCase().includes(word));
const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "results");

interface Row {
  scenario: string;
  rps?: number;
  p50?: number;
  p99?: number;
  baseline?: string;
  ratio?: number;
  goal?: string;
  met?: boolean;
  note?: string;
}

const rows: Row[] = [];
const figures: Record<string, unknown> = {};

const post = (url: string, body: string, auth = true): LoadSpec => postFor(url, body, SECONDS, auth);
/** Across rounds: the lowest and highest req/s (the machine is shared, so the spread is reported). */
const spreads = new WeakMap<LoadResult, string>();

/** One load run; with the server's process, also the CPU it spent per request. */
async function measured(spec: LoadSpec, server?: Target): Promise<LoadResult> {
  const before = await server?.command<number>("cpu");
  const result = await load(spec);
  if (server && before !== undefined && result.requests) result.cpuUsPerRequest = ((await server.command<number>("cpu")) - before) / result.requests;
  return result;
}

/**
 * Runs `a` and `b` in interleaved rounds (order alternating) and returns the median of each. Given
 * the two server processes, each result also carries the server's CPU time per request.
 */
async function paired(a: LoadSpec, b: LoadSpec, servers: [Target?, Target?] = []): Promise<[LoadResult, LoadResult]> {
  const ra: LoadResult[] = [];
  const rb: LoadResult[] = [];
  await load({ ...a, seconds: 1 }); // warm-up: JIT, caches, connections
  await load({ ...b, seconds: 1 });
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      ra.push(await measured(a, servers[0]));
      rb.push(await measured(b, servers[1]));
    } else {
      rb.push(await measured(b, servers[1]));
      ra.push(await measured(a, servers[0]));
    }
  }
  const mid = (results: LoadResult[]): LoadResult => {
    const cpu = results.flatMap((r) => (r.cpuUsPerRequest === undefined ? [] : [r.cpuUsPerRequest]));
    const result = {
      rps: median(results.map((r) => r.rps)),
      p50: median(results.map((r) => r.p50)),
      p99: median(results.map((r) => r.p99)),
      errors: results.reduce((s, r) => s + r.errors, 0),
      non2xx: results.reduce((s, r) => s + r.non2xx, 0),
      ...(cpu.length ? { cpuUsPerRequest: median(cpu) } : {}),
    };
    const rps = results.map((r) => r.rps);
    spreads.set(result, `${Math.min(...rps).toFixed(0)}–${Math.max(...rps).toFixed(0)} req/s`);
    return result;
  };
  // The ratio of each round (a and b ran back to back), so its spread can be reported too.
  lastRoundRatios = ra.map((r, i) => r.rps / rb[i]!.rps);
  return [mid(ra), mid(rb)];
}

let lastRoundRatios: number[] = [];

/** What held the project's event loop during a round (bench/lib/child.ts `loopDelay`), ms. */
type Stalls = { p99: number; max: number; gcMax: number; gcTotal: number };
/** The embedded database's WAL checkpoints so far (bench/targets/project.ts). */
type Checkpoints = { runs: number; restarts: number };

function compareRow(scenario: string, result: LoadResult, baselineName: string, baseline: LoadResult, goal?: number): void {
  const ratio = result.rps / baseline.rps;
  const notes = [`rounds ${spreads.get(result) ?? "?"}`];
  if (lastRoundRatios.length > 1 && result !== baseline) notes.push(`ratio per round ${lastRoundRatios.map((r) => r.toFixed(2)).join(", ")}`);
  if (result.cpuUsPerRequest !== undefined && baseline.cpuUsPerRequest !== undefined && result !== baseline) {
    notes.push(`server CPU per request ${result.cpuUsPerRequest.toFixed(0)} vs ${baseline.cpuUsPerRequest.toFixed(0)} µs (${(baseline.cpuUsPerRequest / result.cpuUsPerRequest).toFixed(2)}×)`);
  }
  if (result.errors || result.non2xx) notes.push(`${result.errors} errors, ${result.non2xx} non-2xx`);
  const note = notes.join("; ");
  rows.push({ scenario, rps: result.rps, p50: result.p50, p99: result.p99, baseline: `${baselineName} ${baseline.rps.toFixed(0)} req/s`, ratio, goal: goal ? `≥ ${goal}×` : undefined, met: goal ? ratio >= goal : undefined, note });
  figures[scenario] = { ...result, baseline: baselineName, baselineRps: baseline.rps, ratio };
}

/**
 * The request's own statements: the audit entries earlier requests queued are written first (they
 * are flushed every 200 ms, which a slow request would otherwise count), and background jobs add
 * some now and then, so the fewest of five tries.
 */
async function statementsFor(project: Target, fn: () => Promise<unknown>): Promise<number> {
  let fewest = Infinity;
  for (let i = 0; i < 5; i++) {
    await project.command("settle");
    await project.command("resetStatements");
    await fn();
    fewest = Math.min(fewest, await project.command<number>("statements"));
  }
  return fewest;
}

async function postgresDatabase(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const name = `bench_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString(), REDIS_URL: process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379" },
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}


/** A scenario that fails (a timeout on a loaded machine, say) is reported as a row; the others still run. */
/** Before each scenario: the project writes what the previous one left queued (set once it runs). */
let settle: () => Promise<unknown> = async () => undefined;

async function scenario(name: string, run: () => Promise<void>): Promise<void> {
  if (!selected(name)) return;
  try {
    await settle();
    await run();
  } catch (error) {
    console.error(`${name} failed:`, error);
    rows.push({ scenario: name, met: false, note: `failed: ${(error as Error).message.slice(0, 160)}` });
  }
}

async function main() {
  const postgres = flag("postgres") ? await postgresDatabase() : null;
  if (flag("profile")) return profileAll(SECONDS, FANOUT_SIZES.at(-1)!, selected, postgres?.env ?? {}).finally(() => postgres?.drop());
  const dialect = postgres ? "PostgreSQL + Redis" : "embedded SQLite";
  console.log(`Benchmark ${new Date().toISOString()} — Node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg()[0]!.toFixed(1)}; ${dialect}; ${ROUNDS} rounds × ${SECONDS} s, medians\n`);
  try {
    const [bareHttp, bareYoga, rawWs, bareGraphqlWs] = await Promise.all([startTarget("bare-http"), startTarget("bare-yoga"), startTarget("raw-ws"), startTarget("bare-graphql-ws")]);
    const project = await startTarget("project", { ...PROJECT_ENV, ...(postgres?.env ?? {}) });
    figures.startupMs = project.info.startMs;
    figures.idleRssMiB = (await project.command<number>("rss")) / 2 ** 20;
    await project.command("seedTree", { agents: 20, sessions: 10, messages: 10 });
    settle = () => project.command("settle");

    // Per-request pipeline.
    const yogaHello = post(`${bareYoga.url}/graphql`, gqlBody("{ hello }"), false);
    await scenario("anonymous { __typename }", async () => {
      const [anon, yoga1] = await paired(post(`${project.url}/graphql`, gqlBody("{ __typename }"), false), yogaHello, [project, bareYoga]);
      compareRow("anonymous { __typename }", anon, "bare yoga { hello }", yoga1);
    });
    await scenario("authenticated { viewer { __typename } }", async () => {
      const [viewer, yoga2] = await paired(post(`${project.url}/graphql`, gqlBody("{ viewer { __typename } }")), yogaHello, [project, bareYoga]);
      compareRow("authenticated { viewer { __typename } }", viewer, "bare yoga { hello }", yoga2, 0.8);
    });

    // REST at GraphQL speed: the same list, the same operation.
    await scenario("REST GET /api/v1/agents?limit=20", async () => {
      const [rest, gqlList] = await paired(restList(project, SECONDS), post(`${project.url}/graphql`, gqlBody(LIST_QUERY, LIST_VARIABLES)), [project, project]);
      compareRow("GraphQL agents list (20)", gqlList, "—", gqlList);
      rows[rows.length - 1]!.baseline = "(reference for REST)";
      compareRow("REST GET /api/v1/agents?limit=20", rest, "same list over GraphQL", gqlList, 0.9);
      const [restAgain, bare] = await paired(restList(project, SECONDS), { url: bareHttp.url, seconds: SECONDS }, [project, bareHttp]);
      compareRow("REST list vs a bare node:http JSON answer", restAgain, "bare node:http", bare);
    });

    // SQL statements per request.
    await scenario("SQL statements", async () => {
      const listStatements = await statementsFor(project, () => graphql(project, LIST_QUERY, LIST_VARIABLES));
      rows.push({ scenario: "SQL statements: agents(first: 20)", note: String(listStatements) });
      let treeStatements: number | string;
      if (!(await hasField(project, "Agent", "sessions"))) {
        treeStatements = "skipped: the schema has no Agent.sessions yet";
        console.log(`Note: the tree scenario (agents → sessions → messages) is ${treeStatements}.`);
      } else {
        treeStatements = await statementsFor(project, () => graphql(project, TREE_QUERY));
      }
      const tree = typeof treeStatements === "number";
      rows.push({ scenario: "SQL statements: agents(20) → sessions(10) → messages(10)", goal: "≤ 4", met: tree ? (treeStatements as number) <= 4 : undefined, note: String(treeStatements) });
      Object.assign(figures, { listStatements, treeStatements });
    });

    // Writes.
    await scenario("createAgent, 20 concurrent clients", async () => {
      await load({ ...writesSpec(project, 1) }); // warm-up
      const runs: LoadResult[] = [];
      const stalls: Stalls[] = [];
      const checkpointsBefore = await project.command<Checkpoints | null>("checkpoints");
      for (let round = 0; round < ROUNDS; round++) {
        await project.command("loopDelayReset");
        runs.push(await load(writesSpec(project, SECONDS)));
        stalls.push(await project.command<Stalls>("loopDelay"));
      }
      const writes: LoadResult = { rps: median(runs.map((r) => r.rps)), p50: median(runs.map((r) => r.p50)), p99: median(runs.map((r) => r.p99)), errors: runs.reduce((a, r) => a + r.errors, 0), non2xx: runs.reduce((a, r) => a + r.non2xx, 0) };
      const notes = [`rounds ${Math.min(...runs.map((r) => r.rps)).toFixed(0)}–${Math.max(...runs.map((r) => r.rps)).toFixed(0)} req/s, p99 ${runs.map((r) => r.p99).join("/")} ms`, `event-loop delay p99/max ${stalls.map((d) => `${d.p99.toFixed(0)}/${d.max.toFixed(0)}`).join(", ")} ms`, `GC pause longest/total ${stalls.map((d) => `${d.gcMax.toFixed(0)}/${d.gcTotal.toFixed(0)}`).join(", ")} ms`];
      const checkpoints = await project.command<Checkpoints | null>("checkpoints");
      if (checkpoints && checkpointsBefore) notes.push(`WAL checkpoints ${checkpoints.runs - checkpointsBefore.runs} (started over ${checkpoints.restarts - checkpointsBefore.restarts})`);
      if (writes.errors || writes.non2xx) notes.push(`${writes.errors} errors, ${writes.non2xx} non-2xx`);
      rows.push({ scenario: "createAgent, 20 concurrent clients", rps: writes.rps, p50: writes.p50, p99: writes.p99, goal: "≥ 1000/s, p99 < 20 ms", met: writes.rps >= 1000 && writes.p99 < 20, note: notes.join("; ") });
      figures.writes = { ...writes, rounds: runs };
    });

    // Fan-out.
    const fanoutFigures: Record<string, { graphqlWs: FanoutResult; rawWs: FanoutResult; graphqlWsAlone: FanoutResult }> = {};
    const agent = (await graphql(project, `mutation { createAgent(input: { name: "fanout-${Date.now()}", type: "bench" }) { agent { id } } }`)).createAgent.agent.id as string;
    const event = { agentId: agent, previousStatus: "STOPPED", status: "RUNNING", changedAt: new Date().toISOString(), agent: { id: agent, name: "fanout", status: "RUNNING" } };
    const sample = JSON.stringify({ id: "1", type: "next", payload: { data: { agentStatusChanged: event } } });
    let running = false;
    for (const size of FANOUT_SIZES) {
      const events = 20;
      const name = `fan-out to ${size} graphql-ws subscribers (${events} events)`;
      await scenario(name, async () => {
        const gqlWs = await fanout({
          subscribers: size,
          events,
          receiver: protocolWsReceiver(`${project.url.replace("http", "ws")}/graphql`, AUTH, FANOUT_QUERY, size, () => project.command<number>("subscriptions")),
          trigger: async () => {
            await graphql(project, `mutation($id: ID!) { ${running ? "stopAgent" : "startAgent"}(input: { id: $id }) { agent { id } } }`, { id: agent });
            running = !running;
          },
          heap: () => project.command<number>("heap"),
        });
        const raw = await fanout({
          subscribers: size,
          events,
          receiver: rawWsReceiver(rawWs.url.replace("http", "ws"), size, () => rawWs.command<number>("sockets")),
          trigger: async () => void (await fetch(`${rawWs.url}/broadcast`, { method: "POST", body: sample })),
          heap: () => rawWs.command<number>("heap"),
        });
        // graphql-ws's own server with nothing around it: the library's share of both figures.
        const alone = await fanout({
          subscribers: size,
          events,
          receiver: protocolWsReceiver(`${bareGraphqlWs.url.replace("http", "ws")}/graphql`, AUTH, FANOUT_QUERY, size, () => bareGraphqlWs.command<number>("subscriptions")),
          trigger: async () => void (await fetch(`${bareGraphqlWs.url}/broadcast`, { method: "POST", body: JSON.stringify(event) })),
          heap: () => bareGraphqlWs.command<number>("heap"),
        });
        fanoutFigures[size] = { graphqlWs: gqlWs, rawWs: raw, graphqlWsAlone: alone };
        const ratio = gqlWs.p99 / raw.p99;
        const kb = gqlWs.heapPerSubscriberBytes / 1024;
        rows.push({
          scenario: name,
          p50: gqlWs.p50,
          p99: gqlWs.p99,
          baseline: `raw ws p99 ${raw.p99.toFixed(1)} ms`,
          ratio,
          // The issue sets the goal at 1,000 subscribers; at 100, start-up allocations of the first
          // sockets still weigh on the per-subscriber heap (graphql-ws alone shows the same).
          goal: size >= 1000 ? "p99 ≤ 2×, ≤ 8 KB heap/sub" : undefined,
          met: size >= 1000 ? ratio <= 2 && kb <= 8 && gqlWs.lost === 0 : undefined,
          note: `lost ${gqlWs.lost} (raw ${raw.lost}); heap ${kb.toFixed(1)} KB/subscriber (raw ${(raw.heapPerSubscriberBytes / 1024).toFixed(1)}); graphql-ws alone: p99 ${alone.p99.toFixed(1)} ms (${(alone.p99 / raw.p99).toFixed(2)}×), heap ${(alone.heapPerSubscriberBytes / 1024).toFixed(1)} KB/subscriber, lost ${alone.lost}`,
        });
      });
    }
    figures.fanout = fanoutFigures;
    figures.finalRssMiB = (await project.command<number>("rss")) / 2 ** 20;
    await scenario("request limiter on vs off ({ viewer { id } })", async () => {
      const limiter: string[] = [];
      await benchLimits((label, value) => limiter.push(`${label}: ${value}`), postgres?.env.REDIS_URL);
      rows.push({ scenario: "request limiter on vs off ({ viewer { id } })", note: limiter.join("; ") });
    });
    await scenario("security controls (allowlist, signing, audit, blocking)", async () => {
      const security: string[] = [];
      await benchSecurity((label, value) => security.push(`${label}: ${value}`), postgres?.env.REDIS_URL);
      rows.push({ scenario: "security controls (allowlist, signing, audit, blocking)", note: security.join("; ") });
    });
    rows.push({ scenario: "start-up (migrate + listen)", note: `${Number(figures.startupMs).toFixed(0)} ms` });
    rows.push({ scenario: "RSS idle after start-up / after the run", note: `${Number(figures.idleRssMiB).toFixed(0)} / ${Number(figures.finalRssMiB).toFixed(0)} MiB` });
  } finally {
    await stopAllTargets();
    await postgres?.drop();
  }
  print();
  printGoals();
  fs.mkdirSync(RESULTS, { recursive: true });
  const record = { at: new Date().toISOString(), dialect, rounds: ROUNDS, seconds: SECONDS, node: process.version, cores: os.cpus().length, rows, figures };
  fs.writeFileSync(path.join(RESULTS, "latest.json"), JSON.stringify(record, null, 2));
  console.log(`\nWrote ${path.relative(process.cwd(), path.join(RESULTS, "latest.json"))}`);
  const compareWith = option("compare", "");
  if (compareWith) compare(JSON.parse(fs.readFileSync(compareWith, "utf8")) as { rows: Row[]; at: string });
}

const num = (v: number | undefined, digits = 1) => (v === undefined || Number.isNaN(v) ? "" : v.toFixed(digits));

function print() {
  const header = ["scenario", "req/s", "p50 ms", "p99 ms", "baseline", "ratio", "goal", "met", "note"];
  const table = rows.map((r) => [r.scenario, num(r.rps, 0), num(r.p50), num(r.p99), r.baseline ?? "", num(r.ratio, 2), r.goal ?? "", r.met === undefined ? "" : r.met ? "yes" : "NO", r.note ?? ""]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of table) console.log(line(row));
}

/** The issue's goals, one line each: the figure, its ratio, pass or fail. */
function printGoals() {
  console.log("\nGoals:");
  for (const row of rows.filter((r) => r.goal || r.met === false)) {
    const figure = [
      row.rps !== undefined ? `${row.rps.toFixed(0)} req/s` : "",
      row.p99 !== undefined ? `p99 ${row.p99.toFixed(1)} ms` : "",
      row.ratio !== undefined ? `ratio ${row.ratio.toFixed(2)}` : "",
      row.note ?? "",
    ].filter(Boolean).join(", ");
    const verdict = row.met === undefined ? "SKIP" : row.met ? "PASS" : "FAIL";
    console.log(`  ${verdict}  ${row.scenario} — goal ${row.goal ?? "(ran)"}: ${figure}`);
  }
}

function compare(previous: { rows: Row[]; at: string }) {
  console.log(`\nCompared with ${previous.at}:`);
  for (const row of rows) {
    const before = previous.rows.find((r) => r.scenario === row.scenario);
    if (!before) continue;
    const parts: string[] = [];
    if (row.rps && before.rps) parts.push(`req/s ${before.rps.toFixed(0)} → ${row.rps.toFixed(0)} (${((row.rps / before.rps - 1) * 100).toFixed(0)} %)`);
    if (row.p99 && before.p99) parts.push(`p99 ${before.p99.toFixed(1)} → ${row.p99.toFixed(1)} ms`);
    if (row.ratio && before.ratio) parts.push(`ratio ${before.ratio.toFixed(2)} → ${row.ratio.toFixed(2)}`);
    if (!parts.length && row.note !== before.note) parts.push(`${before.note ?? ""} → ${row.note ?? ""}`);
    if (parts.length) console.log(`  ${row.scenario}: ${parts.join(", ")}`);
  }
}

await main();
