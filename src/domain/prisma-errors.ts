// Recognising the database errors the domain turns into API errors.
import { AppError } from "../errors.js";

interface PrismaLikeError {
  code?: unknown;
  message?: unknown;
  meta?: {
    target?: unknown;
    modelName?: unknown;
    driverAdapterError?: { cause?: { kind?: unknown; constraint?: { fields?: unknown; index?: unknown }; originalCode?: unknown; code?: unknown } };
  };
  cause?: unknown;
}

const asError = (error: unknown): PrismaLikeError | null => (typeof error === "object" && error !== null ? (error as PrismaLikeError) : null);

/** The columns (or the index name) a unique violation names, as Prisma reports it on either dialect. */
function violatedTarget(error: PrismaLikeError): { fields: string[]; index: string | null } {
  const constraint = error.meta?.driverAdapterError?.cause?.constraint;
  const target = error.meta?.target ?? constraint?.fields ?? constraint?.index;
  if (Array.isArray(target)) return { fields: target.map(String), index: null };
  if (typeof target === "string") return { fields: [], index: target };
  return { fields: [], index: null };
}

/**
 * A unique violation on exactly this model's `fields` (matched by columns, or by the constraint's
 * name `<Model>_<fields>_key`). Any other violation is not "already exists": it is rethrown.
 */
export function uniqueViolationOn(error: unknown, model: string, fields: string[]): boolean {
  const e = asError(error);
  if (!e || e.code !== "P2002") return false;
  if (typeof e.meta?.modelName === "string" && e.meta.modelName !== model) return false;
  const { fields: violated, index } = violatedTarget(e);
  const column = (name: string) => name.replace(/^"|"$/g, "").split(".").pop()!;
  if (violated.length) return violated.length === fields.length && fields.every((f) => violated.map(column).includes(f));
  return index === `${model}_${fields.join("_")}_key`;
}

// Prisma codes for "cannot reach / lost the database", pool timeouts, and driver-adapter kinds.
const UNAVAILABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);
// PostgreSQL SQLSTATEs: connection exceptions (08…), the server shutting down or starting (57P01–57P03),
// a statement cancelled by statement_timeout (57014). Node socket errors when the server vanished.
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3]$|57014$)/;
const UNAVAILABLE_MESSAGE = /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|connection timeout|terminating connection|the database system is (starting up|shutting down)|Can't reach database server|Server has closed the connection|Timed out fetching a new connection|canceling statement due to statement timeout|timeout exceeded when trying to connect|is not currently accepting connections|Unable to start a transaction in the given time|Connection terminated due to connection timeout/i;

/** The error a request gets when the database is out of reach: a 503 to retry, or null when it is something else. */
export function databaseUnavailable(error: unknown): AppError | null {
  for (let current = asError(error), depth = 0; current && depth < 5; current = asError(current.cause), depth++) {
    if (current instanceof AppError) return null;
    const cause = current.meta?.driverAdapterError?.cause;
    const sqlstate = String(cause?.originalCode ?? cause?.code ?? (typeof current.code === "string" && /^[0-9A-Z]{5}$/.test(current.code) ? current.code : ""));
    if (
      (typeof current.code === "string" && UNAVAILABLE_CODES.has(current.code)) ||
      (typeof cause?.kind === "string" && UNAVAILABLE_KINDS.has(cause.kind)) ||
      (sqlstate && UNAVAILABLE_SQLSTATE.test(sqlstate)) ||
      (typeof current.message === "string" && UNAVAILABLE_MESSAGE.test(current.message))
    ) {
      return new AppError("SERVICE_UNAVAILABLE", { message: "The database is unavailable; try again shortly", details: { retry_after: 2 } });
    }
  }
  return null;
}
