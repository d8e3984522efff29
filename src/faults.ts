// Process-wide faults: a promise rejected with nobody listening is logged and counted — one request's
// fault must not bring the server down — and an uncaught exception is logged before the process exits.
import type { Logger } from "./logger.js";

let unhandled = 0;

/** Unhandled rejections since the process started (exposed by /metrics). */
export function unhandledRejections(): number {
  return unhandled;
}

export function watchProcessFaults(logger: Logger, exit: (code: number) => void): void {
  process.on("unhandledRejection", (reason) => {
    unhandled++;
    logger.error({ err: reason, unhandledRejections: unhandled }, "unhandled promise rejection (a bug: the promise should be awaited or caught)");
  });
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception: the process stops");
    exit(1);
  });
}
