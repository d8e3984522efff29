// How a failure is written depends on the document a route comes from. The catalogue's code and
// status are the same everywhere; only the body's shape differs.
export interface Failure {
  status: number;
  code: string;
  message: string;
  details: Record<string, unknown>;
  requestId: string;
  /** Seed 002 `traceId`: the W3C trace id of an incoming `traceparent`, else the request id (set by the plugin). */
  traceId?: string;
  at: Date;
}

export type ErrorFormat = (failure: Failure) => unknown;

const traceOf = (f: Failure) => f.traceId ?? f.requestId;
const retryAfter = (f: Failure) => (typeof f.details.retry_after === "number" ? f.details.retry_after : undefined);

/** Seed 001 (and 002): {"error": {code, message, details, timestamp, request_id, traceId}}. The default. */
export const envelope: ErrorFormat = (f) => ({
  error: { code: f.code, message: f.message, details: f.details, timestamp: f.at.toISOString(), request_id: f.requestId, traceId: traceOf(f) },
});

/**
 * Seed 003 (J1MSKY): a request the client must change — validation (400) or a conflict such as an
 * idempotency key reused (409) — is {"success": false, "error": "<message>"}; other errors are
 * {"error": {"code": <HTTP status>, "message", "retry_after", "request_id"}}. The catalogue code rides
 * along (`code` / `type`), so clients can still tell failures apart.
 */
export const j1msky: ErrorFormat = (f) =>
  f.status === 400 || f.status === 409
    ? { success: false, error: f.message, code: f.code, details: f.details, request_id: f.requestId, traceId: traceOf(f) }
    : { success: false, error: { code: f.status, message: f.message, type: f.code, retry_after: retryAfter(f), details: f.details, request_id: f.requestId, traceId: traceOf(f) } };

/** Seed 004 (AgentOS): {"error": "<message>", "retryAfter": <seconds>}, with the catalogue code. */
export const agentos: ErrorFormat = (f) => ({ error: f.message, code: f.code, retryAfter: retryAfter(f), details: f.details, requestId: f.requestId, traceId: traceOf(f) });
