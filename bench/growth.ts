// npx tsx bench/growth.ts [--seconds S]: does anything grow without bound? Runs each load twice on one
// project process and prints the heap after GC after each pass: memory that a pass keeps (caches
// filling up) shows after the first, a leak keeps growing after the second.
import { graphqlWsReceiver } from "./lib/fanout.js";
import { load } from "./lib/load.js";
import { AUTH, FANOUT_QUERY, LIST_QUERY, LIST_VARIABLES, PROJECT_ENV, gqlBody, post, restList, writes } from "./lib/scenarios.js";
import { startTarget, stopAllTargets, type Target } from "./lib/target.js";

const args = process.argv.slice(2);
const SECONDS = Number(args[args.indexOf("--seconds") + 1] || 5);
const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

async function subscribers(project: Target, n: number) {
  const receiver = graphqlWsReceiver(`${project.url.replace("http", "ws")}/graphql`, AUTH, FANOUT_QUERY, n, () => project.command<number>("subscriptions"));
  await receiver.open();
  await receiver.close();
  while ((await project.command<number>("subscriptions")) > 0) await new Promise((r) => setTimeout(r, 50));
}

try {
  const project = await startTarget("project", PROJECT_ENV);
  await project.command("seedTree", { agents: 20, sessions: 10, messages: 10 });
  const passes: [string, () => Promise<unknown>][] = [
    ["viewer", () => load(post(`${project.url}/graphql`, gqlBody("{ viewer { __typename } }"), SECONDS))],
    ["GraphQL list", () => load(post(`${project.url}/graphql`, gqlBody(LIST_QUERY, LIST_VARIABLES), SECONDS))],
    ["REST list", () => load(restList(project, SECONDS))],
    ["createAgent ×20", () => load(writes(project, SECONDS))],
    ["500 subscribers opened and closed", () => subscribers(project, 500)],
  ];
  console.log(`heap after GC at start: ${MiB(await project.command<number>("heap"))}, RSS ${MiB(await project.command<number>("rss"))}`);
  for (const [name, pass] of passes) {
    const heaps: string[] = [];
    for (let i = 0; i < 2; i++) {
      await pass();
      heaps.push(MiB(await project.command<number>("heap")));
    }
    console.log(`${name}: heap after GC after pass 1 / 2: ${heaps.join(" / ")}`);
  }
  console.log(`RSS at the end: ${MiB(await project.command<number>("rss"))}`);
} finally {
  await stopAllTargets();
}
