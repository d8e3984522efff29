// Background work on a timer (session sweeper, …): one run at a time, errors logged, never fatal,
// stopped before the database closes.
import type { Logger } from "./logger.js";

export interface PeriodicJob {
  start(): void;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
  /** Runs now (and returns its result); used at start-up to catch up after a restart. */
  runNow(): Promise<void>;
}

export function periodicJob(name: string, intervalMs: number, run: () => Promise<unknown>, logger: Logger): PeriodicJob {
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> | null = null;

  const tick = () => {
    if (current) return current; // the previous run is still going
    current = run()
      .then(
        (result) => void (result && logger.debug({ job: name, result }, "job ran")),
        (error: unknown) => logger.error({ err: error, job: name }, "background job failed"),
      )
      .finally(() => (current = null));
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
  };
}
