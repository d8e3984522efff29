// The embedded database's WAL checkpoints, on a worker thread with its own connection (see
// src/sqlite-checkpoints.ts): copying the WAL into the database file and its fsync never hold the
// server's event loop. Plain JavaScript: a worker thread does not inherit the loader that runs the
// TypeScript around it.
import { parentPort, workerData } from "node:worker_threads";
import Database from "libsql";

const { file, intervalMs, restartFrames, busyTimeoutMs } = workerData;
const db = new Database(file);
db.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
// PASSIVE copies what it can without waiting for anyone. The server's writes go on meanwhile, so under
// a steady load the last frames are never copied and the WAL never starts over. Past `restartFrames`,
// a second PASSIVE copies what came during the first, and RESTART copies the few frames left so that
// the next write starts the WAL from its beginning: only then is the server's writer held back, for
// those frames and one fsync. (TRUNCATE, which also empties the file, held it back three times as
// long; the server's connection keeps the file's size in check with journal_size_limit instead.)
const passive = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const restart = db.prepare("PRAGMA wal_checkpoint(RESTART)");

function checkpoint() {
  try {
    let result = passive.get();
    let mode = "passive";
    if (result.log >= restartFrames) {
      passive.get();
      result = restart.get();
      mode = "restart";
    }
    parentPort.postMessage({ type: "checkpoint", mode, log: result.log, checkpointed: result.checkpointed });
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
