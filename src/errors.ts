// The one error catalogue: code → HTTP status and default message. GraphQL exposes the code as
// `extensions.code`; REST renders the seed-001 envelope with the status from here. Codes in
// snake_case come from seed 001, the UPPER_CASE ones are the generic codes of seed 002.
import { GraphQLError } from "graphql";

export const ERROR_CATALOGUE = {
  // generic (seed 002)
  AUTH_FAILED: { status: 401, message: "Authentication failed" },
  NOT_FOUND: { status: 404, message: "Resource not found" },
  VALIDATION_ERROR: { status: 400, message: "Request validation failed" },
  // request limits (README "Input limits")
  PAYLOAD_TOO_LARGE: { status: 413, message: "Request body is too large" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: "Request body must be JSON sent as Content-Type: application/json" },
  QUERY_TOO_COMPLEX: { status: 400, message: "The GraphQL document exceeds a limit on depth, aliases, tokens, directives or cost" },
  CONTEXT_LIMIT_EXCEEDED: { status: 413, message: "Context window exceeded" },
  // A model provider's hourly quota is used up (src/domain/ratelimits). Not the request limits below.
  RATE_LIMIT_EXCEEDED: { status: 429, message: "Too many requests" },
  // The caller's own request budget is used up (src/limits): GraphQL names it RATE_LIMITED, REST
  // rate_limit_exceeded (seed 001); both carry the retry time (`retryAfter`, `details.retry_after`).
  RATE_LIMITED: { status: 429, message: "Rate limit exceeded" },
  PROVIDER_ERROR: { status: 502, message: "Provider service error" },
  INTERNAL_ERROR: { status: 500, message: "Internal server error" },
  SERVICE_UNAVAILABLE: { status: 503, message: "Service temporarily unavailable" },
  // access (seed 001)
  insufficient_permissions: { status: 403, message: "You lack the permissions this operation requires" },
  rate_limit_exceeded: { status: 429, message: "Rate limit exceeded" },
  // agents (seed 001)
  agent_not_found: { status: 404, message: "Requested agent does not exist" },
  invalid_agent_config: { status: 400, message: "Agent configuration validation failed" },
  agent_already_running: { status: 409, message: "Cannot start an agent that is already running" },
  agent_not_running: { status: 409, message: "The agent is not running" },
  agent_name_taken: { status: 409, message: "An agent with this name already exists" },
  // sessions (seed 001 Session Management API and Sessions API)
  session_not_found: { status: 404, message: "Session not found" },
  session_expired: { status: 410, message: "Session has expired" },
  session_ended: { status: 409, message: "Session has ended" },
  session_max_duration: { status: 422, message: "Session has reached its maximum duration and cannot be renewed" },
  invalid_timeout_config: { status: 400, message: "Timeout configuration is outside the allowed range" },
  session_busy: { status: 409, message: "The agent is still answering another message of this session" },
  session_limit_reached: { status: 429, message: "Your tier allows no more concurrent active sessions" },
  // messaging (seed 001 Messaging API)
  channel_not_found: { status: 404, message: "Requested channel does not exist" },
  message_not_found: { status: 404, message: "Requested message does not exist" },
  invalid_message_content: { status: 400, message: "Message content validation failed" },
  invalid_channel_members: { status: 400, message: "Channel members are not valid for this channel type" },
  // budgets and operations (seed 003)
  budget_exceeded: { status: 402, message: "The budget has too little left for this call" },
  system_task_not_found: { status: 404, message: "Requested system task does not exist" },
  task_not_supported: { status: 400, message: "This system task is not available in this configuration" },
  // spawned work, workflows, webhooks (seeds 003, 004)
  task_not_found: { status: 404, message: "Requested agent task does not exist" },
  task_not_cancellable: { status: 409, message: "The task has already finished" },
  workflow_not_found: { status: 404, message: "Requested workflow does not exist" },
  workflow_run_not_found: { status: 404, message: "Requested workflow run does not exist" },
  workflow_name_taken: { status: 409, message: "A workflow with this name already exists" },
  invalid_workflow: { status: 400, message: "The workflow definition is not valid" },
  workflow_busy: { status: 409, message: "This workflow is already running" },
  workflow_run_not_cancellable: { status: 409, message: "The workflow run has already finished" },
  webhook_not_found: { status: 404, message: "Requested webhook does not exist" },
  idempotency_key_reused: { status: 409, message: "Idempotency key payload mismatch" },
  idempotency_key_in_progress: { status: 409, message: "A request with this idempotency key is still being answered" },
  // credentials
  api_key_not_found: { status: 404, message: "Requested API key does not exist" },
  user_not_found: { status: 404, message: "Requested user does not exist" },
  email_taken: { status: 409, message: "A user with this email already exists" },
  invalid_credentials: { status: 401, message: "Email or password is incorrect" },
  invalid_refresh_token: { status: 401, message: "Refresh token is invalid, expired or already used" },
  // the clients people already have: OpenAI chat completions, the legacy WebSocket protocols (issue 13)
  model_not_found: { status: 404, message: "The model does not exist or you do not have access to it" },
  unsupported_parameter: { status: 400, message: "This parameter is not supported" },
  unknown_command: { status: 400, message: "Unknown command" },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export type ErrorDetails = Record<string, unknown>;

/** An expected failure a client should see: its code, message and details are part of the API. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, options: { message?: string; details?: ErrorDetails } = {}) {
    super(options.message ?? ERROR_CATALOGUE[code].message);
    this.name = "AppError";
    this.code = code;
    this.details = options.details ?? {};
  }

  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }
}

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERROR_CATALOGUE, code);
}

export function statusOf(code: ErrorCode): number {
  return ERROR_CATALOGUE[code].status;
}

/** GraphQL mapping: the same code and details under `extensions`. */
export function toGraphQLError(error: AppError, original?: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: original?.nodes,
    source: original?.source,
    positions: original?.positions,
    path: original?.path,
    originalError: error,
    extensions: { code: error.code, ...(Object.keys(error.details).length ? { details: error.details } : {}) },
  });
}
