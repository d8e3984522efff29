// Real processes for tests (the server as `npm start` runs it, or any other command): spawned in
// their own process group, their output captured, awaited until ready, and always killed — by the
// test (stop/kill), else after the test or file (test/support/cleanup.ts), and the global teardown
// fails the run if any process of the run is still alive.
import { spawn, type ChildProcess } from "node:child_process";
import { PROJECT_ROOT } from "../../src/db.js";
import { onCleanup } from "./cleanup.js";
import type { TestDatabase } from "./server.js";
import { PROCESS_START_TIMEOUT_MS, PROCESS_STOP_TIMEOUT_MS, POLL_INTERVAL_MS } from "./timeouts.js";

export interface SpawnOptions {
  /** Default: this Node.js. */
  command?: string;
  /** Default: the server, `--import tsx src/main.ts` (what `npm start` runs, without npm and tsx above it). */
  args?: string[];
  cwd?: string;
  /** On top of this process's environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Shown in failures and in the teardown's list of leaked processes. */
  label?: string;
}

/** @public How a process ended (for tests that inspect it). */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Spawned {
  child: ChildProcess;
  pid: number;
  label: string;
  /** Everything written so far. */
  readonly stdout: string;
  readonly stderr: string;
  /** The JSON lines of standard output so far (other lines are skipped). */
  jsonLines(): Record<string, unknown>[];
  /** Resolves once standard output (or `stream`) satisfies `match`; rejects if the process exits first. */
  waitForOutput(match: string | RegExp | ((text: string) => boolean), options?: { stream?: "stdout" | "stderr"; timeoutMs?: number }): Promise<void>;
  /** Resolves when the process has exited. */
  exited: Promise<Exit>;
  /** Null while running. */
  readonly exit: Exit | null;
  /** Sends a signal to the process (or to its whole group), without waiting. */
  signal(signal: NodeJS.Signals, target?: "process" | "group"): void;
  /**
   * Sends `signal` (default SIGTERM) to the process, waits up to `timeoutMs` for it to exit, then kills the
   * whole group with SIGKILL. Resolves with how the process exited.
   */
  stop(options?: { signal?: NodeJS.Signals; target?: "process" | "group"; timeoutMs?: number }): Promise<Exit>;
  /** SIGKILL to the whole group; resolves with the exit. */
  kill(): Promise<Exit>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is gone already
  }
}

