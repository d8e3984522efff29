// What the domain tells operators' metrics, as plain calls with no metrics library behind them:
// services take a DomainTelemetry (no-op by default) and src/telemetry/metrics.ts implements it.
export interface DomainTelemetry {
  /** A model call finished (one usage record): provider, model, outcome, tokens, cost. */
  modelCall(call: { provider: string; model: string; status: string; inputTokens: number; outputTokens: number; costMicros: number }): void;
  /** A spawned task (or workflow step) reached its final status, `seconds` after it started. */
  taskFinished(task: { outcome: string; seconds: number }): void;
  /** One webhook delivery attempt: delivered, retrying (will be tried again) or failed (given up). */
  webhookAttempt(outcome: "delivered" | "retrying" | "failed"): void;
}

export const NO_TELEMETRY: DomainTelemetry = {
  modelCall: () => undefined,
  taskFinished: () => undefined,
  webhookAttempt: () => undefined,
};
