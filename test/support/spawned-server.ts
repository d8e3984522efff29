// The real server as a separate process (`node --import tsx src/main.ts`, what `npm start` execs), for
// tests that signal or kill it. Every process started here is SIGKILLed by killSpawned() (call it in
// afterEach) whatever the test did. Small on purpose: easy to swap for a shared process helper.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { PROJECT_ROOT } from "../../src/db.js";

export interface SpawnedServer {
  child: ChildProcessWithoutNullStreams;
  url: string;
  wsUrl: string;
  admin: string;
  /** Everything written to stdout so far (until the test closes it). */
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

const ADMIN_KEY = "spawned-admin-key-0123456789abcdefghijkl";
const children = new Set<ChildProcessWithoutNullStreams>();

export async function spawnServer(env: Record<string, string>, startTimeoutMs = 90_000): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ADMIN_API_KEY: ADMIN_KEY, LOG_LEVEL: "info", REDIS_URL: "", DATABASE_URL: "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  children.add(child);
  let out = "";
  let err = "";
  child.stdout.on("data", (d: Buffer) => (out += d));
  child.stderr.on("data", (d: Buffer) => (err += d));
  child.stdout.on("error", () => undefined); // the test may destroy it on purpose
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once("exit", (code, signal) => {
      children.delete(child);
      resolve({ code, signal, at: Date.now() });
    }),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${startTimeoutMs} ms:\n${out}\n${err}`)), startTimeoutMs);
    const look = () => {
      const line = out.split("\n").find((l) => l.includes('"control plane listening"'));
      if (!line) return;
      clearTimeout(timer);
      child.stdout.off("data", look);
      resolve((JSON.parse(line) as { url: string }).url);
    };
    child.stdout.on("data", look);
    exited.then(({ code }) => reject(new Error(`server exited with ${code} before listening:\n${out}\n${err}`))).catch(() => undefined);
  });
  return { child, url, wsUrl: `${url.replace(/^http/, "ws")}/graphql`, admin: `ApiKey ${ADMIN_KEY}`, stdout: () => out, stderr: () => err, exited };
}

/** SIGKILLs every process still running and waits for it to be gone. */
export async function killSpawned(): Promise<void> {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          if (!child.kill("SIGKILL")) resolve();
        }),
    ),
  );
  children.clear();
}

/** A JSON request to a spawned server with its admin key. */
export async function call(server: { url: string; admin: string }, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: server.admin, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed };
}
