// WAL checkpoints of the embedded database off the event loop. libsql runs every statement
// synchronously on the calling thread, and SQLite's automatic checkpoint runs inside the commit that
// crosses 1,000 WAL pages: copying them into the database and its fsync held the server's event loop
// for 8–13 ms every ~1,300 writes (what every request in flight then waited for; see README,
// Performance). The server's connection turns the automatic checkpoint off and a worker thread with its
// own connection checkpoints instead (src/sqlite-checkpoint-worker.mjs).
import { Worker } from "node:worker_threads";

/** 8,192 pages of 4 KiB: a WAL past 32 MiB is copied whole and started over (src/sqlite-checkpoint-worker.mjs). */
const RESTART_FRAMES = 8192;

/**
 * The server's connection leaves checkpoints to the worker, and when it starts the WAL over it cuts
 * the file back to 64 MiB: the file keeps the size it reached, which a burst may take past the bound.
 */
export const SERVER_CONNECTION_PRAGMAS = ["PRAGMA wal_autocheckpoint = 0", `PRAGMA journal_size_limit = ${64 * 2 ** 20}`];

const INTERVAL_MS = 250;

interface CheckpointStats {
  /** Checkpoints run, and how many of them started the WAL over (RESTART). */
  runs: number;
  restarts: number;
  /** Frames in the WAL and frames copied into the database, as the last checkpoint reported them. */
  log: number;
  checkpointed: number;
  /** The last checkpoint's failure, if the last one failed. */
  error: string | null;
}

export interface Checkpointer {
  /** Resolves once the worker's connection is open. */
  ready: Promise<void>;
  stats(): CheckpointStats;
  /** Resolves with the stats of the next checkpoint to finish. */
  next(): Promise<CheckpointStats>;
  /** Closes the worker's connection and ends the thread. */
  stop(): void;
}

export function startCheckpointer(file: string, { intervalMs = INTERVAL_MS, restartFrames = RESTART_FRAMES, busyTimeoutMs = 5000 } = {}): Checkpointer {
  const worker = new Worker(new URL("./sqlite-checkpoint-worker.mjs", import.meta.url), { workerData: { file, intervalMs, restartFrames, busyTimeoutMs } });
  // The thread never keeps the process alive: a server that forgot to stop still exits.
  worker.unref();
  const stats: CheckpointStats = { runs: 0, restarts: 0, log: 0, checkpointed: 0, error: null };
  let waiters: ((s: CheckpointStats) => void)[] = [];
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  worker.on("message", (message: { type: string; mode?: string; log?: number; checkpointed?: number; message?: string }) => {
    if (message.type === "ready") return markReady();
    stats.runs++;
    if (message.type === "error") stats.error = message.message ?? "checkpoint failed";
    else {
      if (message.mode === "restart") stats.restarts++;
      Object.assign(stats, { log: message.log, checkpointed: message.checkpointed, error: null });
    }
    const waiting = waiters;
    waiters = [];
    for (const resolve of waiting) resolve({ ...stats });
  });
  // The worker cannot open the database (it vanished): SQLite's own checkpoint on close still runs.
  worker.on("error", (error) => {
    stats.error = String(error);
    markReady();
  });
  return {
    ready,
    stats: () => ({ ...stats }),
    next: () => new Promise((resolve) => waiters.push(resolve)),
    stop: () => worker.postMessage("stop"),
  };
}
