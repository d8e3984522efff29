// Sessions (seed 001 Session Management API + Sessions API): type, queries, mutations, subscription.
import { SESSION_STATUSES, type SessionStatus as SessionStatusName } from "../../domain/sessions/rules.js";
import type { SessionUpdatedEvent } from "../../events.js";
import type { Session as SessionRow } from "../../generated/sqlite/client.js";
import type { Prisma } from "../../db.js";
import { builder } from "../builder.js";
import { UsageSummary } from "./usage.js";
import { seesSessionContent, sessionMessageWhere, sessionWhere } from "../../domain/sessions/visibility.js";

const SessionStatus = builder.enumType("SessionStatus", { values: SESSION_STATUSES });
const MessageRole = builder.enumType("SessionMessageRole", { values: ["USER", "AGENT"] as const });
const BusyPolicy = builder.enumType("BusyPolicy", {
  description: "What happens when the agent is still answering an earlier message of the session.",
  values: {
    ENQUEUE: { description: "Wait; messages are answered in the order they arrived." },
    REJECT: { description: "Fail at once with session_busy, naming the message in progress." },
  },
});

/** What a reader sees: a session whose time is up is EXPIRED even before the sweeper records it. */
function statusAt(session: SessionRow, now: Date): SessionStatusName {
  return session.status === "ACTIVE" && session.expiresAt <= now ? "EXPIRED" : (session.status as SessionStatusName);
}

const TimeoutConfig = builder.objectRef<SessionRow>("SessionTimeoutConfig").implement({
  fields: (t) => ({
    timeoutMinutes: t.exposeInt("timeoutMinutes"),
    autoRenew: t.exposeBoolean("autoRenew"),
    maxDurationMinutes: t.exposeInt("maxDurationMinutes"),
    warningThresholdMinutes: t.exposeInt("warningThresholdMinutes"),
  }),
});

