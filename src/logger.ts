// Structured JSON logs (pino). Every line written while serving a request carries its request id.
import { pino, type Logger } from "pino";
import type { LogLevel } from "./config.js";

export type { Logger };

export function createLogger(level: LogLevel): Logger {
  return pino({ level, base: { service: "control-plane" }, timestamp: pino.stdTimeFunctions.isoTime });
}
