// The embedded database's WAL checkpoints, on a worker thread with its own connection (see
// src/sqlite-checkpoints.ts): copying the WAL into the database file and its fsync never hold the
// server's event loop. Plain JavaScript: a worker thread does not inherit the loader that runs the
// TypeScript around it.
import { parentPort, workerData } from "node:worker_threads";
import Database from "libsql";

const { file, intervalMs, truncateFrames, busyTimeoutMs } = workerData;
const db = new Database(file);
db.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
// PASSIVE copies what it can without waiting for anyone. The server's writes go on meanwhile, so under
// a steady load the WAL is never wholly copied and never starts over; past `truncateFrames`, TRUNCATE
// waits for the writer (which then waits a few milliseconds, a rare pause), copies the rest and
// empties the WAL file.
const passive = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const truncate = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");

function checkpoint() {
  try {
    let result = passive.get();
    let mode = "passive";
    if (result.log >= truncateFrames) {
      result = truncate.get();
      mode = "truncate";
    }
    parentPort.postMessage({ type: "checkpoint", mode, busy: result.busy, log: result.log, checkpointed: result.checkpointed });
  } catch (error) {
    parentPort.postMessage({ type: "error", message: String(error?.message ?? error) });
  }
}

const timer = setInterval(checkpoint, intervalMs);
parentPort.on("message", (message) => {
  if (message !== "stop") return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
parentPort.postMessage({ type: "ready" });
