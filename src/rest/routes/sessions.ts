// Seed 001 Session Management API (/api/v1/sessions, snake_case) and the elizaOS-style Sessions
// API (/api/messaging/sessions, camelCase), on the Session operations of the GraphQL schema.
import { SESSION_STATUSES } from "../../domain/sessions/rules.js";
import { AppError } from "../../errors.js";
import { graphql } from "../../generated/graphql/index.js";
import { presentSession, presentSessionCamel } from "../presenters/sessions.js";
import { bodyInput, enumParam, intParam, stringParam, upperEnum } from "../params.js";
import { route, type RestRequest } from "../route.js";
import { z } from "zod";
import { IntParam, JsonObject, Session, SessionCamel, SessionStatus, TextParam, TimeoutConfig, TimeoutConfigInput, Timestamp } from "../schemas.js";

graphql(`
  fragment RestSession on Session {
    id
    agent { id }
    userId
    status
    context
    createdAt
    expiresAt
    lastActivity
    endedAt
    summary
    messageCount
    renewalCount
    timeRemaining
    isNearExpiration
    timeoutConfig { timeoutMinutes autoRenew maxDurationMinutes warningThresholdMinutes }
  }
`);

const sessionId = ({ params }: RestRequest) => params.session_id ?? params.sessionId!;

const HeartbeatSession = graphql(`
  mutation RestHeartbeatSession($id: ID!) {
    heartbeatSession(input: { sessionId: $id }) { session { ...RestSession } }
  }
`);
const RenewSession = graphql(`
  mutation RestRenewSession($id: ID!) {
    renewSession(input: { sessionId: $id }) { session { ...RestSession } }
  }
`);

