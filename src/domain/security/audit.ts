// Seed 003 "Audit Logging": who did what, in the seed's entry shape. Entries are queued and written
// in batches (one multi-row INSERT per FLUSH_MS or per BATCH entries, see audit-insert.ts), so a
// request never waits for its audit row; readers flush this instance's queue first, so an admin sees what just happened. What is
// recorded (events, bodies, retention) is configuration an admin changes with POST /api/security/audit.
import { z } from "zod";
import type { Clock } from "../../clock.js";
import type { Db, Dialect } from "../../db.js";
import { Prisma } from "../../db.js";
import { newId } from "../../ids.js";
import type { Logger } from "../../logger.js";
import type { Principal } from "../auth/principal.js";
import type { PageQuery } from "../query.js";
import { validate } from "../validation.js";
import { insertAuditEntries } from "./audit-insert.js";

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

export interface AuditDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** The batch INSERT is written per dialect (src/domain/security/audit-insert.ts). */
  dialect: Dialect;
}

export function createAuditTrail({ db, clock, logger, dialect }: AuditDeps) {
  let settings: AuditSettings = DEFAULT_SETTINGS;
  let queue: Prisma.AuditEventCreateManyInput[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  let dropped = 0;

  async function loadSettings(): Promise<AuditSettings> {
    const row = await db.setting.findUnique({ where: { key: SETTINGS_KEY } });
    settings = row ? { ...DEFAULT_SETTINGS, ...(JSON.parse(row.value) as Partial<AuditSettings>) } : DEFAULT_SETTINGS;
    return settings;
  }

  function write(batch: Prisma.AuditEventCreateManyInput[]): Promise<void> {
    writing = writing.then(() =>
      insertAuditEntries(db, dialect, batch).then(
        () => undefined,
        (error: unknown) => {
          // The database away: these entries are lost, loudly (the request they describe was answered).
          dropped += batch.length;
          logger.error({ err: error, entries: batch.length }, "could not write audit entries");
        },
      ),
    );
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
        details: details as Prisma.InputJsonValue,
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
