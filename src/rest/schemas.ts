// Zod schemas of the REST bodies: the pieces several routes share (the seeds' data models, the three
// error shapes). A route's own request and response schemas sit next to it, in its `doc`.
// They document what the presenters write; they are not used to read requests (GraphQL does that).
import { z } from "zod";
import { AGENT_STATUSES } from "../domain/agents/rules.js";
import { CHANNEL_TYPES } from "../domain/channels/rules.js";
import { SESSION_STATUSES } from "../domain/sessions/rules.js";
import { TASK_STATUSES } from "../domain/work/rules.js";

const lower = <T extends string>(values: readonly T[]) => values.map((v) => v.toLowerCase() as Lowercase<T>);

/** An ISO-8601 UTC timestamp as the server writes it (`2026-02-19T10:00:00.000Z`). */
export const Timestamp = z.string().meta({ format: "date-time", example: "2026-02-19T10:00:00.000Z" });
/** US dollars as a JSON number (money is exact to the micro-dollar inside). */
export const Usd = z.number().meta({ description: "US dollars", example: 0.05 });
/** Free-form JSON object (a session context, message metadata, task parameters). */
export const JsonObject = z.record(z.string(), z.unknown());
/** A query parameter holding a whole number. */
export const IntParam = (description: string) => z.coerce.number().int().optional().meta({ description });
export const TextParam = (description: string) => z.string().optional().meta({ description });

// ----- seed 001 data models -----

export const AgentStatus = z.enum(lower(AGENT_STATUSES));

const AgentConfig = z
  .object({
    model: z.string(),
    temperature: z.number(),
    max_tokens: z.number().int(),
    top_p: z.number(),
    frequency_penalty: z.number(),
    presence_penalty: z.number(),
  })
  .meta({ id: "AgentConfig" });

export const AgentConfigInput = AgentConfig.partial().meta({ id: "AgentConfigInput" });

/** The Agent object of seed 001 "Data Models". */
export const Agent = z
  .object({
    agent_id: z.string(),
    name: z.string(),
    type: z.string(),
    status: AgentStatus,
    created_at: Timestamp,
    updated_at: Timestamp,
    started_at: Timestamp.nullable(),
    stopped_at: Timestamp.nullable(),
    last_active: Timestamp.nullable(),
    config: AgentConfig,
    skills: z.array(z.string()),
    performance_metrics: z.object({
      response_time_ms: z.number().nullable(),
      success_rate: z.number().nullable(),
      task_completion_rate: z.number().nullable(),
      error_count: z.number().int(),
    }),
  })
  .meta({ id: "Agent" });

/** One row of an agent list. */
export const AgentSummary = z
  .object({
    agent_id: z.string(),
    name: z.string(),
    type: z.string(),
    status: AgentStatus,
    created_at: Timestamp,
    last_active: Timestamp.nullable(),
  })
  .meta({ id: "AgentSummary" });

export const PagePagination = z.object({ page: z.number().int(), limit: z.number().int(), total: z.number().int() });

/** Offset pagination of the list language (src/rest/list-query.ts offsetPage). */
export const OffsetPagination = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  has_more: z.boolean(),
  next_offset: z.number().int().nullable(),
  previous_offset: z.number().int().nullable(),
});
export const OffsetLinks = z.object({ self: z.string(), next: z.string().nullable(), prev: z.string().nullable(), first: z.string(), last: z.string() });

export const Channel = z
  .object({ channel_id: z.string(), name: z.string(), type: z.enum(lower(CHANNEL_TYPES)), created_at: Timestamp, member_count: z.number().int() })
  .meta({ id: "Channel" });

/** The Message object of seed 001 "Data Models". */
export const Message = z
  .object({
    message_id: z.string(),
    channel_id: z.string(),
    sender_id: z.string(),
    sender_type: z.enum(["agent", "user"]),
    content: z.string(),
    metadata: JsonObject,
    sent_at: Timestamp,
    edited_at: Timestamp.nullable(),
  })
  .meta({ id: "Message" });

export const SessionStatus = z.enum(lower(SESSION_STATUSES));

export const TimeoutConfig = z
  .object({ timeout_minutes: z.number().int(), auto_renew: z.boolean(), max_duration_minutes: z.number().int(), warning_threshold_minutes: z.number().int() })
  .meta({ id: "TimeoutConfig" });

