// The parent side: start a target in its own process (so the load generator never shares its event
// loop), wait until it listens, send it commands, and always stop it.
import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The heap flags `npm start` gives Node (package.json): the project is measured as it runs. */
const START_V8_FLAGS = (JSON.parse(fs.readFileSync(path.join(HERE, "..", "..", "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start.match(/--max-[a-z-]+=\S+/g) ?? [];
const started = new Set<ChildProcess>();

export interface Target {
  name: string;
  url: string;
  info: Record<string, unknown>;
  command<T = unknown>(name: string, arg?: unknown): Promise<T>;
  stop(): Promise<void>;
}

export async function startTarget(name: string, env: Record<string, string> = {}): Promise<Target> {
  const child = fork(path.join(HERE, "..", "targets", `${name}.ts`), [], {
    execArgv: ["--import", "tsx", "--expose-gc", ...(name === "project" ? START_V8_FLAGS : [])],
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  started.add(child);
  let nextId = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const ready = new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s`)), 60_000);
    child.on("message", (message: { type: string; id?: number; value?: unknown; error?: string; url?: string }) => {
      if (message.type === "ready") {
        clearTimeout(timer);
        resolve(message as Record<string, unknown>);
      } else if (message.type === "reply") {
        const waiter = pending.get(message.id!);
        pending.delete(message.id!);
        if (message.error) waiter?.reject(new Error(message.error));
        else waiter?.resolve(message.value);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code} before it was ready`));
    });
  });
  const info = await ready;
  return {
    name,
    url: String(info.url),
    info,
    command: <T>(command: string, arg?: unknown) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        child.send({ id, command, arg });
      }),
    stop: () => stopChild(child),
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  started.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

/** Whatever happens to the run, no target outlives it. */
export async function stopAllTargets(): Promise<void> {
  await Promise.all([...started].map(stopChild));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const child of started) child.kill("SIGKILL");
    process.exit(130);
  });
}
