// Structured JSON logs (pino). Every line written while serving a request carries its request id.
// Lines reach standard output through a destination that never blocks (src/log-destination.ts).
import { pino, type Logger } from "pino";
import type { LogLevel } from "./config.js";
import { createLogDestination, type LogDestination } from "./log-destination.js";
import { terminalDestination } from "./terminal-log.js";

export type { Logger };

let stdout: LogDestination | null = null;

/** The process's standard output for logs and announcements (one, shared, created on first use). */
export function stdoutDestination(): LogDestination {
  stdout ??= createLogDestination({ fd: 1 });
  return stdout;
}

/**
 * JSON lines to standard output (plain lines when it is a terminal), or to `destination` (tests
 * capture them). Standard output is always written through the destination that never blocks.
 */
export function createLogger(level: LogLevel, destination?: { write(line: string): void }): Logger {
  const options = { level, base: { service: "control-plane" }, timestamp: pino.stdTimeFunctions.isoTime };
  destination ??= process.stdout.isTTY ? terminalDestination(stdoutDestination()) : stdoutDestination();
  return pino(options, destination);
}