/** The Session object of seed 001 "Data Models", plus the timeout fields. */
export const Session = z
  .object({
    session_id: z.string(),
    agent_id: z.string(),
    user_id: z.string(),
    created_at: Timestamp,
    expires_at: Timestamp,
    status: SessionStatus,
    context: JsonObject.nullable().meta({ description: "null for a caller that may see only the session's metadata (system_monitor)" }),
    message_count: z.number().int(),
    last_activity: Timestamp,
    time_remaining: z.number().int().meta({ description: "seconds" }),
    is_near_expiration: z.boolean(),
    renewal_count: z.number().int(),
    ended_at: Timestamp.nullable(),
    summary: z.string().nullable(),
    timeout_config: TimeoutConfig,
  })
  .meta({ id: "Session" });

/** The elizaOS Sessions API session (camelCase). */
export const SessionCamel = z
  .object({
    sessionId: z.string(),
    agentId: z.string(),
    userId: z.string(),
    status: SessionStatus,
    createdAt: Timestamp,
    lastActivity: Timestamp,
    expiresAt: Timestamp,
    timeRemaining: z.number().int().meta({ description: "milliseconds" }),
    isNearExpiration: z.boolean(),
    renewalCount: z.number().int(),
    messageCount: z.number().int(),
    timeoutConfig: z.object({ timeoutMinutes: z.number().int(), autoRenew: z.boolean(), maxDurationMinutes: z.number().int(), warningThresholdMinutes: z.number().int() }),
    metadata: JsonObject,
  })
  .meta({ id: "SessionCamel" });

export const TimeoutConfigInput = z
  .object({ timeout_minutes: z.number().int(), auto_renew: z.boolean(), max_duration_minutes: z.number().int(), warning_threshold_minutes: z.number().int() })
  .partial();

// ----- seed 003 -----

export const TaskStatus = z.enum(lower(TASK_STATUSES));
export const PriorityInput = z.enum(["low", "normal", "high"]);

// ----- seed 004 workflows (camelCase) -----

export const WorkflowRun = z
  .object({
    runId: z.string(),
    workflowId: z.string(),
    workflow: z.string(),
    status: z.enum(["queued", "running", "completed", "failed", "cancelled"]),
    progress: z.number().int(),
    input: JsonObject.nullable().meta({ description: "null for a caller that may see only the run's status (system_monitor)" }),
    output: JsonObject.nullable(),
    error: z.string().nullable(),
    createdAt: Timestamp,
    startedAt: Timestamp.nullable(),
    completedAt: Timestamp.nullable(),
    steps: z.array(
      z.object({ key: z.string(), status: z.string(), output: z.string().nullable(), startedAt: Timestamp.nullable(), completedAt: Timestamp.nullable() }),
    ),
    usage: z.object({ calls: z.number().int(), cost: z.number() }),
  })
  .meta({ id: "WorkflowRun" });

// ----- the error shapes (src/rest/error-formats.ts) -----

const Details = JsonObject.meta({ description: "What went wrong in detail; `fields[]` lists field problems as {field, message}." });
const TraceId = z.string().meta({ description: "W3C trace id of the request's `traceparent`, else the request id (seed 002)" });

/** Seed 001/002 envelope. */
export const ErrorEnvelope = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), details: Details, timestamp: Timestamp, request_id: z.string(), traceId: TraceId }),
  })
  .meta({ id: "ErrorEnvelope" });

/** Seed 003: {"success": false, "error": "..."} for a request to fix, else an error object. */
export const J1mskyError = z
  .union([
    z.object({ success: z.literal(false), error: z.string(), code: z.string(), details: Details, request_id: z.string(), traceId: TraceId }),
    z.object({
      success: z.literal(false),
      error: z.object({
        code: z.number().int(),
        message: z.string(),
        type: z.string(),
        retry_after: z.number().optional(),
        your_ip: z.string().optional().meta({ description: "The caller's address, on an IP refusal" }),
        details: Details,
        request_id: z.string(),
        traceId: TraceId,
      }),
    }),
  ])
  .meta({ id: "J1mskyError" });

/** Seed 004: {"error": "<message>", "retryAfter": <seconds>}. */
export const AgentosError = z
  .object({ error: z.string(), code: z.string(), retryAfter: z.number().optional(), details: Details, requestId: z.string(), traceId: TraceId })
  .meta({ id: "AgentosError" });
