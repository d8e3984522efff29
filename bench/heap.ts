// npx tsx bench/heap.ts [N] [TOP] [TARGET]: what N graphql-ws subscribers keep alive in the server, by
// constructor (TARGET: the project, or bare-graphql-ws for graphql-ws's own share).
// Opens N subscribers (as the fan-out scenario does), takes a heap snapshot of the project before
// and after, and prints the constructors whose retained-by-count self size grew the most per subscriber.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { graphqlWsReceiver } from "./lib/fanout.js";
import { AUTH, FANOUT_QUERY, PROJECT_ENV } from "./lib/scenarios.js";
import { startTarget, stopAllTargets } from "./lib/target.js";

const N = Number(process.argv[2] ?? 500);

/** Self size and count by "type:name" from a .heapsnapshot file. */
function bySelfSize(file: string): Map<string, { size: number; count: number }> {
  const snapshot = JSON.parse(fs.readFileSync(file, "utf8"));
  const fields: string[] = snapshot.snapshot.meta.node_fields;
  const types: string[] = snapshot.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f));
  const totals = new Map<string, { size: number; count: number }>();
  const nodes: number[] = snapshot.nodes;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt!]!]!;
    const name = type === "object" || type === "closure" || type === "native" ? snapshot.strings[nodes[i + nameAt!]!] : "";
    const key = `${type}:${String(name).slice(0, 60)}`;
    const entry = totals.get(key) ?? { size: 0, count: 0 };
    entry.size += nodes[i + sizeAt!]!;
    entry.count++;
    totals.set(key, entry);
  }
  return totals;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heap-"));
try {
  const project = await startTarget(process.argv[4] ?? "project", PROJECT_ENV);
  const url = `${project.url.replace("http", "ws")}/graphql`;
  const subscriptions = () => project.command<number>("subscriptions");
  // Warm-up subscribers first, so code compiled and caches filled once stay out of the difference.
  const warmUp = graphqlWsReceiver(url, AUTH, FANOUT_QUERY, 50, subscriptions);
  await warmUp.open();
  const before = await project.command<string>("heapSnapshot", path.join(dir, "before.heapsnapshot"));
  const receiver = graphqlWsReceiver(url, AUTH, FANOUT_QUERY, N, subscriptions);
  await receiver.open();
  const after = await project.command<string>("heapSnapshot", path.join(dir, "after.heapsnapshot"));
  const [a, b] = [bySelfSize(before), bySelfSize(after)];
  const growth = [...b].map(([key, v]) => ({ key, size: v.size - (a.get(key)?.size ?? 0), count: v.count - (a.get(key)?.count ?? 0) })).sort((x, y) => y.size - x.size);
  const total = growth.reduce((s, g) => s + g.size, 0);
  console.log(`${N} subscribers: ${(total / N / 1024).toFixed(1)} KB of self size per subscriber; the largest growth:`);
  for (const g of growth.slice(0, Number(process.argv[3] ?? 40))) console.log(`  ${(g.size / N).toFixed(0).padStart(6)} B  ${(g.count / N).toFixed(1).padStart(5)} /sub  ${g.key}`);
  await receiver.close();
  await warmUp.close();
} finally {
  await stopAllTargets();
  if (process.env.KEEP_SNAPSHOTS) console.log(`snapshots kept in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}
