// Sessions (seed 001 Session Management API + elizaOS-style Sessions API): a conversation between a
// user and one agent, with real expiry. Everything lives in the database — nothing is lost on
// restart, and an expired session stays (status EXPIRED, 410) instead of vanishing (404).
import type { Clock } from "../../clock.js";
import type { Db, Prisma } from "../../db.js";
import type { Session, SessionMessage } from "../../generated/sqlite/client.js";
import { AppError } from "../../errors.js";
import type { Events, SessionEventKind, SessionUpdatedEvent } from "../../events.js";
import { newId } from "../../ids.js";
import type { Principal } from "../auth/principal.js";
import { TIER_LIMITS } from "../auth/tiers.js";
import { withOffset, type PageQuery, type SelectionQuery } from "../query.js";
import { keywords } from "../runtime/providers/builtin.js";
import type { ChatMessage } from "../runtime/providers/provider.js";
import type { AgentRuntime } from "../runtime/runtime.js";
import {
  MESSAGE_RULES,
  checkMessageContent,
  expiryFrom,
  hardLimit,
  resolveTimeoutConfig,
  warnAtFor,
  type SessionStatus,
  type TimeoutConfigInput,
} from "./rules.js";
import type { BusyPolicy, SessionTurns } from "./turns.js";
import { sessionMessageWhere, sessionWhere, type SessionAccess } from "./visibility.js";

export interface SessionServiceDeps {
  db: Db;
  events: Events;
  clock: Clock;
  runtime: AgentRuntime;
  turns: SessionTurns;
  startedAt: Date;
}

export interface CreateSessionInput {
  agentId: string;
  userId?: string | null;
  context?: Record<string, unknown> | null;
  timeoutConfig?: TimeoutConfigInput | null;
}

export interface SessionFilter {
  status?: SessionStatus[] | null;
  agentId?: string | null;
  userId?: string | null;
}

export interface SendMessageInput {
  content: string;
  metadata?: Record<string, unknown> | null;
  onBusy?: BusyPolicy | null;
}

export interface SendMessageResult {
  response: string;
  /** Who answered: "builtin" (the offline provider) or "openai" (an OpenAI-compatible server). */
  provider: string;
  model: string;
  contextUpdate: Record<string, unknown>;
  timestamp: Date;
  userMessage: SessionMessage;
  agentMessage: SessionMessage;
  session: Session;
}

/** How many earlier messages are offered to the model (the runtime trims further to fit the tier). */
const HISTORY_WINDOW = 50;
/** A busy claim older than this belonged to an instance that died mid-answer: it may be taken over. */
const STALE_CLAIM_MS = 5 * 60_000;
/** How long an ENQUEUE sender waits for another instance's answer before giving up with session_busy. */
const CLAIM_WAIT_MS = 120_000;

