// Structured JSON logs (pino). Every line written while serving a request carries its request id.
// Lines reach standard output through a destination that never blocks (src/log-destination.ts).
import { pino, type Logger } from "pino";
import type { LogLevel } from "./config.js";
import { createLogDestination, type LogDestination } from "./log-destination.js";

export type { Logger };

let stdout: LogDestination | null = null;

/** The process's standard output for logs and announcements (one, shared, created on first use). */
export function stdoutDestination(): LogDestination {
  stdout ??= createLogDestination({ fd: 1 });
  return stdout;
}

/** JSON lines to standard output, or to `destination` (tests capture them). */
export function createLogger(level: LogLevel, destination: { write(line: string): void } = stdoutDestination()): Logger {
  const options = { level, base: { service: "control-plane" }, timestamp: pino.stdTimeFunctions.isoTime };
  return pino(options, destination);
}
