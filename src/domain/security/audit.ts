// Seed 003 "Audit Logging": who did what, in the seed's entry shape. Entries are queued and written
// in batches (one INSERT per FLUSH_MS or per BATCH entries), so a request never waits for its audit
// row; readers flush this instance's queue first, so an admin sees what just happened. What is
// recorded (events, bodies, retention) is configuration an admin changes with POST /api/security/audit.
import { z } from "zod";
import type { Clock } from "../../clock.js";
import { insertFromJsonRows, storedDateTime, type Db, type Dialect, type DriverWrite } from "../../db.js";
import { driverWriteOf, type Prisma } from "../../db.js";
import { newId } from "../../ids.js";
import type { Logger } from "../../logger.js";
import type { Principal } from "../auth/principal.js";
import type { PageQuery } from "../query.js";
import { validate } from "../validation.js";

const SETTINGS_KEY = "security.audit";
const FLUSH_MS = 200;
const BATCH = 500;
/** Queued entries beyond this are dropped (and counted) rather than exhausting memory while the database is away. */
const MAX_QUEUED = 50_000;

/** The seed's events, plus what this server records besides. */
export const AUDIT_EVENTS = [
  "agent.spawn",
  "agent.complete",
  "agent.fail",
  "api.key.used",
  "api.key.revoked",
  "api.mutation",
  "config.change",
  "security.violation",
] as const;
export type AuditEventName = (typeof AUDIT_EVENTS)[number];
type Severity = "info" | "warning" | "critical";

export interface AuditSettings {
  enabled: boolean;
  logLevel: "standard" | "verbose";
  retentionDays: number;
  includeRequestBody: boolean;
  includeResponseBody: boolean;
  events: AuditEventName[];
}

const DEFAULT_SETTINGS: AuditSettings = {
  enabled: true,
  logLevel: "standard",
  retentionDays: 90,
  includeRequestBody: false,
  includeResponseBody: false,
  events: [...AUDIT_EVENTS],
};

const SettingsInput = z.object({
  enabled: z.boolean().optional(),
  logLevel: z.enum(["standard", "verbose"], { message: "must be standard or verbose" }).optional(),
  retentionDays: z.number().int("must be a whole number of days").min(1, "must be at least 1").max(3650, "must be at most 3650").optional(),
  includeRequestBody: z.boolean().optional(),
  includeResponseBody: z.boolean().optional(),
  events: z.array(z.enum(AUDIT_EVENTS, { message: `must be one of ${AUDIT_EVENTS.join(", ")}` })).optional(),
});

/** One entry as a surface reports it; `at` defaults to now. */
export interface AuditEntry {
  event: AuditEventName;
  severity?: Severity;
  apiKeyId?: string | null;
  principalId?: string | null;
  ipAddress?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
  resource?: { type: string; id: string } | null;
  details?: Record<string, unknown>;
  /** Request or response bodies: kept only when the settings include them. */
  requestBody?: unknown;
  responseBody?: unknown;
}

export interface AuditFilter {
  events?: string[] | null;
  severity?: string | null;
  apiKeyId?: string | null;
  ipAddress?: string | null;
  since?: Date | null;
  until?: Date | null;
}

/** Secrets never reach the audit trail, whatever the body settings say. */
const SECRET_FIELD = /secret|password|token|signature|authorization/i;
function redacted(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redacted(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_FIELD.test(k) ? "[redacted]" : redacted(v, depth + 1)]));
}

/** Who acted, as an entry names them: a key's id is the seed's api_key_id. */
export function actorOf(principal: Principal | null | undefined): Pick<AuditEntry, "apiKeyId" | "principalId"> {
  if (!principal?.id) return {};
  return { principalId: principal.id, apiKeyId: principal.credential?.kind === "api_key" ? principal.credential.apiKeyId : null };
}

function whereOf(filter: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    ...(filter.events?.length ? { event: { in: filter.events } } : {}),
    ...(filter.severity ? { severity: filter.severity } : {}),
    ...(filter.apiKeyId ? { apiKeyId: filter.apiKeyId } : {}),
    ...(filter.ipAddress ? { ipAddress: filter.ipAddress } : {}),
    ...(filter.since || filter.until ? { at: { ...(filter.since ? { gte: filter.since } : {}), ...(filter.until ? { lt: filter.until } : {}) } } : {}),
  };
}

/** One queued entry: the AuditEvent row as written. */
interface AuditRow {
  id: string;
  at: Date;
  event: string;
  severity: string;
  apiKeyId: string | null;
  principalId: string | null;
  ipAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
  resourceType: string | null;
  resourceId: string | null;
  details: Record<string, unknown>;
}

/** Before each INSERT of a batch, what waits on the event loop goes first: a large batch is not one long stall. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Rows per INSERT: bounds how long one statement holds the event loop; each succeeds or is counted as dropped on its own. */
const ROWS_PER_INSERT = 100;

/** AuditEvent's columns, each the AuditRow field of the same name. */
const COLUMN_NAMES = ["id", "at", "event", "severity", "apiKeyId", "principalId", "ipAddress", "userAgent", "requestId", "resourceType", "resourceId", "details"] as const satisfies readonly (keyof AuditRow)[];
const INSERT_ROWS = insertFromJsonRows<StoredAuditRow>("AuditEvent", COLUMN_NAMES);
type StoredAuditRow = Omit<AuditRow, "at"> & { at: string };