const SessionMessage = builder.prismaNode("SessionMessage", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ ...sessionMessageWhere(ctx.principal), id }) as Prisma.SessionMessageWhereUniqueInput,
  nullable: true,
  fields: (t) => ({
    role: t.field({ type: MessageRole, resolve: (m) => m.role as "USER" | "AGENT" }),
    content: t.exposeString("content"),
    metadata: t.field({ type: "JSONObject", nullable: true, resolve: (m) => m.metadata as Record<string, unknown> | null }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const Session = builder.prismaNode("Session", {
  id: { field: "id" },
  // node/nodes and every fallback load pass the same rule as the services (a hidden row is null).
  findUnique: (id, ctx) => ({ ...sessionWhere(ctx.principal), id }),
  nullable: true,
  description: "A conversation between a user and one agent, with a real expiry.",
  fields: (t) => ({
    agent: t.relation("agent"),
    userId: t.exposeString("userId"),
    status: t.field({ type: SessionStatus, resolve: (s, _args, ctx) => statusAt(s, ctx.clock.now()) }),
    context: t.field({
      type: "JSONObject",
      nullable: true,
      description: "Null for a monitoring role (system_monitor), which sees a session's metadata only.",
      resolve: (s, _args, ctx) => (seesSessionContent(ctx.principal, s) ? (s.context as Record<string, unknown>) : null),
    }),
    timeoutConfig: t.field({ type: TimeoutConfig, resolve: (s) => s }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    lastActivity: t.expose("lastActivity", { type: "DateTime" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    endedAt: t.expose("endedAt", { type: "DateTime", nullable: true }),
    summary: t.exposeString("summary", { nullable: true, description: "Written by the agent when the session ends." }),
    messageCount: t.exposeInt("messageCount", { description: "Messages stored: the user's and the agent's." }),
    renewalCount: t.exposeInt("renewalCount"),
    timeRemaining: t.int({
      description: "Seconds until the session expires; 0 once it has expired or ended.",
      resolve: (s, _args, ctx) =>
        statusAt(s, ctx.clock.now()) === "ACTIVE" ? Math.max(0, Math.floor((s.expiresAt.getTime() - ctx.clock.now().getTime()) / 1000)) : 0,
    }),
    isNearExpiration: t.boolean({
      description: "Active and within its warning threshold of expiring.",
      resolve: (s, _args, ctx) => statusAt(s, ctx.clock.now()) === "ACTIVE" && s.warnAt <= ctx.clock.now(),
    }),
    messages: t.relatedConnection("messages", {
      cursor: "seq",
      totalCount: true,
      description: "Oldest first; empty for a monitoring role.",
      query: (_args, ctx) => ({ where: sessionMessageWhere(ctx.principal), orderBy: { seq: "asc" } }),
    }),
    usage: t.loadable({
      type: UsageSummary,
      description: "Every model call made for this session so far.",
      load: (ids: string[], ctx) => ctx.services.usage.summariesBy(ctx.principal, "sessionId", ids),
      resolve: (s) => s.id,
    }),
  }),
});

const SessionFilter = builder.inputType("SessionFilter", {
  fields: (t) => ({
    status: t.field({ type: [SessionStatus] }),
    agentId: t.id(),
    userId: t.string(),
  }),
});

const SessionStats = builder
  .objectRef<{ total: number; active: number; expired: number; ended: number }>("SessionStats")
  .implement({
    fields: (t) => ({
      total: t.exposeInt("total"),
      active: t.exposeInt("active"),
      expired: t.exposeInt("expired"),
      ended: t.exposeInt("ended"),
    }),
  });

const SessionsHealth = builder
  .objectRef<{ status: string; activeSessions: number; expiringSoon: number; uptime: number }>("SessionsHealth")
  .implement({
    fields: (t) => ({
      status: t.exposeString("status"),
      activeSessions: t.exposeInt("activeSessions"),
      expiringSoon: t.exposeInt("expiringSoon", { description: "Active sessions within their warning threshold." }),
      uptime: t.exposeInt("uptime", { description: "Seconds since this server started." }),
    }),
  });

builder.queryFields((t) => ({
  session: t.prismaField({
    type: "Session",
    nullable: true,
    description: "One session, whatever its status; session_not_found if it does not exist or is not yours.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.services.sessions.get(ctx.principal, id, query),
  }),
  sessions: t.prismaConnection({
    type: "Session",
    cursor: "id",
    defaultSize: 20,
    maxSize: 100,
    description: "Sessions, newest first: all of them for admins, your own for everyone else.",
    args: {
      filter: t.arg({ type: SessionFilter }),
      offset: t.arg.int({ description: "Skip this many sessions first (page-number clients); ignored with `after`/`before`." }),
    },
    resolve: (query, _root, args, ctx) => ctx.services.sessions.list(ctx.principal, args, query),
    totalCount: (_root, { filter }, ctx) => ctx.services.sessions.count(ctx.principal, filter),
  }),
  sessionStats: t.field({
    type: SessionStats,
    description: "How many sessions are active, expired and ended (the filter's status aside).",
    args: { filter: t.arg({ type: SessionFilter }) },
    resolve: (_root, { filter }, ctx) => ctx.services.sessions.stats(ctx.principal, filter),
  }),
  sessionsHealth: t.field({ type: SessionsHealth, resolve: (_root, _args, ctx) => ctx.services.sessions.health() }),
}));

const TimeoutConfigInput = builder.inputType("SessionTimeoutConfigInput", {
  description: "Out-of-range values are refused with invalid_timeout_config, never clamped.",
  fields: (t) => ({
    timeoutMinutes: t.int({ description: "5–1440, default 30." }),
    autoRenew: t.boolean({ description: "Activity moves the expiry; default true." }),
    maxDurationMinutes: t.int({ description: "timeoutMinutes–2880, default 720." }),
    warningThresholdMinutes: t.int({ description: "1–timeoutMinutes, default 5." }),
  }),
});

builder.relayMutationField(
  "createSession",
  {
    inputFields: (t) => ({
      agentId: t.id({ required: true }),
      userId: t.string({ description: "Who the conversation is with; defaults to your own id." }),
      context: t.field({ type: "JSONObject" }),
      timeoutConfig: t.field({ type: TimeoutConfigInput }),
    }),
  },
  { resolve: async (_root, { input }, ctx) => ({ session: await ctx.services.sessions.create(ctx.principal, input) }) },
  { outputFields: (t) => ({ session: t.field({ type: Session, resolve: (p) => p.session }) }) },
);

builder.relayMutationField(
  "sendSessionMessage",
  {
    inputFields: (t) => ({
      sessionId: t.id({ required: true }),
      content: t.string({ required: true, description: "1–4000 characters." }),
      metadata: t.field({ type: "JSONObject", description: "At most 10 KB of JSON." }),
      onBusy: t.field({ type: BusyPolicy, defaultValue: "ENQUEUE" }),
    }),
  },
  {
    resolve: (_root, { input: { sessionId, ...message } }, ctx) => ctx.services.sessions.sendMessage(ctx.principal, sessionId, message),
  },
  {
    outputFields: (t) => ({
      response: t.exposeString("response", { description: "The agent's answer." }),
      provider: t.exposeString("provider", { description: 'Who answered: "builtin" (offline, deterministic) or "openai" (an OpenAI-compatible server).' }),
      model: t.exposeString("model"),
      contextUpdate: t.field({ type: "JSONObject", resolve: (p) => p.contextUpdate }),
      timestamp: t.field({ type: "DateTime", resolve: (p) => p.timestamp }),
      message: t.field({ type: SessionMessage, description: "The agent's message.", resolve: (p) => p.agentMessage }),
      userMessage: t.field({ type: SessionMessage, resolve: (p) => p.userMessage }),
      session: t.field({ type: Session, resolve: (p) => p.session }),
    }),
  },
);

for (const [name, description, action] of [
  ["heartbeatSession", "Marks activity; moves the expiry only when the session auto-renews.", "heartbeat"],
  ["renewSession", "Extends the expiry by a full timeout from now, up to the maximum duration (then session_max_duration).", "renew"],
  ["endSession", "Ends the session; its agent writes a summary.", "end"],
] as const) {
  builder.relayMutationField(
    name,
    { inputFields: (t) => ({ sessionId: t.id({ required: true }) }) },
    { description, resolve: async (_root, { input }, ctx) => ({ session: await ctx.services.sessions[action](ctx.principal, input.sessionId) }) },
    { outputFields: (t) => ({ session: t.field({ type: Session, resolve: (p) => p.session }) }) },
  );
}

const SessionEventKind = builder.enumType("SessionEventKind", {
  values: {
    MESSAGE: { description: "A message was stored (the user's, then the agent's)." },
    RESPONSE_DELTA: { description: "The next piece of the answer the agent is streaming." },
    CONTEXT_UPDATED: { description: "The agent updated the session context." },
    WARNING: { description: "The session will expire within its warning threshold (pushed by the server)." },
    RENEWED: { description: "The session was renewed." },
    EXPIRED: { description: "The session expired." },
    ENDED: { description: "The session was ended; `session.summary` holds the agent's summary." },
  },
});

const SessionEvent = builder.objectRef<SessionUpdatedEvent>("SessionEvent").implement({
  description: "Something happened to a session (the seed's session_update).",
  fields: (t) => ({
    kind: t.field({ type: SessionEventKind, resolve: (e) => e.kind }),
    sessionId: t.exposeID("sessionId"),
    at: t.field({ type: "DateTime", resolve: (e) => e.at }),
    session: t.prismaField({
      type: "Session",
      nullable: true,
      description: "The session as it is when the event is delivered.",
      resolve: (query, e, _args, ctx) => ctx.services.sessions.get(ctx.principal, e.sessionId, query).catch(() => null),
    }),
    message: t.prismaField({
      type: "SessionMessage",
      nullable: true,
      resolve: (query, e, _args, ctx) => (e.messageId && e.kind === "MESSAGE" ? ctx.services.sessions.findMessage(ctx.principal, e.messageId, query) : null),
    }),
    delta: t.string({ nullable: true, resolve: (e) => e.delta ?? null }),
    contextUpdate: t.field({ type: "JSONObject", nullable: true, resolve: (e) => e.contextUpdate ?? null }),
  }),
});

builder.subscriptionField("sessionUpdated", (t) =>
  t.field({
    type: SessionEvent,
    description: "Every event of one session: messages (and the answer as it streams), context updates, warning, renewal, expiry, end.",
    args: { sessionId: t.arg.id({ required: true }) },
    subscribe: (_root, { sessionId }, ctx) => ctx.services.sessions.updates(ctx.principal, sessionId),
    resolve: (event) => event,
  }),
);