export function spawnProcess(options: SpawnOptions = {}): Spawned {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...options.env })) if (value !== undefined) env[key] = value;
  const args = options.args ?? ["--import", "tsx", "src/main.ts"];
  const label = options.label ?? [options.command ?? "node", ...args].join(" ");
  // Its own process group: grandchildren (npm → sh → tsx → node) are killed with it.
  const child = spawn(options.command ?? process.execPath, args, {
    cwd: options.cwd ?? PROJECT_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  if (child.pid === undefined) throw new Error(`could not spawn ${label}`);
  const pid = child.pid;

  const output = { stdout: "", stderr: "" };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  child.stdout!.setEncoding("utf8").on("data", (d: string) => ((output.stdout += d), notify()));
  child.stderr!.setEncoding("utf8").on("data", (d: string) => ((output.stderr += d), notify()));
  // A test may destroy the pipes on purpose (a reader that went away); that is no test failure.
  child.stdout!.on("error", () => undefined);
  child.stderr!.on("error", () => undefined);

  let exit: Exit | null = null;
  const exited = new Promise<Exit>((resolve) => {
    child.once("exit", (code, signal) => {
      exit = { code, signal };
      killGroup(pid, "SIGKILL"); // anything the process left behind in its group
      notify();
      resolve(exit);
    });
  });

  const spawned: Spawned = {
    child,
    pid,
    label,
    get stdout() {
      return output.stdout;
    },
    get stderr() {
      return output.stderr;
    },
    get exit() {
      return exit;
    },
    exited,
    jsonLines() {
      return output.stdout.split("\n").flatMap((line) => {
        if (!line.startsWith("{")) return [];
        try {
          return [JSON.parse(line) as Record<string, unknown>];
        } catch {
          return [];
        }
      });
    },
    waitForOutput(match, { stream = "stdout", timeoutMs = PROCESS_START_TIMEOUT_MS } = {}) {
      const test = (text: string) => (typeof match === "string" ? text.includes(match) : match instanceof RegExp ? match.test(text) : match(text));
      return new Promise<void>((resolve, reject) => {
        const check = () => {
          if (test(output[stream])) return finish();
          if (exit) finish(new Error(`${label} exited (${JSON.stringify(exit)}) before printing ${String(match)}; stderr: ${output.stderr.slice(-2000)}`));
        };
        const timer = setTimeout(
          () => finish(new Error(`${label} did not print ${String(match)} within ${timeoutMs} ms; stdout: ${output.stdout.slice(-2000)} stderr: ${output.stderr.slice(-2000)}`)),
          timeoutMs,
        );
        function finish(error?: Error) {
          clearTimeout(timer);
          listeners.delete(check);
          if (error) reject(error);
          else resolve();
        }
        listeners.add(check);
        check();
      });
    },
    signal(signal, target = "process") {
      if (exit) return;
      if (target === "group") killGroup(pid, signal);
      else child.kill(signal);
    },
    async stop({ signal = "SIGTERM", target = "process", timeoutMs = PROCESS_STOP_TIMEOUT_MS } = {}) {
      if (exit) return exit;
      spawned.signal(signal, target);
      const timer = setTimeout(() => killGroup(pid, "SIGKILL"), timeoutMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
    async kill() {
      killGroup(pid, "SIGKILL");
      return exited;
    },
  };

  const unregister = onCleanup(`process ${label} (pid ${pid})`, async () => {
    if (!exit) {
      killGroup(pid, "SIGKILL");
      await exited;
    } else if (isRunning(-pid)) killGroup(pid, "SIGKILL");
  });
  exited.then(
    () => {
      if (!isRunning(-pid)) unregister();
    },
    () => undefined,
  );
  return spawned;
}

export interface ServerProcessOptions extends SpawnOptions {
  /** The database the server uses (DATA_DIR and DATABASE_URL); without it the caller's env decides. */
  database?: TestDatabase;
  /** Path polled until it answers 200 (default /health/live). */
  readyPath?: string;
  timeoutMs?: number;
}

export interface ServerProcess extends Spawned {
  /** Base URL, e.g. http://127.0.0.1:41234. */
  url: string;
}

/** The base URL the server logged when it started listening (PORT=0 picks a free port). */
function listeningUrl(stdout: string): string | undefined {
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{") || !line.includes("listening")) continue;
    try {
      const url = (JSON.parse(line) as { url?: unknown }).url;
      if (typeof url === "string") return url;
    } catch {
      // a partial line: the rest is still on its way
    }
  }
  return undefined;
}

/**
 * Spawns the real server (PORT=0, JSON logs, no Redis unless `env` says so) and resolves once its
 * readiness URL answers 200. If it does not become ready in time it is killed and this rejects.
 */
export async function startServerProcess(options: ServerProcessOptions = {}): Promise<ServerProcess> {
  const spawned = spawnProcess({
    label: "control-plane server",
    ...options,
    env: {
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "info",
      REDIS_URL: "",
      ...(options.database ? { DATA_DIR: options.database.dataDir, DATABASE_URL: options.database.databaseUrl ?? "" } : {}),
      ...options.env,
    },
  });
  const timeoutMs = options.timeoutMs ?? PROCESS_START_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  try {
    await spawned.waitForOutput((stdout) => listeningUrl(stdout) !== undefined, { timeoutMs });
    const url = listeningUrl(spawned.stdout)!;
    const readyUrl = `${url}${options.readyPath ?? "/health/live"}`;
    for (;;) {
      const status = await fetch(readyUrl).then(
        (r) => (void r.body?.cancel(), r.status),
        () => 0,
      );
      if (status === 200) break;
      if (spawned.exit) throw new Error(`${spawned.label} exited (${JSON.stringify(spawned.exit)}) before ${readyUrl} answered`);
      if (Date.now() > deadline) throw new Error(`${readyUrl} did not answer 200 within ${timeoutMs} ms (last status ${status})`);
      await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
    }
    return Object.assign(spawned, { url });
  } catch (error) {
    await spawned.kill();
    throw error;
  }
}