/**
 * The queued rows as one INSERT … SELECT over a JSON array bound as a single parameter. Not
 * `createMany` (Prisma compiles and interprets every value of every row, ~370 µs of CPU an entry) nor
 * bound multi-row VALUES (twelve parameters a row through Prisma's raw path, ~55 µs an entry): one JSON
 * text costs ~15 µs an entry, most of it SQLite's own insert, and every API-key request writes one.
 * It goes to the driver adapter directly (src/db.ts DriverWrite), not through Prisma's raw path.
 * `details` stays an object: SQLite stores its JSON text, PostgreSQL makes it jsonb.
 */
async function insertRows(write: DriverWrite, dialect: Dialect, rows: AuditRow[]): Promise<void> {
  const insert = INSERT_ROWS[dialect];
  await write(insert.sql, [insert.argument(rows.map((r) => ({ ...r, at: storedDateTime(r.at) })))]);
}

export interface AuditDeps {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  logger: Logger;
}

export function createAuditTrail({ db, dialect, clock, logger }: AuditDeps) {
  // Through the driver adapter: Prisma's raw path would cost ~15 µs of CPU per entry.
  const writeRows = driverWriteOf(db);
  let settings: AuditSettings = DEFAULT_SETTINGS;
  let queue: AuditRow[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  let dropped = 0;

  async function loadSettings(): Promise<AuditSettings> {
    const row = await db.setting.findUnique({ where: { key: SETTINGS_KEY } });
    settings = row ? { ...DEFAULT_SETTINGS, ...(JSON.parse(row.value) as Partial<AuditSettings>) } : DEFAULT_SETTINGS;
    return settings;
  }

  function write(batch: AuditRow[]): Promise<void> {
    for (let from = 0; from < batch.length; from += ROWS_PER_INSERT) {
      const rows = batch.slice(from, from + ROWS_PER_INSERT);
      writing = writing.then(yieldToEventLoop).then(() =>
        insertRows(writeRows, dialect, rows).then(
          () => undefined,
          (error: unknown) => {
            // The database away: these entries are lost, loudly (the request they describe was answered).
            dropped += rows.length;
            logger.error({ err: error, entries: rows.length }, "could not write audit entries");
          },
        ),
      );
    }
    return writing;
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!queue.length) return writing;
    const batch = queue;
    queue = [];
    return write(batch);
  }

  return {
    /** Reads the stored settings (start-up, and when another instance changed them). */
    loadSettings,

    /** Queues one entry (never throws, never waits): written within FLUSH_MS. */
    record(entry: AuditEntry): void {
      if (!settings.enabled || !settings.events.includes(entry.event)) return;
      if (queue.length >= MAX_QUEUED) {
        dropped++;
        return;
      }
      const details: Record<string, unknown> = { ...entry.details };
      if (settings.includeRequestBody && entry.requestBody !== undefined) details.request_body = redacted(entry.requestBody);
      if (settings.includeResponseBody && entry.responseBody !== undefined) details.response_body = redacted(entry.responseBody);
      const at = clock.now();
      queue.push({
        id: newId("aud", at),
        at,
        event: entry.event,
        severity: entry.severity ?? "info",
        apiKeyId: entry.apiKeyId ?? null,
        principalId: entry.principalId ?? null,
        ipAddress: entry.ipAddress ?? null,
        userAgent: entry.userAgent?.slice(0, 512) ?? null,
        requestId: entry.requestId ?? null,
        resourceType: entry.resource?.type ?? null,
        resourceId: entry.resource?.id ?? null,
        details,
      });
      // flush never rejects: a failed write is logged and counted in `dropped`.
      if (queue.length >= BATCH) flush().catch(() => undefined);
      else timer ??= setTimeout(() => flush().catch(() => undefined), FLUSH_MS);
    },

    /** Writes what is queued; resolves when it is in the database. */
    flush,

    /** Entries lost since start (database away, or the queue full). */
    dropped: () => dropped,

    settings(_actor: Principal): AuditSettings {
      return settings;
    },

    async configure(_actor: Principal, input: Partial<AuditSettings>): Promise<AuditSettings> {
      const data = validate(SettingsInput, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)), "VALIDATION_ERROR");
      const next: AuditSettings = { ...(await loadSettings()), ...data, ...(data.events ? { events: [...new Set(data.events)] } : {}) };
      const value = JSON.stringify(next);
      await db.setting.upsert({ where: { key: SETTINGS_KEY }, create: { key: SETTINGS_KEY, value }, update: { value } });
      settings = next;
      return settings;
    },

    /** Pothos connection arguments pass through as `query`; newest first. */
    async list(_actor: Principal, filter: AuditFilter, query: PageQuery) {
      await flush();
      return db.auditEvent.findMany({ ...(query as object), where: whereOf(filter), orderBy: { id: "desc" } });
    },

    async count(_actor: Principal, filter: AuditFilter): Promise<number> {
      await flush();
      return db.auditEvent.count({ where: whereOf(filter) });
    },

    /** Retention (a periodic job): deletes entries older than the configured days. */
    async expire(): Promise<number> {
      await loadSettings();
      const cutoff = new Date(clock.now().getTime() - settings.retentionDays * 86_400_000);
      return (await db.auditEvent.deleteMany({ where: { at: { lt: cutoff } } })).count;
    },

    /** Shutdown: the last entries reach the database. */
    async close(): Promise<void> {
      await flush();
    },
  };
}

export type AuditTrail = ReturnType<typeof createAuditTrail>;
