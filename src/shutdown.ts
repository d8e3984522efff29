// Graceful shutdown as a list of named steps run together under one deadline (SHUTDOWN_TIMEOUT_MS).
// "drain" steps (HTTP, sockets, subscriptions, background jobs, tasks, model calls) run at once; the
// "close" steps (pub/sub transport, database) run after them with what is left of the deadline. Each
// step has its own limit: one stuck step is cut — logged with what it was still waiting for — and never
// holds the others. When the grace period (SHUTDOWN_GRACE_MS) ends, every step's signal aborts: work
// that has not finished on its own is aborted and handed back. Other parts add steps with `add`.
import type { Logger } from "./logger.js";

interface ShutdownStep {
  /** Named in the log ("http", "graphql-ws", "tasks", …). */
  name: string;
  /** "drain" (default) runs first, all at once; "close" runs after every drain step has ended or been cut. */
  phase?: "drain" | "close";
  /** The step's own limit; the phase's share of the deadline applies anyway. */
  timeoutMs?: number;
  /** `grace` aborts when the grace period ends: stop waiting for work to finish on its own. */
  run(grace: AbortSignal): Promise<void>;
  /** What the step still waits for (logged when it is cut). */
  pending?(): unknown;
  /** Called when the step is cut: force what is left (terminate sockets, disconnect). */
  cut?(): void;
}

export interface ShutdownReport {
  ms: number;
  /** Steps cut at their limit. */
  cut: string[];
}

export interface Shutdown {
  add(step: ShutdownStep): void;
  run(): Promise<ShutdownReport>;
}

/** Time kept for the close phase out of the whole deadline. */
const closeReserveMs = (timeoutMs: number) => Math.min(2000, Math.floor(timeoutMs / 4));

export function createShutdown({ logger, timeoutMs, graceMs }: { logger: Logger; timeoutMs: number; graceMs: number }): Shutdown {
  const steps: ShutdownStep[] = [];

  async function runStep(step: ShutdownStep, grace: AbortSignal, limitMs: number, cut: string[]) {
    const began = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"cut">((resolve) => {
      timer = setTimeout(() => resolve("cut"), Math.max(0, limitMs));
    });
    const work = step.run(grace).then(
      () => "done" as const,
      (error: unknown) => {
        logger.error({ err: error, step: step.name }, "shutdown step failed");
        return "failed" as const;
      },
    );
    const outcome = await Promise.race([work, timedOut]);
    clearTimeout(timer);
    if (outcome === "cut") {
      cut.push(step.name);
      let pending: unknown;
      try {
        pending = step.pending?.();
      } catch (error) {
        pending = `(unknown: ${(error as Error).message})`;
      }
      logger.warn({ step: step.name, limitMs, pending }, `shutdown step "${step.name}" cut at its limit`);
      try {
        step.cut?.();
      } catch (error) {
        logger.error({ err: error, step: step.name }, "forcing a shutdown step failed");
      }
    } else {
      logger.debug({ step: step.name, ms: Date.now() - began }, "shutdown step done");
    }
  }

  return {
    add(step) {
      steps.push(step);
    },

    async run() {
      const began = Date.now();
      const deadline = began + timeoutMs;
      const grace = new AbortController();
      const graceTimer = setTimeout(() => grace.abort(new Error("the shutdown grace period ended")), Math.min(graceMs, timeoutMs));
      const cut: string[] = [];
      const limit = (step: ShutdownStep, until: number) => Math.min(step.timeoutMs ?? Infinity, until - Date.now());
      try {
        const drainUntil = deadline - closeReserveMs(timeoutMs);
        await Promise.all(steps.filter((s) => (s.phase ?? "drain") === "drain").map((s) => runStep(s, grace.signal, limit(s, drainUntil), cut)));
        grace.abort(new Error("the drain phase ended"));
        await Promise.all(steps.filter((s) => s.phase === "close").map((s) => runStep(s, grace.signal, limit(s, deadline), cut)));
      } finally {
        clearTimeout(graceTimer);
      }
      return { ms: Date.now() - began, cut };
    },
  };
}

/** Resolves when `signal` aborts (at once if it already has). */
export function whenAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}
