// npm run bench -- --profile [--seconds S] [--subscribers N]
// Each hot path under load, one at a time, with the V8 CPU profiler running in the project's process
// for that scenario only (the profiler `node --cpu-prof` uses, started over the inspector so start-up
// and seeding stay out). Prints the functions and packages with the most self time and writes each
// .cpuprofile to bench/results/profiles/ (open it in Chrome DevTools or speedscope).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fanout, protocolWsReceiver } from "./lib/fanout.js";
import { load, type LoadSpec } from "./lib/load.js";
import { summarizeProfile } from "./lib/profile.js";
import { AUTH, FANOUT_QUERY, LIST_QUERY, LIST_VARIABLES, PROJECT_ENV, gqlBody, graphql, post, restList, writes } from "./lib/scenarios.js";
import { startTarget, stopAllTargets, type Target } from "./lib/target.js";

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), "results", "profiles");

/**
 * A profiled path: `begin` starts the profiler once what is not to be measured (opening subscribers) is
 * done; `end` may stop it before what follows the measured part (closing them).
 */
type Profiled = (project: Target, begin: () => Promise<void>, end: () => Promise<void>) => Promise<string>;

async function profiled(name: string, seconds: number, run: Profiled, env: Record<string, string>): Promise<void> {
  const project = await startTarget("project", { ...PROJECT_ENV, ...env });
  try {
    await project.command("seedTree", { agents: 20, sessions: 10, messages: 10 });
    const nothing = async () => undefined;
    await run(project, nothing, nothing); // warm-up: JIT, caches, connections
    const file = path.join(OUT, `${name}.cpuprofile`);
    let stopped = false;
    const end = async () => {
      if (!stopped) await project.command("profileStop", file);
      stopped = true;
    };
    const figure = await run(project, () => project.command("profileStart"), end);
    await end();
    const summary = summarizeProfile(file);
    console.log(`\n## ${name} — ${figure}; ${summary.samples} samples (${seconds} s)`);
    console.log("self time by package: " + summary.packages.map((p) => `${p.name} ${p.percent.toFixed(1)} %`).join(", "));
    for (const frame of summary.frames) console.log(`  ${frame.percent.toFixed(1).padStart(5)} %  ${frame.name}`);
  } finally {
    await project.stop();
  }
}

/** `env`: the project's database and pub/sub (`--postgres`: PostgreSQL + Redis), the embedded default when empty. */
export async function profileAll(seconds: number, subscribers: number, selected: (name: string) => boolean, env: Record<string, string>): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const profiledIf = (name: string, seconds: number, run: Profiled) => (selected(name) ? profiled(name, seconds, run, env) : undefined);
  const loaded = (spec: (project: Target) => LoadSpec): Profiled => async (project, begin) => {
    await begin();
    const r = await load(spec(project));
    return `${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms${r.errors || r.non2xx ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ""}`;
  };
  try {
    // The same request without a key: what authentication adds is the difference between the two.
    await profiledIf("anonymous", seconds, loaded((p) => post(`${p.url}/graphql`, gqlBody("{ __typename }"), seconds, false)));
    await profiledIf("viewer", seconds, loaded((p) => post(`${p.url}/graphql`, gqlBody("{ viewer { __typename } }"), seconds)));
    await profiledIf("graphql-list", seconds, loaded((p) => post(`${p.url}/graphql`, gqlBody(LIST_QUERY, LIST_VARIABLES), seconds)));
    await profiledIf("rest-list", seconds, loaded((p) => restList(p, seconds)));
    await profiledIf("create-agent-x20", seconds, loaded((p) => writes(p, seconds)));
    await profiledIf(`fanout-${subscribers}`, seconds, async (project, begin, end) => {
      const agent = (await graphql(project, `mutation { createAgent(input: { name: "fanout-${Date.now()}", type: "bench" }) { agent { id } } }`)).createAgent.agent.id as string;
      let running = false;
      const r = await fanout({
        subscribers,
        events: 20,
        receiver: protocolWsReceiver(`${project.url.replace("http", "ws")}/graphql`, AUTH, FANOUT_QUERY, subscribers, () => project.command<number>("subscriptions")),
        opened: begin,
        delivered: end,
        trigger: async () => {
          await graphql(project, `mutation($id: ID!) { ${running ? "stopAgent" : "startAgent"}(input: { id: $id }) { agent { id } } }`, { id: agent });
          running = !running;
        },
        heap: () => project.command<number>("heap"),
      });
      return `${subscribers} subscribers × 20 events, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, lost ${r.lost} (events only)`;
    });
  } finally {
    await stopAllTargets();
  }
  console.log(`\nProfiles in ${path.relative(process.cwd(), OUT)}/`);
}
