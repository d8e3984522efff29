// Background work on a timer (session sweeper, budget janitor, task runner): one run at a time,
// errors logged and never fatal, stopped before the database closes. Each job reports its health
// for systemStatus (the "agent orchestrator" service).
import type { Logger } from "./logger.js";

export interface JobHealth {
  name: string;
  running: boolean;
  lastRunAt: Date | null;
  lastError: string | null;
}

export interface PeriodicJob {
  start(): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
  /** Runs now (or joins the run in progress); used at start-up to catch up after a restart. */
  runNow(): Promise<void>;
  health(): JobHealth;
  /** A run is in progress. */
  busy(): boolean;
}

export function periodicJob(name: string, intervalMs: number, run: () => Promise<unknown>, logger: Logger): PeriodicJob {
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> | null = null;
  let lastRunAt: Date | null = null;
  let lastError: string | null = null;

  const tick = () => {
    if (current) return current; // the previous run is still going
    current = run()
      .then(
        (result) => {
          lastError = null;
          if (result) logger.debug({ job: name, result }, "job ran");
        },
        (error: unknown) => {
          lastError = (error as Error).message ?? String(error);
          logger.error({ err: error, job: name }, "background job failed");
        },
      )
      .finally(() => {
        lastRunAt = new Date();
        current = null;
      });
    return current;
  };

  return {
    start() {
      timer ??= setInterval(tick, intervalMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await current;
    },
    runNow: tick,
    health: () => ({ name, running: timer !== null, lastRunAt, lastError }),
    busy: () => current !== null,
  };
}
