// The persisted event log behind GET /api/events (seed 003 "cursor-based pagination for real-time
// data"): every domain event that subscriptions carry is appended as it is published, kept for
// EVENT_RETENTION_HOURS, and read in id order after a cursor. Readers see only what their rights allow.
import type { Clock } from "../../clock.js";
import type { Db, Dialect, Prisma } from "../../db.js";
import { AppError } from "../../errors.js";
import type { Events } from "../../events.js";
import type { Logger } from "../../logger.js";
import { isAdmin, type Principal, type Scope } from "../auth/principal.js";
import { toPrismaWhere, type ListSpec, type ListWhere } from "../lists/spec.js";

type Published = Parameters<Events["publish"]>;

interface Entry {
  type: string;
  subjectId: string | null;
  scope: Scope;
  sessionId?: string;
  channelId?: string;
}

/** What each topic's events are called in the log and who may read them (the subscription's own rule). */
const DESCRIBE: Record<string, ((payload: any) => Entry | null) | undefined> = {
  agentStatusChanged: (p: { agentId: string }) => ({ type: "agent.status_changed", subjectId: p.agentId, scope: "agents:read" }),
  // Streamed answer fragments are not kept: the MESSAGE event that follows holds the whole answer.
  sessionUpdated: (p: { sessionId: string; kind: string }) =>
    p.kind === "RESPONSE_DELTA" ? null : { type: `session.${p.kind.toLowerCase()}`, subjectId: p.sessionId, scope: "sessions:read", sessionId: p.sessionId },
  messageAdded: (p: { channelId: string; messageId: string }) => ({ type: "message.added", subjectId: p.messageId, scope: "messages:read", channelId: p.channelId }),
  budgetAlert: () => ({ type: "budget.alert", subjectId: null, scope: "billing:read" }),
  systemTaskUpdated: (p: { taskId: string }) => ({ type: "system_task.updated", subjectId: p.taskId, scope: "admin:read" }),
  taskUpdated: (p: { taskId: string }) => ({ type: "task.updated", subjectId: p.taskId, scope: "agents:read" }),
  workflowRunUpdated: (p: { runId: string }) => ({ type: "workflow_run.updated", subjectId: p.runId, scope: "agents:read" }),
  // credentialRevoked and taskCancelRequested are the server's own signals, not domain events.
};

export const LOGGED_TOPICS = Object.keys(DESCRIBE);

export const EVENT_LIST: ListSpec = {
  name: "events",
  fields: {
    type: { column: "type", type: "string", description: "agent.status_changed, session.message, message.added, task.updated, …" },
    topic: { column: "topic", type: "enum", values: LOGGED_TOPICS.map((t) => t.toUpperCase()) },
    subject_id: { column: "subjectId", type: "string", nullable: true },
    created_at: { column: "createdAt", type: "datetime" },
  },
  aliases: { created_after: { field: "created_at", op: "gt" } },
  defaultSort: "id",
  tieBreaker: "id",
};

/** Opaque to clients; it is seed 003's own example format, base64 of {"id":12345}. */
function encodeCursor(id: number): string {
  return Buffer.from(JSON.stringify({ id })).toString("base64url");
}

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  try {
    const { id } = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { id: unknown };
    if (Number.isSafeInteger(id) && (id as number) >= 0) return id as number;
  } catch {
    // refused below
  }
  throw new AppError("VALIDATION_ERROR", { message: "cursor: not a cursor this server gave out", details: { fields: [{ field: "cursor", message: "not a cursor this server gave out" }] } });
}

// Appends on PostgreSQL take this transaction-scoped lock before their id is drawn, so ids become
// visible in id order: a reader past id N never later finds a smaller id committed (no gaps).
const APPEND_LOCK = 0x45564c47; // "EVLG"

export interface EventLogDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  dialect: Dialect;
  retentionMs: number;
}

/** Publishes as `events` does, and appends each domain event to the log (after the publisher's commit). */
export function createEventRecorder({ db, clock, logger, dialect }: EventLogDeps) {
  const pending = new Set<Promise<void>>();

  async function append(data: Prisma.EventLogEntryUncheckedCreateInput) {
    if (dialect === "postgresql") {
      await db.$transaction([db.$executeRaw`SELECT pg_advisory_xact_lock(${APPEND_LOCK})`, db.eventLogEntry.create({ data })]);
    } else {
      await db.eventLogEntry.create({ data }); // one connection: appends are serial already
    }
  }

  return {
    wrap(events: Events): Events {
      return {
        ...events,
        publish(...[topic, payload]: Published) {
          events.publish(topic, payload as never);
          const entry = DESCRIBE[topic]?.(payload);
          if (!entry) return;
          const write = append({ topic, ...entry, payload: payload as unknown as Prisma.InputJsonValue, createdAt: clock.now() })
            .catch((error: unknown) => logger.warn({ err: error, topic }, "event not written to the event log"))
            .finally(() => pending.delete(write));
          pending.add(write);
        },
      };
    },
    /** Resolves when every event published so far is in the log (tests, shutdown). */
    async idle() {
      while (pending.size) await Promise.allSettled([...pending]);
    },
  };
}

export interface EventVisibility {
  sessions: (actor: Principal) => Prisma.SessionWhereInput;
  channels: (actor: Principal) => Prisma.ChannelWhereInput;
}

export function createEventLogService({ db, clock, retentionMs, dialect }: EventLogDeps, visibility: EventVisibility) {
  /** The scope each event needs, and its session's or channel's own visibility rule. */
  function visibleTo(actor: Principal): Prisma.EventLogEntryWhereInput {
    if (isAdmin(actor)) return {};
    return {
      scope: { in: [...actor.scopes] },
      AND: [{ OR: [{ sessionId: null }, { session: visibility.sessions(actor) }] }, { OR: [{ channelId: null }, { channel: visibility.channels(actor) }] }],
    };
  }

  return {
    /** Up to `limit` events after `cursor`, oldest first; `cursor` of the answer continues after the last one. */
    async page(actor: Principal, { limit, cursor, where }: { limit: number; cursor?: string | null; where?: ListWhere | null }) {
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        throw new AppError("VALIDATION_ERROR", { message: "limit must be between 1 and 100", details: { fields: [{ field: "limit", message: "must be between 1 and 100" }] } });
      }
      const after = decodeCursor(cursor);
      const rows = await db.eventLogEntry.findMany({
        where: { AND: [{ id: { gt: after } }, visibleTo(actor), toPrismaWhere(EVENT_LIST, where, { dialect }) as Prisma.EventLogEntryWhereInput] },
        orderBy: { id: "asc" },
        take: limit + 1,
      });
      const events = rows.slice(0, limit);
      return { events, hasMore: rows.length > limit, cursor: encodeCursor(events.at(-1)?.id ?? after) };
    },
    /** Drops events older than the retention time. */
    async expire() {
      const { count } = await db.eventLogEntry.deleteMany({ where: { createdAt: { lt: new Date(clock.now().getTime() - retentionMs) } } });
      return count ? { expired: count } : null;
    },
  };
}

