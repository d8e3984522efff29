// Reads a V8 .cpuprofile (node --cpu-prof) and names where the time went: the functions with the
// most self time, and self time summed by package (node_modules/<name>, src/<area>, node internals).
import fs from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Share {
  name: string;
  percent: number;
}

export interface ProfileSummary {
  samples: number;
  frames: Share[];
  packages: Share[];
}

/** node_modules/<pkg>, src/<area>, bench, or the Node/V8 bucket a URL belongs to. */
function packageOf(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1]!;
  const src = /\/src\/([^/]+)/.exec(url);
  if (src) return `src/${src[1]!.replace(/\.ts$/, "")}`;
  if (url.startsWith("node:")) return "node internals";
  if (!url) return "(native, GC, idle)";
  return url.replace(/^.*\/(bench|test)\//, "$1/");
}

function shortUrl(url: string): string {
  return url.replace(/^file:\/\//, "").replace(/^.*node_modules\//, "").replace(/^.*\/(src|bench)\//, "$1/");
}

export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as { nodes: ProfileNode[] };
  const frames = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (!hits) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") continue; // waiting, not working
    total += hits;
    const name = `${functionName || "(anonymous)"} ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ""}`.trim();
    frames.set(name, (frames.get(name) ?? 0) + hits);
    const pkg = functionName === "(garbage collector)" ? "(garbage collector)" : packageOf(url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + hits);
  }
  const ranked = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, hits]) => ({ name, percent: (100 * hits) / Math.max(1, total) }));
  return { samples: total, frames: ranked(frames, top), packages: ranked(packages, 12) };
}