export const sessionRoutes = [
  route({
    method: "POST",
    path: "/api/v1/sessions",
    operation: graphql(`
      mutation RestCreateSession($input: CreateSessionInput!) {
        createSession(input: $input) { session { ...RestSession } }
      }
    `),
    // `timeout_config` (seed 001 style) and `timeoutConfig` (Sessions API style) are both accepted.
    variables: (req) => ({ input: bodyInput(req, ["context"]) as never }),
    status: 201,
    present: ({ createSession: { session } }) => {
      const { session_id, agent_id, user_id, created_at, expires_at, status, context, timeout_config } = presentSession(session);
      return { session_id, agent_id, user_id, created_at, expires_at, status, context, timeout_config };
    },
    doc: {
      summary: "Create a session; `timeout_config` or `timeoutConfig`",
      seed: "001",
      body: z.object({ agent_id: z.string(), user_id: z.string().optional(), context: JsonObject.optional(), timeout_config: TimeoutConfigInput.optional() }),
      response: z.object({
        session_id: z.string(),
        agent_id: z.string(),
        user_id: z.string(),
        created_at: Timestamp,
        expires_at: Timestamp,
        status: SessionStatus,
        context: JsonObject,
        timeout_config: TimeoutConfig,
      }),
    },
  }),

  route({
    method: "POST",
    path: "/api/v1/sessions/:session_id/message",
    operation: graphql(`
      mutation RestSendSessionMessage($input: SendSessionMessageInput!) {
        sendSessionMessage(input: $input) { response contextUpdate timestamp message { id } }
      }
    `),
    variables: (req) => {
      const { onBusy, ...body } = bodyInput(req, ["metadata"]);
      return { input: { ...body, ...(onBusy !== undefined ? { onBusy: upperEnum(onBusy) } : {}), sessionId: sessionId(req) } as never };
    },
    invalidInputCode: "invalid_message_content",
    present: ({ sendSessionMessage: r }) => ({ response: r.response, context_update: r.contextUpdate, timestamp: r.timestamp, message_id: r.message.id }),
    doc: {
      summary: "Send a message in a session; optional `metadata`, `on_busy`",
      seed: "001",
      body: z.object({ content: z.string(), metadata: JsonObject.optional(), on_busy: z.enum(["enqueue", "reject"]).optional() }),
      response: z.object({ response: z.string(), context_update: JsonObject, timestamp: Timestamp, message_id: z.string() }),
    },
  }),

  route({
    method: "GET",
    path: "/api/v1/sessions/:session_id",
    operation: graphql(`
      query RestGetSession($id: ID!) {
        session(id: $id) { ...RestSession }
      }
    `),
    variables: (req) => ({ id: sessionId(req) }),
    present: (data) => presentSession(data.session!),
    doc: { summary: "The Session object (an expired one too, with `status: \"expired\"`)", seed: "001", response: Session },
  }),

  route({
    method: "POST",
    path: "/api/v1/sessions/:session_id/end",
    operation: graphql(`
      mutation RestEndSession($id: ID!) {
        endSession(input: { sessionId: $id }) { session { ...RestSession } }
      }
    `),
    variables: (req) => ({ id: sessionId(req) }),
    present: ({ endSession: { session } }) => ({
      session_id: session.id,
      ended_at: session.endedAt,
      status: session.status.toLowerCase(),
      summary: session.summary,
    }),
    doc: {
      summary: "End a session",
      seed: "001",
      response: z.object({ session_id: z.string(), ended_at: Timestamp.nullable(), status: SessionStatus, summary: z.string().nullable() }),
    },
  }),

  route({
    method: "POST",
    path: "/api/v1/sessions/:session_id/heartbeat",
    operation: HeartbeatSession,
    variables: (req) => ({ id: sessionId(req) }),
    present: (data) => presentSession(data.heartbeatSession.session),
    doc: { summary: "Keep a session alive", seed: "001", response: Session },
  }),

  route({
    method: "POST",
    path: "/api/v1/sessions/:session_id/renew",
    operation: RenewSession,
    variables: (req) => ({ id: sessionId(req) }),
    present: (data) => presentSession(data.renewSession.session),
    doc: { summary: "Renew a session; 422 at the maximum duration", seed: "001", response: Session },
  }),

  route({
    method: "GET",
    path: "/api/messaging/sessions",
    operation: graphql(`
      query RestListSessions($first: Int!, $offset: Int!, $filter: SessionFilter) {
        sessions(first: $first, offset: $offset, filter: $filter) { totalCount edges { node { ...RestSession } } }
        sessionStats(filter: $filter) { total active expired ended }
      }
    `),
    variables: ({ query }) => {
      const status = enumParam(query, "status", SESSION_STATUSES);
      return {
        first: intParam(query, "limit", { fallback: 50, min: 1, max: 100 }),
        offset: intParam(query, "offset", { fallback: 0, min: 0, max: 1_000_000 }),
        filter: { status: status ? [status] : null, agentId: stringParam(query, "agentId") ?? null, userId: stringParam(query, "userId") ?? null },
      };
    },
    present: (data) => ({
      sessions: data.sessions.edges.map((e) => presentSessionCamel(e.node)),
      total: data.sessions.totalCount,
      stats: data.sessionStats,
    }),
    doc: {
      summary: "Sessions (camelCase) with totals",
      seed: "Sessions API",
      query: z.object({
        status: z.enum(SessionStatus.options).optional(),
        agentId: TextParam("agent id"),
        userId: TextParam("user id"),
        limit: IntParam("1–100, default 50"),
        offset: IntParam("rows to skip"),
      }),
      response: z.object({
        sessions: z.array(SessionCamel),
        total: z.number().int(),
        stats: z.object({ total: z.number().int(), active: z.number().int(), expired: z.number().int(), ended: z.number().int() }),
      }),
    },
  }),

  route({
    method: "GET",
    path: "/api/messaging/sessions/health",
    operation: graphql(`
      query RestSessionsHealth {
        sessionsHealth { status activeSessions expiringSoon uptime }
      }
    `),
    variables: () => ({}),
    present: (data) => data.sessionsHealth,
    doc: {
      summary: "Health of the sessions service",
      seed: "Sessions API",
      response: z.object({ status: z.string(), activeSessions: z.number().int(), expiringSoon: z.number().int(), uptime: z.number().int() }),
    },
  }),

  route({
    method: "GET",
    path: "/api/messaging/sessions/:sessionId",
    operation: graphql(`
      query RestGetSessionCamel($id: ID!) {
        session(id: $id) { ...RestSession }
      }
    `),
    variables: (req) => ({ id: sessionId(req) }),
    // The Sessions API answers 410 for an expired session (seed 001 "Troubleshooting").
    present: ({ session }) => {
      if (session!.status === "EXPIRED") throw new AppError("session_expired", { details: { session_id: session!.id, expired_at: session!.expiresAt } });
      return presentSessionCamel(session!);
    },
    doc: { summary: "A session (camelCase, `timeRemaining` in ms); 410 once expired", seed: "Sessions API", response: SessionCamel },
  }),

  route({
    method: "POST",
    path: "/api/messaging/sessions/:sessionId/heartbeat",
    operation: HeartbeatSession,
    variables: (req) => ({ id: sessionId(req) }),
    present: (data) => presentSessionCamel(data.heartbeatSession.session),
    doc: { summary: "Keep a session alive", seed: "Sessions API", response: SessionCamel },
  }),

  route({
    method: "POST",
    path: "/api/messaging/sessions/:sessionId/renew",
    operation: RenewSession,
    variables: (req) => ({ id: sessionId(req) }),
    present: (data) => presentSessionCamel(data.renewSession.session),
    doc: { summary: "Renew a session; 422 at the maximum duration", seed: "Sessions API", response: SessionCamel },
  }),
];