export function createSessionService({ db, events, clock, runtime, turns, startedAt }: SessionServiceDeps) {
  const publish = (sessionId: string, kind: SessionEventKind, extra: Partial<SessionUpdatedEvent> = {}) =>
    events.publish("sessionUpdated", { sessionId, kind, at: clock.now().toISOString(), ...extra });

  function where(actor: Principal, filter?: SessionFilter | null): Prisma.SessionWhereInput {
    return {
      ...sessionWhere(actor),
      ...(filter?.status?.length ? { status: { in: filter.status } } : {}),
      ...(filter?.agentId ? { agentId: filter.agentId } : {}),
      ...(filter?.userId ? { userId: filter.userId } : {}),
    };
  }

  /**
   * The session if the actor may see it (its content, unless `metadata` is asked for); anyone else is
   * told it does not exist.
   */
  async function find(actor: Principal, id: string, query: SelectionQuery = {}, access: SessionAccess = "content"): Promise<Session> {
    const session = await db.session.findFirst({ ...(query as object), where: { id, ...sessionWhere(actor, access) } });
    if (!session) throw new AppError("session_not_found", { details: { session_id: id } });
    return session;
  }

  /** Moves a session whose time is up to EXPIRED (once, whoever gets there first) and says so. */
  async function expire(id: string): Promise<boolean> {
    const now = clock.now();
    const done = await db.session.updateMany({
      where: { id, status: "ACTIVE", expiresAt: { lte: now } },
      data: { status: "EXPIRED", busyMessageId: null, busySince: null },
    });
    if (done.count) publish(id, "EXPIRED");
    return done.count > 0;
  }

  /** Operations other than reads need a live session: 410 once expired, 409 once ended. */
  async function requireUsable(session: Session): Promise<void> {
    let status = session.status;
    if (status === "ACTIVE" && session.expiresAt <= clock.now()) {
      await expire(session.id); // nobody swept it yet: the caller still gets 410, never a late 200
      status = "EXPIRED";
    }
    if (status === "EXPIRED") throw new AppError("session_expired", { details: { session_id: session.id, expired_at: session.expiresAt.toISOString() } });
    if (status === "ENDED") throw new AppError("session_ended", { details: { session_id: session.id, ended_at: session.endedAt?.toISOString() } });
  }

  async function claim(session: Session, messageId: string, policy: BusyPolicy): Promise<void> {
    const deadline = Date.now() + CLAIM_WAIT_MS;
    for (;;) {
      const now = clock.now();
      const claimed = await db.session.updateMany({
        where: {
          id: session.id,
          status: "ACTIVE",
          OR: [{ busyMessageId: null }, { busySince: { lt: new Date(now.getTime() - STALE_CLAIM_MS) } }],
        },
        data: { busyMessageId: messageId, busySince: now },
      });
      if (claimed.count) return;
      const current = await db.session.findUniqueOrThrow({ where: { id: session.id } });
      await requireUsable(current);
      if (policy === "REJECT" || Date.now() > deadline) {
        throw new AppError("session_busy", { details: { session_id: session.id, message_in_progress: current.busyMessageId } });
      }
      await new Promise((resolve) => setTimeout(resolve, 25)); // another instance is answering
    }
  }

  /** Activity moves expiry only for auto-renewing sessions; the warning is re-armed when it does. */
  function activity(session: Session, now: Date): Prisma.SessionUpdateInput {
    if (!session.autoRenew) return { lastActivity: now };
    const expiresAt = expiryFrom(now, session);
    return { lastActivity: now, expiresAt, warnAt: warnAtFor(expiresAt, session.warningThresholdMinutes), warningSent: false };
  }

  async function history(sessionId: string): Promise<ChatMessage[]> {
    const recent = await db.sessionMessage.findMany({ where: { sessionId }, orderBy: { seq: "desc" }, take: HISTORY_WINDOW });
    return recent.reverse().map((m) => ({ role: m.role === "AGENT" ? "assistant" : "user", content: m.content }));
  }

  return {
    async create(actor: Principal, input: CreateSessionInput): Promise<Session> {
      const timeout = resolveTimeoutConfig(input.timeoutConfig);
      const context = input.context ?? {};
      if (Buffer.byteLength(JSON.stringify(context)) > MESSAGE_RULES.maxContextBytes) {
        throw new AppError("VALIDATION_ERROR", { details: { fields: [{ field: "context", message: "must be at most 256 KB of JSON" }] } });
      }
      const agent = await db.agent.findUnique({ where: { id: input.agentId } });
      if (!agent) throw new AppError("agent_not_found", { details: { agent_id: input.agentId } });
      const now = clock.now();
      const limit = TIER_LIMITS[actor.tier].concurrentSessions;
      if (Number.isFinite(limit)) {
        const active = await db.session.count({ where: { ownerId: actor.id ?? "\0", status: "ACTIVE", expiresAt: { gt: now } } });
        if (active >= limit) throw new AppError("session_limit_reached", { details: { tier: actor.tier, limit, active } });
      }
      const expiresAt = expiryFrom(now, { createdAt: now, ...timeout });
      return db.session.create({
        data: {
          id: newId("ses", now),
          agentId: agent.id,
          userId: input.userId || (actor.id ?? "anonymous"),
          ownerId: actor.id ?? "anonymous",
          status: "ACTIVE",
          context: context as Prisma.InputJsonValue,
          ...timeout,
          createdAt: now,
          lastActivity: now,
          expiresAt,
          warnAt: warnAtFor(expiresAt, timeout.warningThresholdMinutes),
        },
      });
    },

    /** The session (any status) if the actor may see it (monitors: its metadata). */
    get: (actor: Principal, id: string, query: SelectionQuery = {}) => find(actor, id, query, "metadata"),

    list(actor: Principal, { filter, offset }: { filter?: SessionFilter | null; offset?: number | null }, query: PageQuery) {
      return db.session.findMany({ ...(withOffset(query, offset) as object), where: where(actor, filter), orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    },

    count(actor: Principal, filter?: SessionFilter | null) {
      return db.session.count({ where: where(actor, filter) });
    },

    /** total/active/expired/ended over what the actor may see (the filter's status aside). */
    async stats(actor: Principal, filter?: SessionFilter | null) {
      const groups = await db.session.groupBy({ by: ["status"], where: where(actor, { ...filter, status: null }), _count: { _all: true } });
      const of = (status: SessionStatus) => groups.find((g) => g.status === status)?._count._all ?? 0;
      return { total: of("ACTIVE") + of("EXPIRED") + of("ENDED"), active: of("ACTIVE"), expired: of("EXPIRED"), ended: of("ENDED") };
    },

    async health() {
      const now = clock.now();
      const [activeSessions, expiringSoon] = await Promise.all([
        db.session.count({ where: { status: "ACTIVE", expiresAt: { gt: now } } }),
        db.session.count({ where: { status: "ACTIVE", expiresAt: { gt: now }, warnAt: { lte: now } } }),
      ]);
      return { status: "healthy" as const, activeSessions, expiringSoon, uptime: Math.floor((now.getTime() - startedAt.getTime()) / 1000) };
    },

    /**
     * The agent answers one message. Messages of a session are answered one at a time: with ENQUEUE
     * (default) in arrival order, with REJECT a second sender gets session_busy naming the message
     * in progress. Two senders never interleave one session's context.
     */
    async sendMessage(actor: Principal, sessionId: string, input: SendMessageInput): Promise<SendMessageResult> {
      checkMessageContent(input.content, input.metadata);
      const policy = input.onBusy ?? "ENQUEUE";
      const initial = await find(actor, sessionId);
      await requireUsable(initial);
      if (policy === "REJECT" && turns.isBusy(sessionId)) {
        throw new AppError("session_busy", { details: { session_id: sessionId, message_in_progress: initial.busyMessageId } });
      }

      return turns.run(sessionId, async () => {
        const session = await find(actor, sessionId);
        await requireUsable(session);
        const agent = await db.agent.findUniqueOrThrow({ where: { id: session.agentId } });
        if (agent.status !== "RUNNING") {
          throw new AppError("agent_not_running", {
            message: `Agent ${agent.name} is ${agent.status.toLowerCase()}; start it to converse`,
            details: { agent_id: agent.id, status: agent.status },
          });
        }
        const now = clock.now();
        const userMessageId = newId("smg", now);
        await claim(session, userMessageId, policy);
        try {
          const [userMessage] = await db.$transaction([
            db.sessionMessage.create({
              data: {
                id: userMessageId,
                sessionId,
                role: "USER",
                content: input.content,
                metadata: (input.metadata ?? undefined) as Prisma.InputJsonValue | undefined,
                createdAt: now,
              },
            }),
            db.session.update({ where: { id: sessionId }, data: { messageCount: { increment: 1 }, ...activity(session, now) } }),
          ]);
          publish(sessionId, "MESSAGE", { messageId: userMessage.id });

          const context = session.context as Record<string, unknown>;
          const answer = await runtime.answer({
            actor,
            agent,
            purpose: "SESSION_MESSAGE",
            task: "reply",
            history: await history(sessionId),
            context,
            links: { sessionId, messageId: userMessage.id },
            onDelta: (delta) => publish(sessionId, "RESPONSE_DELTA", { delta, messageId: userMessage.id }),
          });

          const answeredAt = clock.now();
          const contextUpdate = { turns: Number(context.turns ?? 0) + 1, ...(keywords(input.content, 1)[0] ? { lastTopic: keywords(input.content, 1)[0] } : {}) };
          const [agentMessage, updated] = await db.$transaction([
            db.sessionMessage.create({
              data: { id: newId("smg", answeredAt), sessionId, role: "AGENT", content: answer.text, createdAt: answeredAt },
            }),
            db.session.update({
              where: { id: sessionId },
              data: {
                messageCount: { increment: 1 },
                context: { ...context, ...contextUpdate } as Prisma.InputJsonValue,
                busyMessageId: null,
                busySince: null,
                ...activity(session, answeredAt),
              },
            }),
          ]);
          publish(sessionId, "MESSAGE", { messageId: agentMessage.id });
          publish(sessionId, "CONTEXT_UPDATED", { contextUpdate });
          return {
            response: answer.text,
            provider: answer.provider,
            model: answer.model,
            contextUpdate,
            timestamp: answeredAt,
            userMessage,
            agentMessage,
            session: updated,
          };
        } finally {
          await db.session.updateMany({ where: { id: sessionId, busyMessageId: userMessageId }, data: { busyMessageId: null, busySince: null } });
        }
      });
    },

    /** Keeps the session alive: touches lastActivity; moves expiry only when the session auto-renews. */
    async heartbeat(actor: Principal, sessionId: string): Promise<Session> {
      const session = await find(actor, sessionId);
      await requireUsable(session);
      return db.session.update({ where: { id: sessionId }, data: activity(session, clock.now()) });
    },

    /** Extends expiry by a full timeout from now, auto-renewing or not, up to the maximum duration. */
    async renew(actor: Principal, sessionId: string): Promise<Session> {
      const session = await find(actor, sessionId);
      await requireUsable(session);
      const now = clock.now();
      if (session.expiresAt.getTime() >= hardLimit(session).getTime()) {
        throw new AppError("session_max_duration", {
          details: { session_id: sessionId, max_duration_minutes: session.maxDurationMinutes, hard_limit: hardLimit(session).toISOString() },
        });
      }
      const expiresAt = expiryFrom(now, session);
      const renewed = await db.session.update({
        where: { id: sessionId },
        data: {
          expiresAt,
          lastActivity: now,
          warnAt: warnAtFor(expiresAt, session.warningThresholdMinutes),
          warningSent: false,
          renewalCount: { increment: 1 },
        },
      });
      publish(sessionId, "RENEWED");
      return renewed;
    },

    /** Ends the session with a summary written by its agent (a plain one if the agent cannot answer). */
    async end(actor: Principal, sessionId: string): Promise<Session> {
      const session = await find(actor, sessionId);
      await requireUsable(session);
      const agent = await db.agent.findUniqueOrThrow({ where: { id: session.agentId } });
      let summary: string;
      try {
        const answer = await runtime.answer({
          actor,
          agent,
          purpose: "SESSION_SUMMARY",
          task: "summarize",
          history: [...(await history(sessionId)), { role: "user", content: "Summarize our conversation." }],
          context: session.context as Record<string, unknown>,
          links: { sessionId },
          requireRunning: false,
        });
        summary = answer.text;
      } catch {
        summary = `Session ended after ${session.messageCount} messages.`;
      }
      const now = clock.now();
      const ended = await db.session.updateMany({ where: { id: sessionId, status: "ACTIVE" }, data: { status: "ENDED", endedAt: now, summary } });
      if (!ended.count) await requireUsable(await db.session.findUniqueOrThrow({ where: { id: sessionId } }));
      publish(sessionId, "ENDED");
      return db.session.findUniqueOrThrow({ where: { id: sessionId } });
    },

    /** Events of one session, for an actor allowed to see it (checked now, before any event). */
    async updates(actor: Principal, sessionId: string) {
      await find(actor, sessionId);
      return await events.subscribe("sessionUpdated", (event) => event.sessionId === sessionId);
    },

    async findMessage(actor: Principal, id: string, query: SelectionQuery = {}) {
      return db.sessionMessage.findFirst({ ...(query as object), where: { id, ...sessionMessageWhere(actor) } });
    },

    /** Sweeper: expire what is due, warn what is about to be. Safe to run on several instances. */
    async sweep(): Promise<{ expired: number; warned: number }> {
      const now = clock.now();
      const due = await db.session.findMany({ where: { status: "ACTIVE", expiresAt: { lte: now } }, select: { id: true }, take: 500 });
      let expired = 0;
      for (const { id } of due) if (await expire(id)) expired++;
      const warn = await db.session.findMany({
        where: { status: "ACTIVE", warningSent: false, warnAt: { lte: now }, expiresAt: { gt: now } },
        select: { id: true, expiresAt: true },
        take: 500,
      });
      let warned = 0;
      for (const { id, expiresAt } of warn) {
        const claimed = await db.session.updateMany({ where: { id, warningSent: false, expiresAt }, data: { warningSent: true } });
        if (claimed.count) {
          warned++;
          publish(id, "WARNING");
        }
      }
      return { expired, warned };
    },
  };
}

