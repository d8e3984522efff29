// Structured JSON logs (pino). Every line written while serving a request carries its request id.
import { pino, type Logger } from "pino";
import type { LogLevel } from "./config.js";
import { terminalDestination } from "./terminal-log.js";

export type { Logger };

/** JSON lines to standard output (plain lines when it is a terminal), or to `destination` (tests capture them). */
export function createLogger(level: LogLevel, destination?: { write(line: string): void }): Logger {
  const options = { level, base: { service: "control-plane" }, timestamp: pino.stdTimeFunctions.isoTime };
  destination ??= process.stdout.isTTY ? terminalDestination(process.stdout) : undefined;
  return destination ? pino(options, destination) : pino(options);
}
