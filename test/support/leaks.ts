// Finds the processes a test run left behind. Every process started during the run inherits the
// run's marker in its environment (set by the global setup before the workers start), so a leaked
// server is found even after its parent died and it was re-parented to init.
import fs from "node:fs";
import { POLL_INTERVAL_MS } from "./timeouts.js";

export const RUN_MARKER = "CP_TEST_RUN";

/** How long processes killed at the very end of the run get to disappear before they count as leaked. */
const SETTLE_MS = 5_000;

export interface LeakedProcess {
  pid: number;
  command: string;
}

function read(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null; // gone, or not ours to read
  }
}

/** Processes carrying the run's marker, other than vitest itself and its workers. */
function markedProcesses(runId: string): LeakedProcess[] {
  if (!fs.existsSync("/proc/self/environ")) return []; // not Linux: nothing to scan
  const marker = `${RUN_MARKER}=${runId}`;
  const found: LeakedProcess[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    const environ = read(`/proc/${pid}/environ`);
    if (!environ?.split("\0").includes(marker)) continue;
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(read(`/proc/${pid}/status`) ?? "")?.[1]);
    if (ppid === process.pid) continue; // a vitest worker, still closing
    const command = (read(`/proc/${pid}/cmdline`) ?? "").split("\0").join(" ").trim();
    found.push({ pid, command });
  }
  return found;
}

/** The run's processes still alive after a short grace; each is killed with SIGKILL. */
export async function findLeakedProcesses(runId: string): Promise<LeakedProcess[]> {
  const until = Date.now() + SETTLE_MS;
  let leaked = markedProcesses(runId);
  while (leaked.length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS * 10));
    leaked = markedProcesses(runId);
  }
  for (const { pid } of leaked) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  return leaked;
}
