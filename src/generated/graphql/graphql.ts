/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddChannelMemberInput = {
  channelId: string | number;
  memberId: string | number;
};

/** Every field is optional; what is left out keeps its current (or default) value. */
export type AgentConfigInput = {
  /** -2–2 */
  frequencyPenalty?: number | null | undefined;
  /** 1–200000 */
  maxTokens?: number | null | undefined;
  model?: string | null | undefined;
  /** -2–2 */
  presencePenalty?: number | null | undefined;
  /** 0–2 */
  temperature?: number | null | undefined;
  /** 0–1 */
  topP?: number | null | undefined;
};

export type AgentFilter = {
  /** Any of these statuses. */
  status?: Array<AgentStatus> | null | undefined;
  type?: string | null | undefined;
};

export type AgentOrder = {
  direction: OrderDirection;
  field: AgentOrderField;
};

export type AgentOrderField =
  | 'CREATED_AT'
  | 'LAST_ACTIVE'
  | 'NAME'
  | 'UPDATED_AT';

/** Lifecycle of an agent: CREATED → RUNNING ⇄ STOPPED; ERROR when it failed. */
export type AgentStatus =
  | 'CREATED'
  | 'ERROR'
  | 'RUNNING'
  | 'STOPPED';

export type ApiKeyStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED';

export type AuditEventFilter = {
  apiKeyId?: string | number | null | undefined;
  events?: Array<AuditEventName> | null | undefined;
  ipAddress?: string | null | undefined;
  /** info, warning or critical. */
  severity?: string | null | undefined;
  /** At or after. */
  since?: string | null | undefined;
  /** Before. */
  until?: string | null | undefined;
};

export type AuditEventName =
  /** agent.complete */
  | 'AGENT_COMPLETE'
  /** agent.fail */
  | 'AGENT_FAIL'
  /** agent.spawn */
  | 'AGENT_SPAWN'
  /** api.key.revoked */
  | 'API_KEY_REVOKED'
  /** api.key.used */
  | 'API_KEY_USED'
  /** api.mutation */
  | 'API_MUTATION'
  /** config.change */
  | 'CONFIG_CHANGE'
  /** security.violation */
  | 'SECURITY_VIOLATION';

export type BlockIpInput = {
  /** Omit to block until lifted. */
  durationHours?: number | null | undefined;
  /** An address or CIDR range. */
  ip: string;
  reason: string;
};

/** Today's spend against the daily budget: OK → NOTICE → WARNING → CRITICAL at the thresholds. */
export type BudgetAlertLevel =
  | 'CRITICAL'
  | 'NOTICE'
  | 'OK'
  | 'WARNING';

export type BudgetAlertThresholdsInput = {
  critical?: number | null | undefined;
  notice?: number | null | undefined;
  warning?: number | null | undefined;
};

/** What happens when the agent is still answering an earlier message of the session. */
export type BusyPolicy =
  /** Wait; messages are answered in the order they arrived. */
  | 'ENQUEUE'
  /** Fail at once with session_busy, naming the message in progress. */
  | 'REJECT';

export type ChannelFilter = {
  type?: Array<ChannelType> | null | undefined;
};

export type ChannelType =
  /** Exactly two members. */
  | 'DIRECT'
  /** Members only (admins see every channel). */
  | 'PRIVATE'
  /** Every principal with the messaging scopes may read and post. */
  | 'PUBLIC';

export type ConfigureAuditInput = {
  enabled?: boolean | null | undefined;
  /** What is recorded; omit to keep the current list. */
  events?: Array<AuditEventName> | null | undefined;
  includeRequestBody?: boolean | null | undefined;
  includeResponseBody?: boolean | null | undefined;
  /** standard or verbose. */
  logLevel?: string | null | undefined;
  retentionDays?: number | null | undefined;
};

export type CreateAgentInput = {
  config?: AgentConfigInput | null | undefined;
  name: string;
  skills?: Array<string> | null | undefined;
  type: string;
};

export type CreateApiKeyInput = {
  /** Addresses or CIDR ranges (IPv4, IPv6) the key may be used from; omit for anywhere. */
  allowedIps?: Array<string> | null | undefined;
  /** Omit for a key that does not expire. */
  expiresAt?: string | null | undefined;
  name: string;
  /** Every HTTP request must be signed with the signingSecret returned here (README "Security controls"). */
  requireSignature?: boolean | null | undefined;
  roles: Array<Role>;
  /** Narrow the roles' scopes to these; omit for all of them. */
  scopes?: Array<Scope> | null | undefined;
  /** Default: DEFAULT_TIER (PRO unless configured). */
  tier?: Tier | null | undefined;
};

export type CreateChannelInput = {
  /** Agent, user or API key ids; required for private and direct channels. You are added yourself. */
  members?: Array<string | number> | null | undefined;
  name: string;
  type: ChannelType;
};

export type CreateSessionInput = {
  agentId: string | number;
  context?: Record<string, unknown> | null | undefined;
  timeoutConfig?: SessionTimeoutConfigInput | null | undefined;
  /** Who the conversation is with; defaults to your own id. */
  userId?: string | null | undefined;
};

export type CreateUserInput = {
  email: string;
  name: string;
  /** At least 12 characters. */
  password: string;
  roles: Array<Role>;
  /** Default: DEFAULT_TIER (PRO unless configured). */
  tier?: Tier | null | undefined;
};

export type CreateWebhookInput = {
  events: Array<WebhookEvent>;
  /** At least 16 characters; generated when left out. */
  secret?: string | null | undefined;
  /** http:// or https:// */
  url: string;
};

export type CreateWorkflowInput = {
  description?: string | null | undefined;
  name: string;
  steps: Array<WorkflowStepInput>;
};

/** Conditions on a DateTime field, all of which must hold. */
export type DateTimeCondition = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
};

/** Conditions on a Decimal field, all of which must hold. */
export type DecimalCondition = {
  eq?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
  ne?: string | null | undefined;
};

export type DeployToAkashInput = {
  /** {cpu: 0.1–256, memory: "1GB", storage: "10GB"} (these defaults when omitted). */
  config?: Record<string, unknown> | null | undefined;
  /** 1–100 characters. */
  name: string;
};

/** INITIATED → PROVISIONING → DEPLOYING → ACTIVE, or FAILED (the simulated provider: 2 s, 5 s, 10 s after creation). */
export type DeploymentStatus =
  | 'ACTIVE'
  | 'DEPLOYING'
  | 'FAILED'
  | 'INITIATED'
  | 'PROVISIONING';

export type EditMessageInput = {
  content: string;
  messageId: string | number;
};

export type EventTopic =
  | 'AGENTSTATUSCHANGED'
  | 'BUDGETALERT'
  | 'MESSAGEADDED'
  | 'SESSIONUPDATED'
  | 'SYSTEMTASKUPDATED'
  | 'TASKUPDATED'
  | 'WORKFLOWRUNUPDATED';

/** Conditions on a EventTopic field, all of which must hold. */
export type EventTopicCondition = {
  eq?: EventTopic | null | undefined;
  in?: Array<EventTopic> | null | undefined;
  ne?: EventTopic | null | undefined;
};

/** Filters in seed 003's list language; every condition must hold. Fields: type, topic, subjectId, createdAt. */
export type EventWhere = {
  createdAt?: DateTimeCondition | null | undefined;
  subjectId?: StringCondition | null | undefined;
  topic?: EventTopicCondition | null | undefined;
  /** agent.status_changed, session.message, message.added, task.updated, … */
  type?: StringCondition | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type PrincipalKind =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'SYSTEM'
  | 'USER';

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL';

/** Conditions on a Priority field, all of which must hold. */
export type PriorityCondition = {
  eq?: Priority | null | undefined;
  in?: Array<Priority> | null | undefined;
  ne?: Priority | null | undefined;
};

/** ROLE: per key or user by role, per minute (seed 001). TIER: per key or user by tier, per hour (seed 002). ENDPOINT: per key on seed 003's routes, per hour. IP: per client address by operation class, GCRA, per hour (seed 004). */
export type RateLimitPolicy =
  | 'ENDPOINT'
  | 'IP'
  | 'ROLE'
  | 'TIER';

export type RefreshTokenInput = {
  refreshToken: string;
};

export type RevokeApiKeyInput = {
  id: string | number;
  /** Send the key.revoked webhook event. */
  notifyUser?: boolean | null | undefined;
  /** Kept with the key and in the audit trail (seed 003: suspected_leak, …). */
  reason?: string | null | undefined;
};

/** admin: everything · agent_manager: create, start, stop and delete agents · messaging: channels and messages · system_monitor: read-only status, usage and logs. */
export type Role =
  | 'ADMIN'
  | 'AGENT_MANAGER'
  | 'MESSAGING'
  | 'SYSTEM_MONITOR';

export type RunWorkflowInput = {
  input?: Record<string, unknown> | null | undefined;
  onBusy?: WorkflowBusyPolicy | null | undefined;
  priority?: Priority | null | undefined;
  workflowId: string | number;
};

/** A permission. Roles grant scopes; an API key may be narrowed to fewer. */
export type Scope =
  /** admin:read */
  | 'ADMIN_READ'
  /** admin:write */
  | 'ADMIN_WRITE'
  /** agents:read */
  | 'AGENTS_READ'
  /** agents:write */
  | 'AGENTS_WRITE'
  /** billing:read */
  | 'BILLING_READ'
  /** messages:read */
  | 'MESSAGES_READ'
  /** messages:write */
  | 'MESSAGES_WRITE'
  /** sessions:read */
  | 'SESSIONS_READ'
  /** sessions:write */
  | 'SESSIONS_WRITE'
  /** system:read */
  | 'SYSTEM_READ';

export type SendMessageInput = {
  channelId: string | number;
  /** 1–4000 characters. */
  content: string;
  /** At most 10 KB of JSON. */
  metadata?: Record<string, unknown> | null | undefined;
  /** Who the message is from; defaults to you. Any id that is not a principal of this server names an external end user you post for; an agent of the channel needs agents:write; another key or user, admin. */
  senderId?: string | number | null | undefined;
};

export type SendSessionMessageInput = {
  /** 1–4000 characters. */
  content: string;
  /** At most 10 KB of JSON. */
  metadata?: Record<string, unknown> | null | undefined;
  onBusy?: BusyPolicy | null | undefined;
  sessionId: string | number;
};

export type SenderType =
  | 'AGENT'
  | 'USER';

export type ServiceState =
  | 'DEGRADED'
  | 'OPERATIONAL'
  | 'UNAVAILABLE';

export type SessionEventKind =
  /** The agent updated the session context. */
  | 'CONTEXT_UPDATED'
  /** The session was ended; `session.summary` holds the agent's summary. */
  | 'ENDED'
  /** The session expired. */
  | 'EXPIRED'
  /** A message was stored (the user's, then the agent's). */
  | 'MESSAGE'
  /** The session was renewed. */
  | 'RENEWED'
  /** The next piece of the answer the agent is streaming. */
  | 'RESPONSE_DELTA'
  /** The session will expire within its warning threshold (pushed by the server). */
  | 'WARNING';

export type SessionFilter = {
  agentId?: string | number | null | undefined;
  status?: Array<SessionStatus> | null | undefined;
  userId?: string | null | undefined;
};

export type SessionMessageRole =
  | 'AGENT'
  | 'USER';

export type SessionStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'EXPIRED';

/** Out-of-range values are refused with invalid_timeout_config, never clamped. */
export type SessionTimeoutConfigInput = {
  /** Activity moves the expiry; default true. */
  autoRenew?: boolean | null | undefined;
  /** timeoutMinutes–2880, default 720. */
  maxDurationMinutes?: number | null | undefined;
  /** 5–1440, default 30. */
  timeoutMinutes?: number | null | undefined;
  /** 1–timeoutMinutes, default 5. */
  warningThresholdMinutes?: number | null | undefined;
};

export type SetIpAllowlistInput = {
  /** CIDR ranges or addresses, IPv4 or IPv6; empty: any address. */
  allowedIps: Array<string>;
  /** Default true. */
  enforce?: boolean | null | undefined;
  /** Default true. */
  logViolations?: boolean | null | undefined;
};

export type SpawnBatchItem = {
  /** A catalogue model… */
  model?: string | null | undefined;
  priority?: Priority | null | undefined;
  task: string;
  /** …or a registered team (exactly one of the two). */
  team?: string | null | undefined;
  timeoutSeconds?: number | null | undefined;
};

export type SpawnTaskInput = {
  /** …or an agent of yours. */
  agentId?: string | number | null | undefined;
  /** A catalogue model (run by its worker agent)… */
  model?: string | null | undefined;
  priority?: Priority | null | undefined;
  /** 1–2000 characters. */
  task: string;
  /** 1–3600; default 300. */
  timeoutSeconds?: number | null | undefined;
};

export type SpawnTasksInput = {
  /** 1–50 items. */
  tasks: Array<SpawnBatchItem>;
};

export type SpawnTeamInput = {
  priority?: Priority | null | undefined;
  task: string;
  /** A registered team id (see `teams`). */
  team: string;
  /** For the whole pipeline; default 300. */
  timeoutSeconds?: number | null | undefined;
};

/** PENDING until the steps it depends on are done; then its task's status. */
export type StepRunStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'PENDING'
  | 'RUNNING'
  | 'SPAWNING'
  | 'TIMED_OUT';

/** Conditions on a String field, all of which must hold. */
export type StringCondition = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  eq?: string | null | undefined;
  in?: Array<string> | null | undefined;
  ne?: string | null | undefined;
  startsWith?: string | null | undefined;
};

export type SystemHealth =
  | 'DEGRADED'
  | 'HEALTHY'
  | 'UNHEALTHY';

export type SystemTaskStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type SystemTaskType =
  /** Write a restorable copy of the embedded database under DATA_DIR/backups. */
  | 'BACKUP_DATABASE'
  /** Empty the in-process caches. */
  | 'CLEAR_CACHE'
  /** Re-read configuration kept in the database (the budget). */
  | 'RELOAD_CONFIG';

/** LOW needs tier 1, MEDIUM tier 2, HIGH tier 3. */
export type TaskComplexity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type TaskFilter = {
  /** Actual cost above this many US dollars. */
  costGreaterThan?: string | null | undefined;
  createdAfter?: string | null | undefined;
  model?: string | null | undefined;
  status?: Array<TaskStatus> | null | undefined;
  team?: string | null | undefined;
};

export type TaskKind =
  /** One member of a team pipeline. */
  | 'MEMBER'
  /** One model call. */
  | 'SINGLE'
  /** A team pipeline; its members are in `members`. */
  | 'TEAM';

export type TaskOrder = {
  direction: OrderDirection;
  field: TaskOrderField;
};

export type TaskOrderField =
  | 'COMPLETED_AT'
  | 'COST'
  | 'CREATED_AT'
  | 'ESTIMATED_COST'
  | 'STATUS';

/** SPAWNING (queued) → RUNNING → COMPLETED | FAILED | CANCELLED | TIMED_OUT. */
export type TaskStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING'
  | 'SPAWNING'
  | 'TIMED_OUT';

/** Conditions on a TaskStatus field, all of which must hold. */
export type TaskStatusCondition = {
  eq?: TaskStatus | null | undefined;
  in?: Array<TaskStatus> | null | undefined;
  ne?: TaskStatus | null | undefined;
};

/** Filters in seed 003's list language; every condition must hold. Fields: status, model, team, priority, task, createdAt, completedAt, cost, estimatedCost. */
export type TaskWhere = {
  completedAt?: DateTimeCondition | null | undefined;
  /** actual cost, US dollars */
  cost?: DecimalCondition | null | undefined;
  createdAt?: DateTimeCondition | null | undefined;
  estimatedCost?: DecimalCondition | null | undefined;
  /** null for team runs */
  model?: StringCondition | null | undefined;
  priority?: PriorityCondition | null | undefined;
  status?: TaskStatusCondition | null | undefined;
  /** what it was asked to do */
  task?: StringCondition | null | undefined;
  team?: StringCondition | null | undefined;
};

/** Seed 002 tiers — free: 100 requests an hour, 1 concurrent session, 32k-token context; pro: 1,000, 5, 128k; enterprise: unlimited, unlimited, 200k (request limits configurable, see README). */
export type Tier =
  | 'ENTERPRISE'
  | 'FREE'
  | 'PRO';

export type TriggerSystemTaskInput = {
  /** BACKUP_DATABASE takes {"label": "…"}; the others none. */
  parameters?: Record<string, unknown> | null | undefined;
  taskType: SystemTaskType;
};

export type UnblockIpInput = {
  ip: string;
};

export type UpdateAgentInput = {
  config?: AgentConfigInput | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  skills?: Array<string> | null | undefined;
  type?: string | null | undefined;
};

export type UpdateBudgetInput = {
  /** US dollars, such as "50"; null for no daily limit; omit to keep. */
  dailyBudget?: string | null | undefined;
  /** US dollars; null for no monthly limit; omit to keep. */
  monthlyCeiling?: string | null | undefined;
  thresholds?: BudgetAlertThresholdsInput | null | undefined;
};

export type UsageDimension =
  /** Per agent. */
  | 'AGENT'
  /** Per UTC day. */
  | 'DAY'
  /** Per model. */
  | 'MODEL'
  /** Per provider ("builtin", "openai"). */
  | 'PROVIDER';

export type UsageFilter = {
  agentId?: string | number | null | undefined;
  /** Inclusive. */
  from?: string | null | undefined;
  model?: string | null | undefined;
  provider?: string | null | undefined;
  sessionId?: string | number | null | undefined;
  /** Exclusive. */
  to?: string | null | undefined;
};

export type WebhookDeliveryStatus =
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Every attempt failed; no more are made. */
  | 'FAILED'
  /** Not delivered yet; `nextAttemptAt` says when it is tried. */
  | 'PENDING';

/** agent.completed / agent.failed (spawned tasks and team runs), workflow.completed / workflow.failed. */
export type WebhookEvent =
  /** agent.completed */
  | 'AGENT_COMPLETED'
  /** agent.failed */
  | 'AGENT_FAILED'
  /** key.revoked */
  | 'KEY_REVOKED'
  /** workflow.completed */
  | 'WORKFLOW_COMPLETED'
  /** workflow.failed */
  | 'WORKFLOW_FAILED';

export type WorkflowBusyPolicy =
  /** Wait for the run in progress to finish. */
  | 'ENQUEUE'
  /** Fail at once with workflow_busy. */
  | 'REJECT';

export type WorkflowRunEventKind =
  | 'RUN_CANCELLED'
  | 'RUN_COMPLETED'
  | 'RUN_FAILED'
  | 'RUN_QUEUED'
  | 'RUN_STARTED'
  | 'STEP_COMPLETED'
  | 'STEP_FAILED'
  | 'STEP_STARTED';

export type WorkflowRunStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type WorkflowStepInput = {
  agentId?: string | number | null | undefined;
  dependsOn?: Array<string> | null | undefined;
  key: string;
  kind: WorkflowStepKind;
  model?: string | null | undefined;
  prompt: string;
  team?: string | null | undefined;
  timeoutSeconds?: number | null | undefined;
};

export type WorkflowStepKind =
  /** An agent (agentId) answers the prompt. */
  | 'AGENT'
  /** A catalogue model (model) answers, through its worker agent. */
  | 'MODEL'
  /** A registered team (team) works the prompt as a pipeline. */
  | 'TEAM';

export type RestAgentFragment = { id: string, name: string, type: string, status: AgentStatus, createdAt: string, updatedAt: string, startedAt: string | null, stoppedAt: string | null, lastActive: string | null, skills: Array<string>, config: { model: string, temperature: number, maxTokens: number, topP: number, frequencyPenalty: number, presencePenalty: number }, performanceMetrics: { responseTimeMs: number | null, successRate: number | null, taskCompletionRate: number | null, errorCount: number } };

export type RestCreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type RestCreateAgentMutation = { createAgent: { agent: { id: string, name: string, type: string, status: AgentStatus, createdAt: string, updatedAt: string, startedAt: string | null, stoppedAt: string | null, lastActive: string | null, skills: Array<string>, config: { model: string, temperature: number, maxTokens: number, topP: number, frequencyPenalty: number, presencePenalty: number }, performanceMetrics: { responseTimeMs: number | null, successRate: number | null, taskCompletionRate: number | null, errorCount: number } } } };

export type RestListAgentsQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: AgentFilter | null | undefined;
}>;


export type RestListAgentsQuery = { agents: { totalCount: number, edges: Array<{ node: { id: string, name: string, type: string, status: AgentStatus, createdAt: string, updatedAt: string, startedAt: string | null, stoppedAt: string | null, lastActive: string | null, skills: Array<string>, config: { model: string, temperature: number, maxTokens: number, topP: number, frequencyPenalty: number, presencePenalty: number }, performanceMetrics: { responseTimeMs: number | null, successRate: number | null, taskCompletionRate: number | null, errorCount: number } } }> } };

export type RestGetAgentQueryVariables = Exact<{
  id: string | number;
}>;


export type RestGetAgentQuery = { agent: { id: string, name: string, type: string, status: AgentStatus, createdAt: string, updatedAt: string, startedAt: string | null, stoppedAt: string | null, lastActive: string | null, skills: Array<string>, config: { model: string, temperature: number, maxTokens: number, topP: number, frequencyPenalty: number, presencePenalty: number }, performanceMetrics: { responseTimeMs: number | null, successRate: number | null, taskCompletionRate: number | null, errorCount: number } } | null };

export type RestStartAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type RestStartAgentMutation = { startAgent: { agent: { id: string, status: AgentStatus, startedAt: string | null } } };

export type RestStopAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type RestStopAgentMutation = { stopAgent: { agent: { id: string, status: AgentStatus, stoppedAt: string | null } } };

export type RestDeleteAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type RestDeleteAgentMutation = { deleteAgent: { deletedAgentId: string } };

export type RestSpawnBatchMutationVariables = Exact<{
  input: SpawnTasksInput;
}>;


export type RestSpawnBatchMutation = { spawnTasks: { spawned: number, failed: number, results: Array<{ index: number, task: { id: string, model: string | null, team: string | null, status: TaskStatus, estimatedCost: string } | null, error: { code: string, message: string } | null }> } };

export type RestTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type RestTeamsQuery = { teams: Array<{ id: string, members: Array<{ role: string, model: string }> }> };

export type RestTeamQueryVariables = Exact<{
  id: string;
}>;


export type RestTeamQuery = { team: { id: string, members: Array<{ role: string, model: string }> } };

export type RestChannelFragment = { id: string, name: string, type: ChannelType, createdAt: string, memberCount: number };

export type RestMessageFragment = { id: string, senderId: string, senderType: SenderType, content: string, metadata: Record<string, unknown> | null, sentAt: string, editedAt: string | null, channel: { id: string } };

export type RestCreateChannelMutationVariables = Exact<{
  input: CreateChannelInput;
}>;


export type RestCreateChannelMutation = { createChannel: { channel: { id: string, name: string, type: ChannelType, createdAt: string, memberCount: number } } };

export type RestSendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type RestSendMessageMutation = { sendMessage: { message: { id: string, senderId: string, senderType: SenderType, content: string, metadata: Record<string, unknown> | null, sentAt: string, editedAt: string | null, channel: { id: string } } } };

export type RestChannelMessagesQueryVariables = Exact<{
  id: string | number;
  last: number;
  sentAfter?: string | null | undefined;
  sentBefore?: string | null | undefined;
}>;


export type RestChannelMessagesQuery = { channel: { messages: { edges: Array<{ node: { id: string, senderId: string, senderType: SenderType, content: string, metadata: Record<string, unknown> | null, sentAt: string, editedAt: string | null, channel: { id: string } } }> } } | null };

export type RestDeploymentFragment = { id: string, name: string, target: string, provider: string, status: DeploymentStatus, config: Record<string, unknown>, endpoint: string | null, error: string | null, createdAt: string, updatedAt: string };

export type RestDeployAkashMutationVariables = Exact<{
  input: DeployToAkashInput;
}>;


export type RestDeployAkashMutation = { deployToAkash: { deployment: { id: string, name: string, target: string, provider: string, status: DeploymentStatus, config: Record<string, unknown>, endpoint: string | null, error: string | null, createdAt: string, updatedAt: string } } };

export type RestDeploymentQueryVariables = Exact<{
  id: string | number;
}>;


export type RestDeploymentQuery = { deployment: { id: string, name: string, target: string, provider: string, status: DeploymentStatus, config: Record<string, unknown>, endpoint: string | null, error: string | null, createdAt: string, updatedAt: string } };

export type RestRestartAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type RestRestartAgentMutation = { stopAgent: { agent: { id: string, stoppedAt: string | null } }, startAgent: { agent: { id: string, status: AgentStatus, startedAt: string | null } } };

export type RestActiveAgentsQueryVariables = Exact<{
  first: number;
  offset: number;
}>;


export type RestActiveAgentsQuery = { agents: { totalCount: number, edges: Array<{ node: { id: string, name: string, type: string, status: AgentStatus, createdAt: string, updatedAt: string, startedAt: string | null, stoppedAt: string | null, lastActive: string | null, skills: Array<string>, config: { model: string, temperature: number, maxTokens: number, topP: number, frequencyPenalty: number, presencePenalty: number }, performanceMetrics: { responseTimeMs: number | null, successRate: number | null, taskCompletionRate: number | null, errorCount: number } } }> } };

export type RestEventLogQueryVariables = Exact<{
  limit: number;
  cursor?: string | null | undefined;
  where?: EventWhere | null | undefined;
}>;


export type RestEventLogQuery = { eventLog: { cursor: string, hasMore: boolean, events: Array<{ sequence: number, type: string, subjectId: string | null, payload: Record<string, unknown>, createdAt: string }> } };

export type RestOrchestratorStatusQueryVariables = Exact<{
  dayStart: string;
  hourAgo: string;
}>;


export type RestOrchestratorStatusQuery = { models: Array<{ name: string }>, budgetStatus: { dailyBudget: string | null, todaySpend: string, remaining: string | null, utilizationPct: number, alertLevel: BudgetAlertLevel, monthlyForecast: { projectedSpend: string, budgetCeiling: string | null, deltaToBudget: string | null } }, rateLimits: Array<{ provider: string, current: number, limit: number, remaining: number, utilizationPct: number }>, today: { totals: { calls: number }, groups: Array<{ key: { model: string | null }, usage: { calls: number, inputTokens: number, outputTokens: number } }> }, lastHour: { totals: { calls: number } } };

export type RestRecommendModelQueryVariables = Exact<{
  taskType: string;
  complexity: TaskComplexity;
  priority?: Priority | null | undefined;
  estimatedTokens: number;
}>;


export type RestRecommendModelQuery = { recommendModel: { reason: string, estimatedCost: string, budgetAvailable: boolean, model: { name: string, tier: number, provider: string, vendor: string }, budget: { dailyBudget: string | null, todaySpend: string, remaining: string | null } } };

export type RestRateLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RestRateLimitsQuery = { rateLimits: Array<{ provider: string, current: number, limit: number, remaining: number, resetAt: string }>, requestRateLimits: Array<{ policy: RateLimitPolicy, scope: string, limit: number, remaining: number, used: number, windowSeconds: number, resetAt: string }> };

export type RestBillingUsageQueryVariables = Exact<{
  filter: UsageFilter;
}>;


export type RestBillingUsageQuery = { byModel: { totals: { cost: string }, groups: Array<{ key: { model: string | null }, usage: { cost: string } }> }, byDay: { groups: Array<{ key: { day: string | null }, usage: { cost: string } }> } };

export type RestIpBlockFragment = { id: string, ip: string, reason: string, automatic: boolean, createdBy: string | null, createdAt: string, expiresAt: string | null };

export type RestIpAllowlistFragment = { allowedIps: Array<string>, enforce: boolean, logViolations: boolean, source: string, updatedAt: string | null };

export type RestAuditSettingsFragment = { enabled: boolean, logLevel: string, retentionDays: number, includeRequestBody: boolean, includeResponseBody: boolean, events: Array<AuditEventName> };

export type RestIpAllowlistQueryVariables = Exact<{ [key: string]: never; }>;


export type RestIpAllowlistQuery = { ipAllowlist: { allowedIps: Array<string>, enforce: boolean, logViolations: boolean, source: string, updatedAt: string | null } };

export type RestSetIpAllowlistMutationVariables = Exact<{
  input: SetIpAllowlistInput;
}>;


export type RestSetIpAllowlistMutation = { setIpAllowlist: { allowlist: { allowedIps: Array<string>, enforce: boolean, logViolations: boolean, source: string, updatedAt: string | null } } };

export type RestBlockIpMutationVariables = Exact<{
  input: BlockIpInput;
}>;


export type RestBlockIpMutation = { blockIp: { block: { id: string, ip: string, reason: string, automatic: boolean, createdBy: string | null, createdAt: string, expiresAt: string | null } } };

export type RestIpBlocksQueryVariables = Exact<{ [key: string]: never; }>;


export type RestIpBlocksQuery = { ipBlocks: Array<{ id: string, ip: string, reason: string, automatic: boolean, createdBy: string | null, createdAt: string, expiresAt: string | null }> };

export type RestUnblockIpMutationVariables = Exact<{
  input: UnblockIpInput;
}>;


export type RestUnblockIpMutation = { unblockIp: { lifted: Array<{ id: string, ip: string, reason: string, automatic: boolean, createdBy: string | null, createdAt: string, expiresAt: string | null }> } };

export type RestConfigureAuditMutationVariables = Exact<{
  input: ConfigureAuditInput;
}>;


export type RestConfigureAuditMutation = { configureAudit: { settings: { enabled: boolean, logLevel: string, retentionDays: number, includeRequestBody: boolean, includeResponseBody: boolean, events: Array<AuditEventName> } } };

export type RestAuditEventsQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RestAuditEventsQuery = { auditSettings: { enabled: boolean, logLevel: string, retentionDays: number, includeRequestBody: boolean, includeResponseBody: boolean, events: Array<AuditEventName> }, auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { timestamp: string, event: string, severity: string, apiKeyId: string | null, ipAddress: string | null, userAgent: string | null, requestId: string | null, details: Record<string, unknown>, resource: { type: string, id: string } | null } }> } };

export type RestRevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RestRevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, name: string, status: ApiKeyStatus, revokedAt: string | null, revokeReason: string | null } } };

export type RestSessionFragment = { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } };

export type RestHeartbeatSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RestHeartbeatSessionMutation = { heartbeatSession: { session: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } } };

export type RestRenewSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RestRenewSessionMutation = { renewSession: { session: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } } };

export type RestCreateSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type RestCreateSessionMutation = { createSession: { session: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } } };

export type RestSendSessionMessageMutationVariables = Exact<{
  input: SendSessionMessageInput;
}>;


export type RestSendSessionMessageMutation = { sendSessionMessage: { response: string, contextUpdate: Record<string, unknown>, timestamp: string, message: { id: string } } };

export type RestGetSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type RestGetSessionQuery = { session: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } | null };

export type RestEndSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RestEndSessionMutation = { endSession: { session: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } } };

export type RestListSessionsQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: SessionFilter | null | undefined;
}>;


export type RestListSessionsQuery = { sessions: { totalCount: number, edges: Array<{ node: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } }> }, sessionStats: { total: number, active: number, expired: number, ended: number } };

export type RestSessionsHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type RestSessionsHealthQuery = { sessionsHealth: { status: string, activeSessions: number, expiringSoon: number, uptime: number } };

export type RestGetSessionCamelQueryVariables = Exact<{
  id: string | number;
}>;


export type RestGetSessionCamelQuery = { session: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } | null };

export type RestSystemTaskFragment = { id: string, type: SystemTaskType, status: SystemTaskStatus, parameters: Record<string, unknown>, result: Record<string, unknown> | null, error: string | null, queuedAt: string, startedAt: string | null, completedAt: string | null };

export type RestSystemStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type RestSystemStatusQuery = { systemStatus: { status: SystemHealth, timestamp: string, services: { apiGateway: ServiceState, agentOrchestrator: ServiceState, messageBroker: ServiceState, database: ServiceState, cache: ServiceState }, metrics: { activeAgents: number, activeSessions: number, requestsPerMinute: number, errorRate: number, systemLoad: number } } };

export type RestSystemConfigQueryVariables = Exact<{ [key: string]: never; }>;


export type RestSystemConfigQuery = { systemConfig: { version: string, environment: string, llmProviders: Array<string>, defaultAgentConfig: { model: string, temperature: number, maxTokens: number, topP: number, frequencyPenalty: number, presencePenalty: number } } };

export type RestTriggerSystemTaskMutationVariables = Exact<{
  input: TriggerSystemTaskInput;
}>;


export type RestTriggerSystemTaskMutation = { triggerSystemTask: { task: { id: string, type: SystemTaskType, status: SystemTaskStatus, parameters: Record<string, unknown>, result: Record<string, unknown> | null, error: string | null, queuedAt: string, startedAt: string | null, completedAt: string | null } } };

export type RestSystemTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type RestSystemTaskQuery = { systemTask: { id: string, type: SystemTaskType, status: SystemTaskStatus, parameters: Record<string, unknown>, result: Record<string, unknown> | null, error: string | null, queuedAt: string, startedAt: string | null, completedAt: string | null } | null };

export type RestSystemStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type RestSystemStatsQuery = { systemStats: { cpuTempC: number | null, loadAverage: number, memoryUsagePct: number, uptimeSeconds: number, diskFreeBytes: number | null, activeAgents: number } };

export type RestTaskFragment = { id: string, kind: TaskKind, model: string | null, team: string | null, status: TaskStatus, task: string | null, result: string | null, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, estimatedCost: string, actualCost: string, refund: string, members: Array<{ role: string | null, model: string | null, status: TaskStatus }> };

export type RestSpawnMutationVariables = Exact<{
  input: SpawnTaskInput;
}>;


export type RestSpawnMutation = { spawnTask: { task: { id: string, model: string | null, status: TaskStatus, estimatedCost: string } } };

export type RestSpawnTeamMutationVariables = Exact<{
  input: SpawnTeamInput;
}>;


export type RestSpawnTeamMutation = { spawnTeam: { task: { id: string, team: string | null, status: TaskStatus, estimatedCost: string, members: Array<{ model: string | null }> } } };

export type RestListTasksQueryVariables = Exact<{
  first: number;
  offset: number;
  after?: string | null | undefined;
  where?: TaskWhere | null | undefined;
  orderBy?: TaskOrder | null | undefined;
}>;


export type RestListTasksQuery = { tasks: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: TaskKind, model: string | null, team: string | null, status: TaskStatus, task: string | null, result: string | null, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, estimatedCost: string, actualCost: string, refund: string, members: Array<{ role: string | null, model: string | null, status: TaskStatus }> } }> }, taskStats: { totalCost: string, byModel: Array<{ model: string, count: number }> } };

export type RestActiveTasksQueryVariables = Exact<{
  today: string;
}>;


export type RestActiveTasksQuery = { tasks: { totalCount: number, edges: Array<{ node: { id: string, model: string | null, status: TaskStatus, task: string | null } }> }, today: { totalCost: string } };

export type RestGetTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type RestGetTaskQuery = { task: { id: string, kind: TaskKind, model: string | null, team: string | null, status: TaskStatus, task: string | null, result: string | null, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, estimatedCost: string, actualCost: string, refund: string, members: Array<{ role: string | null, model: string | null, status: TaskStatus }> } | null };

export type RestCancelTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type RestCancelTaskMutation = { cancelTask: { refund: string, task: { id: string, status: TaskStatus } } };

export type RestCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type RestCreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string, url: string, events: Array<WebhookEvent>, createdAt: string } } };

export type RestListWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type RestListWebhooksQuery = { webhooks: { edges: Array<{ node: { id: string, url: string, events: Array<WebhookEvent>, createdAt: string } }> } };

export type RestDeleteWebhookMutationVariables = Exact<{
  id: string | number;
}>;


export type RestDeleteWebhookMutation = { deleteWebhook: { deletedWebhookId: string } };

export type RestChannelDetailFragment = { id: string, name: string, type: ChannelType, createdAt: string, memberCount: number, members: Array<{ memberId: string, memberType: SenderType, joinedAt: string }> };

export type RestApiKeyFragment = { id: string, name: string, prefix: string, roles: Array<Role>, scopes: Array<Scope>, tier: Tier, status: ApiKeyStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null };

export type RestUserFragment = { id: string, email: string, name: string, roles: Array<Role>, tier: Tier, createdAt: string };

export type RestBudgetFragment = { day: string, dailyBudget: string | null, todaySpend: string, reserved: string, remaining: string | null, utilizationPct: number, alertLevel: BudgetAlertLevel, thresholds: { notice: number, warning: number, critical: number }, monthlyForecast: { monthToDate: string, projectedSpend: string, budgetCeiling: string | null, deltaToBudget: string | null } };

export type RestAuthFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, tokenType: string, user: { id: string, email: string, name: string, roles: Array<Role>, tier: Tier, createdAt: string } };

export type RestUpdateAgentMutationVariables = Exact<{
  input: UpdateAgentInput;
}>;


export type RestUpdateAgentMutation = { updateAgent: { agent: { id: string, name: string, type: string, status: AgentStatus, createdAt: string, updatedAt: string, startedAt: string | null, stoppedAt: string | null, lastActive: string | null, skills: Array<string>, config: { model: string, temperature: number, maxTokens: number, topP: number, frequencyPenalty: number, presencePenalty: number }, performanceMetrics: { responseTimeMs: number | null, successRate: number | null, taskCompletionRate: number | null, errorCount: number } } } };

export type RestListChannelsQueryVariables = Exact<{
  first: number;
  offset: number;
  filter?: ChannelFilter | null | undefined;
}>;


export type RestListChannelsQuery = { channels: { totalCount: number, edges: Array<{ node: { id: string, name: string, type: ChannelType, createdAt: string, memberCount: number } }> } };

export type RestGetChannelQueryVariables = Exact<{
  id: string | number;
}>;


export type RestGetChannelQuery = { channel: { id: string, name: string, type: ChannelType, createdAt: string, memberCount: number, members: Array<{ memberId: string, memberType: SenderType, joinedAt: string }> } | null };

export type RestAddChannelMemberMutationVariables = Exact<{
  input: AddChannelMemberInput;
}>;


export type RestAddChannelMemberMutation = { addChannelMember: { channel: { id: string, name: string, type: ChannelType, createdAt: string, memberCount: number, members: Array<{ memberId: string, memberType: SenderType, joinedAt: string }> } } };

export type RestRemoveChannelMemberMutationVariables = Exact<{
  channelId: string | number;
  memberId: string | number;
}>;


export type RestRemoveChannelMemberMutation = { removeChannelMember: { channel: { id: string, name: string, type: ChannelType, createdAt: string, memberCount: number, members: Array<{ memberId: string, memberType: SenderType, joinedAt: string }> } } };

export type RestEditMessageMutationVariables = Exact<{
  input: EditMessageInput;
}>;


export type RestEditMessageMutation = { editMessage: { message: { id: string, senderId: string, senderType: SenderType, content: string, metadata: Record<string, unknown> | null, sentAt: string, editedAt: string | null, channel: { id: string } } } };

export type RestListApiKeysQueryVariables = Exact<{
  first: number;
  offset: number;
}>;


export type RestListApiKeysQuery = { apiKeys: { totalCount: number, edges: Array<{ node: { id: string, name: string, prefix: string, roles: Array<Role>, scopes: Array<Scope>, tier: Tier, status: ApiKeyStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } }> } };

export type RestCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type RestCreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string, roles: Array<Role>, scopes: Array<Scope>, tier: Tier, status: ApiKeyStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } } };

export type RestV1RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RestV1RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, name: string, prefix: string, roles: Array<Role>, scopes: Array<Scope>, tier: Tier, status: ApiKeyStatus, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } } };

export type RestCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type RestCreateUserMutation = { createUser: { user: { id: string, email: string, name: string, roles: Array<Role>, tier: Tier, createdAt: string } } };

export type RestGetUserQueryVariables = Exact<{
  id: string | number;
}>;


export type RestGetUserQuery = { node:
    | { __typename: 'Agent' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Channel' }
    | { __typename: 'Message' }
    | { __typename: 'Session' }
    | { __typename: 'SessionMessage' }
    | { __typename: 'SystemTask' }
    | { __typename: 'Task' }
    | { __typename: 'User', id: string, email: string, name: string, roles: Array<Role>, tier: Tier, createdAt: string }
    | { __typename: 'Webhook' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'Workflow' }
    | { __typename: 'WorkflowRun' }
   | null };

export type RestLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type RestLoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, tokenType: string, user: { id: string, email: string, name: string, roles: Array<Role>, tier: Tier, createdAt: string } } };

export type RestRefreshMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type RestRefreshMutation = { refreshToken: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, tokenType: string, user: { id: string, email: string, name: string, roles: Array<Role>, tier: Tier, createdAt: string } } };

export type RestBudgetQueryVariables = Exact<{ [key: string]: never; }>;


export type RestBudgetQuery = { budgetStatus: { day: string, dailyBudget: string | null, todaySpend: string, reserved: string, remaining: string | null, utilizationPct: number, alertLevel: BudgetAlertLevel, thresholds: { notice: number, warning: number, critical: number }, monthlyForecast: { monthToDate: string, projectedSpend: string, budgetCeiling: string | null, deltaToBudget: string | null } } };

export type RestUpdateBudgetMutationVariables = Exact<{
  input: UpdateBudgetInput;
}>;


export type RestUpdateBudgetMutation = { updateBudget: { budget: { day: string, dailyBudget: string | null, todaySpend: string, reserved: string, remaining: string | null, utilizationPct: number, alertLevel: BudgetAlertLevel, thresholds: { notice: number, warning: number, critical: number }, monthlyForecast: { monthToDate: string, projectedSpend: string, budgetCeiling: string | null, deltaToBudget: string | null } } } };

export type RestModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type RestModelsQuery = { models: Array<{ name: string, provider: string, vendor: string, tier: number, inputPricePerMTok: string, outputPricePerMTok: string }> };

export type RestWorkflowRunFragment = { id: string, status: WorkflowRunStatus, progress: number, input: Record<string, unknown> | null, output: Record<string, unknown> | null, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, workflow: { id: string, name: string }, stepRuns: Array<{ key: string, status: StepRunStatus, output: string | null, startedAt: string | null, completedAt: string | null }>, usage: { calls: number, cost: string } };

export type RestWorkflowsStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type RestWorkflowsStatusQuery = { workflowRuns: { edges: Array<{ node: { id: string, status: WorkflowRunStatus, progress: number, startedAt: string | null, createdAt: string, workflow: { name: string } } }> } };

export type RestCsuiteMeetingMutationVariables = Exact<{
  agenda?: Array<string> | string | null | undefined;
}>;


export type RestCsuiteMeetingMutation = { conductCsuiteMeeting: { meetingId: string, participants: Array<string>, agenda: Array<string>, outcomes: Array<string>, duration: string, status: string, timestamp: string, error: string | null } };

export type RestCreateWorkflowMutationVariables = Exact<{
  input: CreateWorkflowInput;
}>;


export type RestCreateWorkflowMutation = { createWorkflow: { workflow: { id: string, name: string, description: string, createdAt: string, steps: Array<{ key: string, kind: WorkflowStepKind, agentId: string | null, model: string | null, team: string | null, prompt: string, dependsOn: Array<string> }> } } };

export type RestListWorkflowsQueryVariables = Exact<{ [key: string]: never; }>;


export type RestListWorkflowsQuery = { workflows: { totalCount: number, edges: Array<{ node: { id: string, name: string, description: string, builtin: boolean, createdAt: string, steps: Array<{ key: string, kind: WorkflowStepKind, dependsOn: Array<string> }> } }> } };

export type RestRunWorkflowMutationVariables = Exact<{
  input: RunWorkflowInput;
}>;


export type RestRunWorkflowMutation = { runWorkflow: { run: { id: string, status: WorkflowRunStatus, progress: number, input: Record<string, unknown> | null, output: Record<string, unknown> | null, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, workflow: { id: string, name: string }, stepRuns: Array<{ key: string, status: StepRunStatus, output: string | null, startedAt: string | null, completedAt: string | null }>, usage: { calls: number, cost: string } } } };

export type RestWorkflowRunQueryVariables = Exact<{
  id: string | number;
}>;


export type RestWorkflowRunQuery = { workflowRun: { id: string, status: WorkflowRunStatus, progress: number, input: Record<string, unknown> | null, output: Record<string, unknown> | null, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, workflow: { id: string, name: string }, stepRuns: Array<{ key: string, status: StepRunStatus, output: string | null, startedAt: string | null, completedAt: string | null }>, usage: { calls: number, cost: string } } | null };

export type RestCancelWorkflowRunMutationVariables = Exact<{
  id: string | number;
}>;


export type RestCancelWorkflowRunMutation = { cancelWorkflowRun: { run: { id: string, status: WorkflowRunStatus, progress: number, input: Record<string, unknown> | null, output: Record<string, unknown> | null, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, workflow: { id: string, name: string }, stepRuns: Array<{ key: string, status: StepRunStatus, output: string | null, startedAt: string | null, completedAt: string | null }>, usage: { calls: number, cost: string } } } };

export type EventLogQueryQueryVariables = Exact<{
  limit: number;
  cursor?: string | null | undefined;
}>;


export type EventLogQueryQuery = { eventLog: { cursor: string, hasMore: boolean, events: Array<{ sequence: number, type: string, subjectId: string | null }> } };

export type TasksWhereQueryVariables = Exact<{
  where?: TaskWhere | null | undefined;
  orderBy?: TaskOrder | null | undefined;
}>;


export type TasksWhereQuery = { tasks: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type CreateSigningKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateSigningKeyMutation = { createApiKey: { secret: string, signingSecret: string | null, apiKey: { id: string, allowedIps: Array<string> | null, requireSignature: boolean } } };

export type AuditTrailQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditTrailQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { timestamp: string, event: string, severity: string, apiKeyId: string | null, principalId: string | null, ipAddress: string | null, userAgent: string | null, requestId: string | null, details: Record<string, unknown>, resource: { type: string, id: string } | null } }> } };

export type BlocksListQueryVariables = Exact<{ [key: string]: never; }>;


export type BlocksListQuery = { ipBlocks: Array<{ id: string, ip: string, reason: string, automatic: boolean, expiresAt: string | null }> };

export type AgentStatusWithSessionsSubscriptionVariables = Exact<{
  agentId?: string | number | null | undefined;
}>;


export type AgentStatusWithSessionsSubscription = { agentStatusChanged: { agentId: string, status: AgentStatus, agent: { id: string, sessions: { totalCount: number } } | null } };

export type AgentFieldsFragment = { id: string, name: string, type: string, status: AgentStatus, skills: Array<string>, createdAt: string, updatedAt: string, startedAt: string | null, stoppedAt: string | null, lastActive: string | null, config: { model: string, temperature: number, maxTokens: number, topP: number, frequencyPenalty: number, presencePenalty: number }, performanceMetrics: { responseTimeMs: number | null, successRate: number | null, taskCompletionRate: number | null, errorCount: number } };

export type CreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type CreateAgentMutation = { createAgent: { agent: { id: string, name: string, type: string, status: AgentStatus, skills: Array<string>, createdAt: string, updatedAt: string, startedAt: string | null, stoppedAt: string | null, lastActive: string | null, config: { model: string, temperature: number, maxTokens: number, topP: number, frequencyPenalty: number, presencePenalty: number }, performanceMetrics: { responseTimeMs: number | null, successRate: number | null, taskCompletionRate: number | null, errorCount: number } } } };

export type UpdateAgentMutationVariables = Exact<{
  input: UpdateAgentInput;
}>;


export type UpdateAgentMutation = { updateAgent: { agent: { id: string, name: string, type: string, status: AgentStatus, skills: Array<string>, createdAt: string, updatedAt: string, startedAt: string | null, stoppedAt: string | null, lastActive: string | null, config: { model: string, temperature: number, maxTokens: number, topP: number, frequencyPenalty: number, presencePenalty: number }, performanceMetrics: { responseTimeMs: number | null, successRate: number | null, taskCompletionRate: number | null, errorCount: number } } } };

export type StartAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type StartAgentMutation = { startAgent: { agent: { id: string, status: AgentStatus, startedAt: string | null, lastActive: string | null } } };

export type StopAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type StopAgentMutation = { stopAgent: { agent: { id: string, status: AgentStatus, stoppedAt: string | null } } };

export type DeleteAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAgentMutation = { deleteAgent: { deletedAgentId: string, name: string } };

export type GetAgentQueryVariables = Exact<{
  id: string | number;
}>;


export type GetAgentQuery = { agent: { id: string, name: string, type: string, status: AgentStatus, skills: Array<string>, createdAt: string, updatedAt: string, startedAt: string | null, stoppedAt: string | null, lastActive: string | null, config: { model: string, temperature: number, maxTokens: number, topP: number, frequencyPenalty: number, presencePenalty: number }, performanceMetrics: { responseTimeMs: number | null, successRate: number | null, taskCompletionRate: number | null, errorCount: number } } | null };

export type ListAgentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: AgentFilter | null | undefined;
  orderBy?: AgentOrder | null | undefined;
  offset?: number | null | undefined;
}>;


export type ListAgentsQuery = { agents: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, type: string, status: AgentStatus, createdAt: string } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Agent', name: string, id: string }
    | { __typename: 'ApiKey', name: string, id: string }
    | { __typename: 'Channel', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'SessionMessage', id: string }
    | { __typename: 'SystemTask', id: string }
    | { __typename: 'Task', id: string }
    | { __typename: 'User', email: string, id: string }
    | { __typename: 'Webhook', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'Workflow', id: string }
    | { __typename: 'WorkflowRun', id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Agent', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Channel', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'SessionMessage', id: string }
    | { __typename: 'SystemTask', id: string }
    | { __typename: 'Task', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Webhook', id: string }
    | { __typename: 'WebhookDelivery', id: string }
    | { __typename: 'Workflow', id: string }
    | { __typename: 'WorkflowRun', id: string }
   | null> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string | null, kind: PrincipalKind, name: string, roles: Array<Role>, scopes: Array<Scope> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string, roles: Array<Role>, scopes: Array<Scope>, status: ApiKeyStatus, expiresAt: string | null, revokedAt: string | null, createdAt: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, status: ApiKeyStatus, revokedAt: string | null } } };

export type ListApiKeysQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ListApiKeysQuery = { apiKeys: { totalCount: number, edges: Array<{ node: { id: string, name: string, prefix: string, status: ApiKeyStatus, lastUsedAt: string | null } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { user: { id: string, email: string, name: string, roles: Array<Role> } } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { tokenType: string, accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, user: { id: string, email: string, roles: Array<Role> } } };

export type RefreshTokenMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshTokenMutation = { refreshToken: { accessToken: string, refreshToken: string } };

export type AgentStatusChangedSubscriptionVariables = Exact<{
  agentId?: string | number | null | undefined;
}>;


export type AgentStatusChangedSubscription = { agentStatusChanged: { agentId: string, previousStatus: AgentStatus, status: AgentStatus, changedAt: string, agent: { id: string, name: string, status: AgentStatus } | null } };

export type SessionFieldsFragment = { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } };

export type CreateSessionMutationVariables = Exact<{
  input: CreateSessionInput;
}>;


export type CreateSessionMutation = { createSession: { session: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } } };

export type GetSessionQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type GetSessionQuery = { session: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, messages: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, role: SessionMessageRole, content: string, metadata: Record<string, unknown> | null, createdAt: string } }> }, usage: { calls: number, inputTokens: number, outputTokens: number, cost: string }, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } | null };

export type SendSessionMessageMutationVariables = Exact<{
  input: SendSessionMessageInput;
}>;


export type SendSessionMessageMutation = { sendSessionMessage: { response: string, provider: string, model: string, contextUpdate: Record<string, unknown>, timestamp: string, message: { id: string, role: SessionMessageRole, content: string }, userMessage: { id: string, role: SessionMessageRole, content: string }, session: { messageCount: number, expiresAt: string, lastActivity: string, context: Record<string, unknown> | null } } };

export type HeartbeatSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type HeartbeatSessionMutation = { heartbeatSession: { session: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } } };

export type RenewSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RenewSessionMutation = { renewSession: { session: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } } };

export type EndSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type EndSessionMutation = { endSession: { session: { id: string, userId: string, status: SessionStatus, context: Record<string, unknown> | null, createdAt: string, expiresAt: string, lastActivity: string, endedAt: string | null, summary: string | null, messageCount: number, renewalCount: number, timeRemaining: number, isNearExpiration: boolean, agent: { id: string }, timeoutConfig: { timeoutMinutes: number, autoRenew: boolean, maxDurationMinutes: number, warningThresholdMinutes: number } } } };

export type ListSessionsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: SessionFilter | null | undefined;
}>;


export type ListSessionsQuery = { sessions: { totalCount: number, edges: Array<{ node: { id: string, status: SessionStatus, userId: string, messages: { totalCount: number, edges: Array<{ node: { id: string, content: string } }> }, usage: { calls: number, cost: string } } }> }, sessionStats: { total: number, active: number, expired: number, ended: number } };

export type SessionsHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsHealthQuery = { sessionsHealth: { status: string, activeSessions: number, expiringSoon: number, uptime: number } };

export type SessionUpdatedSubscriptionVariables = Exact<{
  sessionId: string | number;
}>;


export type SessionUpdatedSubscription = { sessionUpdated: { kind: SessionEventKind, sessionId: string, at: string, delta: string | null, contextUpdate: Record<string, unknown> | null, message: { id: string, role: SessionMessageRole, content: string } | null, session: { status: SessionStatus, expiresAt: string, summary: string | null, timeRemaining: number } | null } };

export type ChannelFieldsFragment = { id: string, name: string, type: ChannelType, createdBy: string, memberCount: number, members: Array<{ memberId: string, memberType: SenderType }> };

export type CreateChannelMutationVariables = Exact<{
  input: CreateChannelInput;
}>;


export type CreateChannelMutation = { createChannel: { channel: { id: string, name: string, type: ChannelType, createdBy: string, memberCount: number, members: Array<{ memberId: string, memberType: SenderType }> } } };

export type AddChannelMemberMutationVariables = Exact<{
  channelId: string | number;
  memberId: string | number;
}>;


export type AddChannelMemberMutation = { addChannelMember: { channel: { id: string, name: string, type: ChannelType, createdBy: string, memberCount: number, members: Array<{ memberId: string, memberType: SenderType }> } } };

export type RemoveChannelMemberMutationVariables = Exact<{
  channelId: string | number;
  memberId: string | number;
}>;


export type RemoveChannelMemberMutation = { removeChannelMember: { channel: { id: string, name: string, type: ChannelType, createdBy: string, memberCount: number, members: Array<{ memberId: string, memberType: SenderType }> } } };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { sendMessage: { message: { id: string, position: number, cursor: string, senderId: string, senderType: SenderType, content: string, metadata: Record<string, unknown> | null, sentAt: string, editedAt: string | null } } };

export type EditMessageMutationVariables = Exact<{
  messageId: string | number;
  content: string;
}>;


export type EditMessageMutation = { editMessage: { message: { id: string, content: string, editedAt: string | null } } };

export type GetChannelQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  sentAfter?: string | null | undefined;
  sentBefore?: string | null | undefined;
}>;


export type GetChannelQuery = { channel: { id: string, name: string, type: ChannelType, createdBy: string, memberCount: number, messages: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null, startCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, position: number, content: string, senderId: string, senderType: SenderType, replyToId: string | null, sentAt: string } }> }, members: Array<{ memberId: string, memberType: SenderType }> } | null };

export type ListChannelsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ListChannelsQuery = { channels: { totalCount: number, edges: Array<{ node: { id: string, name: string, type: ChannelType, memberCount: number, messages: { totalCount: number, edges: Array<{ node: { id: string, content: string } }> } } }> } };

export type MessageAddedSubscriptionVariables = Exact<{
  channelId: string | number;
  after?: string | null | undefined;
}>;


export type MessageAddedSubscription = { messageAdded: { channelId: string, cursor: string, message: { id: string, position: number, content: string, senderId: string, senderType: SenderType, replyToId: string | null } | null } };

export type UsageReportQueryVariables = Exact<{
  filter?: UsageFilter | null | undefined;
  groupBy?: Array<UsageDimension> | UsageDimension | null | undefined;
}>;


export type UsageReportQuery = { usage: { totals: { calls: number, inputTokens: number, outputTokens: number, cost: string }, groups: Array<{ key: { model: string | null, day: string | null, provider: string | null, agentId: string | null }, usage: { calls: number, inputTokens: number, outputTokens: number, cost: string } }> } };

export type AgentsWithUsageQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type AgentsWithUsageQuery = { agents: { edges: Array<{ node: { id: string, name: string, usage: { calls: number, cost: string } } }> } };

export type BudgetStatusQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetStatusQueryQuery = { budgetStatus: { day: string, dailyBudget: string | null, todaySpend: string, reserved: string, remaining: string | null, utilizationPct: number, alertLevel: BudgetAlertLevel, thresholds: { notice: number, warning: number, critical: number }, monthlyForecast: { monthToDate: string, projectedSpend: string, budgetCeiling: string | null, deltaToBudget: string | null } } };

export type UpdateBudgetMutationVariables = Exact<{
  input: UpdateBudgetInput;
}>;


export type UpdateBudgetMutation = { updateBudget: { budget: { dailyBudget: string | null, todaySpend: string, remaining: string | null, utilizationPct: number, alertLevel: BudgetAlertLevel, monthlyForecast: { budgetCeiling: string | null } } } };

export type BudgetAlertsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type BudgetAlertsSubscription = { budgetAlert: { previousLevel: BudgetAlertLevel, level: BudgetAlertLevel, at: string, budget: { todaySpend: string, utilizationPct: number } } };

export type RateLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitsQuery = { rateLimits: Array<{ provider: string, current: number, limit: number, remaining: number, utilizationPct: number, resetAt: string }> };

export type RecommendModelQueryVariables = Exact<{
  taskType: string;
  complexity: TaskComplexity;
  priority?: Priority | null | undefined;
  estimatedTokens: number;
}>;


export type RecommendModelQuery = { recommendModel: { reason: string, estimatedCost: string, budgetAvailable: boolean, model: { name: string, tier: number, vendor: string }, budget: { dailyBudget: string | null, todaySpend: string, remaining: string | null } } };

export type SystemStatusQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemStatusQueryQuery = { systemStatus: { status: SystemHealth, timestamp: string, services: { apiGateway: ServiceState, agentOrchestrator: ServiceState, messageBroker: ServiceState, database: ServiceState, cache: ServiceState }, metrics: { activeAgents: number, activeSessions: number, requestsPerMinute: number, errorRate: number, systemLoad: number } } };

export type SystemConfigQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemConfigQueryQuery = { systemConfig: { version: string, environment: string, llmProviders: Array<string>, defaultAgentConfig: { model: string, temperature: number, maxTokens: number } } };

export type TriggerSystemTaskMutationVariables = Exact<{
  input: TriggerSystemTaskInput;
}>;


export type TriggerSystemTaskMutation = { triggerSystemTask: { task: { id: string, type: SystemTaskType, status: SystemTaskStatus, parameters: Record<string, unknown>, queuedAt: string } } };

export type SystemTaskQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type SystemTaskQueryQuery = { systemTask: { id: string, type: SystemTaskType, status: SystemTaskStatus, result: Record<string, unknown> | null, error: string | null, queuedAt: string, startedAt: string | null, completedAt: string | null } | null };

export type SystemTaskUpdatedSubscriptionVariables = Exact<{
  taskId?: string | number | null | undefined;
}>;


export type SystemTaskUpdatedSubscription = { systemTaskUpdated: { taskId: string, status: SystemTaskStatus, task: { status: SystemTaskStatus, result: Record<string, unknown> | null } | null } };

export type ViewerIdQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerIdQuery = { viewer: { id: string | null } };

export type RequestRateLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RequestRateLimitsQuery = { requestRateLimits: Array<{ policy: RateLimitPolicy, scope: string, limit: number, remaining: number, used: number, windowSeconds: number, resetAt: string }>, rateLimits: Array<{ provider: string, limit: number }> };

export type SpawnTaskMutationVariables = Exact<{
  input: SpawnTaskInput;
}>;


export type SpawnTaskMutation = { spawnTask: { task: { id: string, kind: TaskKind, status: TaskStatus, priority: Priority, model: string | null, estimatedCost: string, agent: { id: string, name: string } | null } } };

export type SpawnTeamMutationVariables = Exact<{
  input: SpawnTeamInput;
}>;


export type SpawnTeamMutation = { spawnTeam: { task: { id: string, kind: TaskKind, status: TaskStatus, team: string | null, estimatedCost: string, members: Array<{ role: string | null, model: string | null, status: TaskStatus }> } } };

export type CancelTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelTaskMutation = { cancelTask: { refund: string, task: { id: string, status: TaskStatus, error: string | null, estimatedCost: string, actualCost: string, refund: string, completedAt: string | null } } };

export type TaskQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskQueryQuery = { task: { id: string, kind: TaskKind, status: TaskStatus, priority: Priority, task: string | null, model: string | null, result: string | null, error: string | null, attempts: number, estimatedCost: string, actualCost: string, refund: string, startedAt: string | null, completedAt: string | null, agent: { id: string, name: string, performanceMetrics: { tasksAssigned: number, tasksCompleted: number }, usage: { calls: number, cost: string } } | null, members: Array<{ role: string | null, model: string | null, status: TaskStatus, task: string | null, result: string | null, actualCost: string }>, usage: { calls: number, cost: string } } | null };

export type TasksQueryQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type TasksQueryQuery = { tasks: { totalCount: number, edges: Array<{ node: { id: string, status: TaskStatus, model: string | null } }> } };

export type TaskUpdatedSubscriptionVariables = Exact<{
  taskId?: string | number | null | undefined;
}>;


export type TaskUpdatedSubscription = { taskUpdated: { taskId: string, status: TaskStatus, task: { status: TaskStatus, result: string | null } | null } };

export type CreateWorkflowMutationVariables = Exact<{
  input: CreateWorkflowInput;
}>;


export type CreateWorkflowMutation = { createWorkflow: { workflow: { id: string, name: string, steps: Array<{ key: string, kind: WorkflowStepKind, dependsOn: Array<string> }> } } };

export type RunWorkflowMutationVariables = Exact<{
  input: RunWorkflowInput;
}>;


export type RunWorkflowMutation = { runWorkflow: { run: { id: string, status: WorkflowRunStatus, progress: number } } };

export type CancelWorkflowRunMutationVariables = Exact<{
  runId: string | number;
}>;


export type CancelWorkflowRunMutation = { cancelWorkflowRun: { run: { id: string, status: WorkflowRunStatus, error: string | null, stepRuns: Array<{ key: string, status: StepRunStatus }> } } };

export type WorkflowRunQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkflowRunQueryQuery = { workflowRun: { id: string, status: WorkflowRunStatus, progress: number, output: Record<string, unknown> | null, error: string | null, startedAt: string | null, completedAt: string | null, usage: { calls: number, cost: string }, stepRuns: Array<{ key: string, status: StepRunStatus, output: string | null, dependsOn: Array<string>, task: { id: string, task: string | null } | null }> } | null };

export type WorkflowRunUpdatedSubscriptionVariables = Exact<{
  runId?: string | number | null | undefined;
}>;


export type WorkflowRunUpdatedSubscription = { workflowRunUpdated: { runId: string, kind: WorkflowRunEventKind, stepKey: string | null, progress: number } };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string, url: string, events: Array<WebhookEvent> } } };

export type WebhookDeliveriesQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookDeliveriesQuery = { node:
    | { deliveries: { edges: Array<{ node: { id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attemptCount: number, nextAttemptAt: string | null, deliveredAt: string | null, payload: Record<string, unknown>, attempts: Array<{ statusCode: number | null, error: string | null }> } }> } }
    | Record<PropertyKey, never>
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RestAgentFragmentDoc = new TypedDocumentString(`
    fragment RestAgent on Agent {
  id
  name
  type
  status
  createdAt
  updatedAt
  startedAt
  stoppedAt
  lastActive
  skills
  config {
    model
    temperature
    maxTokens
    topP
    frequencyPenalty
    presencePenalty
  }
  performanceMetrics {
    responseTimeMs
    successRate
    taskCompletionRate
    errorCount
  }
}
    `, {"fragmentName":"RestAgent"}) as unknown as TypedDocumentString<RestAgentFragment, unknown>;
export const RestMessageFragmentDoc = new TypedDocumentString(`
    fragment RestMessage on Message {
  id
  channel {
    id
  }
  senderId
  senderType
  content
  metadata
  sentAt
  editedAt
}
    `, {"fragmentName":"RestMessage"}) as unknown as TypedDocumentString<RestMessageFragment, unknown>;
export const RestDeploymentFragmentDoc = new TypedDocumentString(`
    fragment RestDeployment on Deployment {
  id
  name
  target
  provider
  status
  config
  endpoint
  error
  createdAt
  updatedAt
}
    `, {"fragmentName":"RestDeployment"}) as unknown as TypedDocumentString<RestDeploymentFragment, unknown>;
export const RestIpBlockFragmentDoc = new TypedDocumentString(`
    fragment RestIpBlock on IpBlock {
  id
  ip
  reason
  automatic
  createdBy
  createdAt
  expiresAt
}
    `, {"fragmentName":"RestIpBlock"}) as unknown as TypedDocumentString<RestIpBlockFragment, unknown>;
export const RestIpAllowlistFragmentDoc = new TypedDocumentString(`
    fragment RestIpAllowlist on IpAllowlist {
  allowedIps
  enforce
  logViolations
  source
  updatedAt
}
    `, {"fragmentName":"RestIpAllowlist"}) as unknown as TypedDocumentString<RestIpAllowlistFragment, unknown>;
export const RestAuditSettingsFragmentDoc = new TypedDocumentString(`
    fragment RestAuditSettings on AuditSettings {
  enabled
  logLevel
  retentionDays
  includeRequestBody
  includeResponseBody
  events
}
    `, {"fragmentName":"RestAuditSettings"}) as unknown as TypedDocumentString<RestAuditSettingsFragment, unknown>;
export const RestSessionFragmentDoc = new TypedDocumentString(`
    fragment RestSession on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}
    `, {"fragmentName":"RestSession"}) as unknown as TypedDocumentString<RestSessionFragment, unknown>;
export const RestSystemTaskFragmentDoc = new TypedDocumentString(`
    fragment RestSystemTask on SystemTask {
  id
  type
  status
  parameters
  result
  error
  queuedAt
  startedAt
  completedAt
}
    `, {"fragmentName":"RestSystemTask"}) as unknown as TypedDocumentString<RestSystemTaskFragment, unknown>;
export const RestTaskFragmentDoc = new TypedDocumentString(`
    fragment RestTask on Task {
  id
  kind
  model
  team
  status
  task
  result
  error
  createdAt
  startedAt
  completedAt
  estimatedCost
  actualCost
  refund
  members {
    role
    model
    status
  }
}
    `, {"fragmentName":"RestTask"}) as unknown as TypedDocumentString<RestTaskFragment, unknown>;
export const RestChannelFragmentDoc = new TypedDocumentString(`
    fragment RestChannel on Channel {
  id
  name
  type
  createdAt
  memberCount
}
    `, {"fragmentName":"RestChannel"}) as unknown as TypedDocumentString<RestChannelFragment, unknown>;
export const RestChannelDetailFragmentDoc = new TypedDocumentString(`
    fragment RestChannelDetail on Channel {
  ...RestChannel
  members {
    memberId
    memberType
    joinedAt
  }
}
    fragment RestChannel on Channel {
  id
  name
  type
  createdAt
  memberCount
}`, {"fragmentName":"RestChannelDetail"}) as unknown as TypedDocumentString<RestChannelDetailFragment, unknown>;
export const RestApiKeyFragmentDoc = new TypedDocumentString(`
    fragment RestApiKey on ApiKey {
  id
  name
  prefix
  roles
  scopes
  tier
  status
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"RestApiKey"}) as unknown as TypedDocumentString<RestApiKeyFragment, unknown>;
export const RestBudgetFragmentDoc = new TypedDocumentString(`
    fragment RestBudget on BudgetStatus {
  day
  dailyBudget
  todaySpend
  reserved
  remaining
  utilizationPct
  alertLevel
  thresholds {
    notice
    warning
    critical
  }
  monthlyForecast {
    monthToDate
    projectedSpend
    budgetCeiling
    deltaToBudget
  }
}
    `, {"fragmentName":"RestBudget"}) as unknown as TypedDocumentString<RestBudgetFragment, unknown>;
export const RestUserFragmentDoc = new TypedDocumentString(`
    fragment RestUser on User {
  id
  email
  name
  roles
  tier
  createdAt
}
    `, {"fragmentName":"RestUser"}) as unknown as TypedDocumentString<RestUserFragment, unknown>;
export const RestAuthFragmentDoc = new TypedDocumentString(`
    fragment RestAuth on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  tokenType
  user {
    ...RestUser
  }
}
    fragment RestUser on User {
  id
  email
  name
  roles
  tier
  createdAt
}`, {"fragmentName":"RestAuth"}) as unknown as TypedDocumentString<RestAuthFragment, unknown>;
export const RestWorkflowRunFragmentDoc = new TypedDocumentString(`
    fragment RestWorkflowRun on WorkflowRun {
  id
  workflow {
    id
    name
  }
  status
  progress
  input
  output
  error
  createdAt
  startedAt
  completedAt
  stepRuns {
    key
    status
    output
    startedAt
    completedAt
  }
  usage {
    calls
    cost
  }
}
    `, {"fragmentName":"RestWorkflowRun"}) as unknown as TypedDocumentString<RestWorkflowRunFragment, unknown>;
export const AgentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgentFields on Agent {
  id
  name
  type
  status
  skills
  createdAt
  updatedAt
  startedAt
  stoppedAt
  lastActive
  config {
    model
    temperature
    maxTokens
    topP
    frequencyPenalty
    presencePenalty
  }
  performanceMetrics {
    responseTimeMs
    successRate
    taskCompletionRate
    errorCount
  }
}
    `, {"fragmentName":"AgentFields"}) as unknown as TypedDocumentString<AgentFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const ChannelFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChannelFields on Channel {
  id
  name
  type
  createdBy
  memberCount
  members {
    memberId
    memberType
  }
}
    `, {"fragmentName":"ChannelFields"}) as unknown as TypedDocumentString<ChannelFieldsFragment, unknown>;
export const RestCreateAgentDocument = new TypedDocumentString(`
    mutation RestCreateAgent($input: CreateAgentInput!) {
  createAgent(input: $input) {
    agent {
      ...RestAgent
    }
  }
}
    fragment RestAgent on Agent {
  id
  name
  type
  status
  createdAt
  updatedAt
  startedAt
  stoppedAt
  lastActive
  skills
  config {
    model
    temperature
    maxTokens
    topP
    frequencyPenalty
    presencePenalty
  }
  performanceMetrics {
    responseTimeMs
    successRate
    taskCompletionRate
    errorCount
  }
}`) as unknown as TypedDocumentString<RestCreateAgentMutation, RestCreateAgentMutationVariables>;
export const RestListAgentsDocument = new TypedDocumentString(`
    query RestListAgents($first: Int!, $offset: Int!, $filter: AgentFilter) {
  agents(first: $first, offset: $offset, filter: $filter) {
    totalCount
    edges {
      node {
        ...RestAgent
      }
    }
  }
}
    fragment RestAgent on Agent {
  id
  name
  type
  status
  createdAt
  updatedAt
  startedAt
  stoppedAt
  lastActive
  skills
  config {
    model
    temperature
    maxTokens
    topP
    frequencyPenalty
    presencePenalty
  }
  performanceMetrics {
    responseTimeMs
    successRate
    taskCompletionRate
    errorCount
  }
}`) as unknown as TypedDocumentString<RestListAgentsQuery, RestListAgentsQueryVariables>;
export const RestGetAgentDocument = new TypedDocumentString(`
    query RestGetAgent($id: ID!) {
  agent(id: $id) {
    ...RestAgent
  }
}
    fragment RestAgent on Agent {
  id
  name
  type
  status
  createdAt
  updatedAt
  startedAt
  stoppedAt
  lastActive
  skills
  config {
    model
    temperature
    maxTokens
    topP
    frequencyPenalty
    presencePenalty
  }
  performanceMetrics {
    responseTimeMs
    successRate
    taskCompletionRate
    errorCount
  }
}`) as unknown as TypedDocumentString<RestGetAgentQuery, RestGetAgentQueryVariables>;
export const RestStartAgentDocument = new TypedDocumentString(`
    mutation RestStartAgent($id: ID!) {
  startAgent(input: {id: $id}) {
    agent {
      id
      status
      startedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RestStartAgentMutation, RestStartAgentMutationVariables>;
export const RestStopAgentDocument = new TypedDocumentString(`
    mutation RestStopAgent($id: ID!) {
  stopAgent(input: {id: $id}) {
    agent {
      id
      status
      stoppedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RestStopAgentMutation, RestStopAgentMutationVariables>;
export const RestDeleteAgentDocument = new TypedDocumentString(`
    mutation RestDeleteAgent($id: ID!) {
  deleteAgent(input: {id: $id}) {
    deletedAgentId
  }
}
    `) as unknown as TypedDocumentString<RestDeleteAgentMutation, RestDeleteAgentMutationVariables>;
export const RestSpawnBatchDocument = new TypedDocumentString(`
    mutation RestSpawnBatch($input: SpawnTasksInput!) {
  spawnTasks(input: $input) {
    spawned
    failed
    results {
      index
      task {
        id
        model
        team
        status
        estimatedCost
      }
      error {
        code
        message
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RestSpawnBatchMutation, RestSpawnBatchMutationVariables>;
export const RestTeamsDocument = new TypedDocumentString(`
    query RestTeams {
  teams {
    id
    members {
      role
      model
    }
  }
}
    `) as unknown as TypedDocumentString<RestTeamsQuery, RestTeamsQueryVariables>;
export const RestTeamDocument = new TypedDocumentString(`
    query RestTeam($id: String!) {
  team(id: $id) {
    id
    members {
      role
      model
    }
  }
}
    `) as unknown as TypedDocumentString<RestTeamQuery, RestTeamQueryVariables>;
export const RestCreateChannelDocument = new TypedDocumentString(`
    mutation RestCreateChannel($input: CreateChannelInput!) {
  createChannel(input: $input) {
    channel {
      ...RestChannel
    }
  }
}
    fragment RestChannel on Channel {
  id
  name
  type
  createdAt
  memberCount
}`) as unknown as TypedDocumentString<RestCreateChannelMutation, RestCreateChannelMutationVariables>;
export const RestSendMessageDocument = new TypedDocumentString(`
    mutation RestSendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    message {
      ...RestMessage
    }
  }
}
    fragment RestMessage on Message {
  id
  channel {
    id
  }
  senderId
  senderType
  content
  metadata
  sentAt
  editedAt
}`) as unknown as TypedDocumentString<RestSendMessageMutation, RestSendMessageMutationVariables>;
export const RestChannelMessagesDocument = new TypedDocumentString(`
    query RestChannelMessages($id: ID!, $last: Int!, $sentAfter: DateTime, $sentBefore: DateTime) {
  channel(id: $id) {
    messages(last: $last, sentAfter: $sentAfter, sentBefore: $sentBefore) {
      edges {
        node {
          ...RestMessage
        }
      }
    }
  }
}
    fragment RestMessage on Message {
  id
  channel {
    id
  }
  senderId
  senderType
  content
  metadata
  sentAt
  editedAt
}`) as unknown as TypedDocumentString<RestChannelMessagesQuery, RestChannelMessagesQueryVariables>;
export const RestDeployAkashDocument = new TypedDocumentString(`
    mutation RestDeployAkash($input: DeployToAkashInput!) {
  deployToAkash(input: $input) {
    deployment {
      ...RestDeployment
    }
  }
}
    fragment RestDeployment on Deployment {
  id
  name
  target
  provider
  status
  config
  endpoint
  error
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RestDeployAkashMutation, RestDeployAkashMutationVariables>;
export const RestDeploymentDocument = new TypedDocumentString(`
    query RestDeployment($id: ID!) {
  deployment(id: $id) {
    ...RestDeployment
  }
}
    fragment RestDeployment on Deployment {
  id
  name
  target
  provider
  status
  config
  endpoint
  error
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<RestDeploymentQuery, RestDeploymentQueryVariables>;
export const RestRestartAgentDocument = new TypedDocumentString(`
    mutation RestRestartAgent($id: ID!) {
  stopAgent(input: {id: $id}) {
    agent {
      id
      stoppedAt
    }
  }
  startAgent(input: {id: $id}) {
    agent {
      id
      status
      startedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RestRestartAgentMutation, RestRestartAgentMutationVariables>;
export const RestActiveAgentsDocument = new TypedDocumentString(`
    query RestActiveAgents($first: Int!, $offset: Int!) {
  agents(first: $first, offset: $offset, filter: {status: [RUNNING]}) {
    totalCount
    edges {
      node {
        ...RestAgent
      }
    }
  }
}
    fragment RestAgent on Agent {
  id
  name
  type
  status
  createdAt
  updatedAt
  startedAt
  stoppedAt
  lastActive
  skills
  config {
    model
    temperature
    maxTokens
    topP
    frequencyPenalty
    presencePenalty
  }
  performanceMetrics {
    responseTimeMs
    successRate
    taskCompletionRate
    errorCount
  }
}`) as unknown as TypedDocumentString<RestActiveAgentsQuery, RestActiveAgentsQueryVariables>;
export const RestEventLogDocument = new TypedDocumentString(`
    query RestEventLog($limit: Int!, $cursor: String, $where: EventWhere) {
  eventLog(limit: $limit, cursor: $cursor, where: $where) {
    cursor
    hasMore
    events {
      sequence
      type
      subjectId
      payload
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<RestEventLogQuery, RestEventLogQueryVariables>;
export const RestOrchestratorStatusDocument = new TypedDocumentString(`
    query RestOrchestratorStatus($dayStart: DateTime!, $hourAgo: DateTime!) {
  models {
    name
  }
  budgetStatus {
    dailyBudget
    todaySpend
    remaining
    utilizationPct
    alertLevel
    monthlyForecast {
      projectedSpend
      budgetCeiling
      deltaToBudget
    }
  }
  rateLimits {
    provider
    current
    limit
    remaining
    utilizationPct
  }
  today: usage(filter: {from: $dayStart}, groupBy: [MODEL]) {
    totals {
      calls
    }
    groups {
      key {
        model
      }
      usage {
        calls
        inputTokens
        outputTokens
      }
    }
  }
  lastHour: usage(filter: {from: $hourAgo}) {
    totals {
      calls
    }
  }
}
    `) as unknown as TypedDocumentString<RestOrchestratorStatusQuery, RestOrchestratorStatusQueryVariables>;
export const RestRecommendModelDocument = new TypedDocumentString(`
    query RestRecommendModel($taskType: String!, $complexity: TaskComplexity!, $priority: Priority, $estimatedTokens: Int!) {
  recommendModel(
    taskType: $taskType
    complexity: $complexity
    priority: $priority
    estimatedTokens: $estimatedTokens
  ) {
    model {
      name
      tier
      provider
      vendor
    }
    reason
    estimatedCost
    budgetAvailable
    budget {
      dailyBudget
      todaySpend
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<RestRecommendModelQuery, RestRecommendModelQueryVariables>;
export const RestRateLimitsDocument = new TypedDocumentString(`
    query RestRateLimits {
  rateLimits {
    provider
    current
    limit
    remaining
    resetAt
  }
  requestRateLimits {
    policy
    scope
    limit
    remaining
    used
    windowSeconds
    resetAt
  }
}
    `) as unknown as TypedDocumentString<RestRateLimitsQuery, RestRateLimitsQueryVariables>;
export const RestBillingUsageDocument = new TypedDocumentString(`
    query RestBillingUsage($filter: UsageFilter!) {
  byModel: usage(filter: $filter, groupBy: [MODEL]) {
    totals {
      cost
    }
    groups {
      key {
        model
      }
      usage {
        cost
      }
    }
  }
  byDay: usage(filter: $filter, groupBy: [DAY]) {
    groups {
      key {
        day
      }
      usage {
        cost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RestBillingUsageQuery, RestBillingUsageQueryVariables>;
export const RestIpAllowlistDocument = new TypedDocumentString(`
    query RestIpAllowlist {
  ipAllowlist {
    ...RestIpAllowlist
  }
}
    fragment RestIpAllowlist on IpAllowlist {
  allowedIps
  enforce
  logViolations
  source
  updatedAt
}`) as unknown as TypedDocumentString<RestIpAllowlistQuery, RestIpAllowlistQueryVariables>;
export const RestSetIpAllowlistDocument = new TypedDocumentString(`
    mutation RestSetIpAllowlist($input: SetIpAllowlistInput!) {
  setIpAllowlist(input: $input) {
    allowlist {
      ...RestIpAllowlist
    }
  }
}
    fragment RestIpAllowlist on IpAllowlist {
  allowedIps
  enforce
  logViolations
  source
  updatedAt
}`) as unknown as TypedDocumentString<RestSetIpAllowlistMutation, RestSetIpAllowlistMutationVariables>;
export const RestBlockIpDocument = new TypedDocumentString(`
    mutation RestBlockIp($input: BlockIpInput!) {
  blockIp(input: $input) {
    block {
      ...RestIpBlock
    }
  }
}
    fragment RestIpBlock on IpBlock {
  id
  ip
  reason
  automatic
  createdBy
  createdAt
  expiresAt
}`) as unknown as TypedDocumentString<RestBlockIpMutation, RestBlockIpMutationVariables>;
export const RestIpBlocksDocument = new TypedDocumentString(`
    query RestIpBlocks {
  ipBlocks {
    ...RestIpBlock
  }
}
    fragment RestIpBlock on IpBlock {
  id
  ip
  reason
  automatic
  createdBy
  createdAt
  expiresAt
}`) as unknown as TypedDocumentString<RestIpBlocksQuery, RestIpBlocksQueryVariables>;
export const RestUnblockIpDocument = new TypedDocumentString(`
    mutation RestUnblockIp($input: UnblockIpInput!) {
  unblockIp(input: $input) {
    lifted {
      ...RestIpBlock
    }
  }
}
    fragment RestIpBlock on IpBlock {
  id
  ip
  reason
  automatic
  createdBy
  createdAt
  expiresAt
}`) as unknown as TypedDocumentString<RestUnblockIpMutation, RestUnblockIpMutationVariables>;
export const RestConfigureAuditDocument = new TypedDocumentString(`
    mutation RestConfigureAudit($input: ConfigureAuditInput!) {
  configureAudit(input: $input) {
    settings {
      ...RestAuditSettings
    }
  }
}
    fragment RestAuditSettings on AuditSettings {
  enabled
  logLevel
  retentionDays
  includeRequestBody
  includeResponseBody
  events
}`) as unknown as TypedDocumentString<RestConfigureAuditMutation, RestConfigureAuditMutationVariables>;
export const RestAuditEventsDocument = new TypedDocumentString(`
    query RestAuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
  auditSettings {
    ...RestAuditSettings
  }
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        timestamp
        event
        severity
        apiKeyId
        ipAddress
        userAgent
        requestId
        resource {
          type
          id
        }
        details
      }
    }
  }
}
    fragment RestAuditSettings on AuditSettings {
  enabled
  logLevel
  retentionDays
  includeRequestBody
  includeResponseBody
  events
}`) as unknown as TypedDocumentString<RestAuditEventsQuery, RestAuditEventsQueryVariables>;
export const RestRevokeApiKeyDocument = new TypedDocumentString(`
    mutation RestRevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      id
      name
      status
      revokedAt
      revokeReason
    }
  }
}
    `) as unknown as TypedDocumentString<RestRevokeApiKeyMutation, RestRevokeApiKeyMutationVariables>;
export const RestHeartbeatSessionDocument = new TypedDocumentString(`
    mutation RestHeartbeatSession($id: ID!) {
  heartbeatSession(input: {sessionId: $id}) {
    session {
      ...RestSession
    }
  }
}
    fragment RestSession on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<RestHeartbeatSessionMutation, RestHeartbeatSessionMutationVariables>;
export const RestRenewSessionDocument = new TypedDocumentString(`
    mutation RestRenewSession($id: ID!) {
  renewSession(input: {sessionId: $id}) {
    session {
      ...RestSession
    }
  }
}
    fragment RestSession on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<RestRenewSessionMutation, RestRenewSessionMutationVariables>;
export const RestCreateSessionDocument = new TypedDocumentString(`
    mutation RestCreateSession($input: CreateSessionInput!) {
  createSession(input: $input) {
    session {
      ...RestSession
    }
  }
}
    fragment RestSession on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<RestCreateSessionMutation, RestCreateSessionMutationVariables>;
export const RestSendSessionMessageDocument = new TypedDocumentString(`
    mutation RestSendSessionMessage($input: SendSessionMessageInput!) {
  sendSessionMessage(input: $input) {
    response
    contextUpdate
    timestamp
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RestSendSessionMessageMutation, RestSendSessionMessageMutationVariables>;
export const RestGetSessionDocument = new TypedDocumentString(`
    query RestGetSession($id: ID!) {
  session(id: $id) {
    ...RestSession
  }
}
    fragment RestSession on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<RestGetSessionQuery, RestGetSessionQueryVariables>;
export const RestEndSessionDocument = new TypedDocumentString(`
    mutation RestEndSession($id: ID!) {
  endSession(input: {sessionId: $id}) {
    session {
      ...RestSession
    }
  }
}
    fragment RestSession on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<RestEndSessionMutation, RestEndSessionMutationVariables>;
export const RestListSessionsDocument = new TypedDocumentString(`
    query RestListSessions($first: Int!, $offset: Int!, $filter: SessionFilter) {
  sessions(first: $first, offset: $offset, filter: $filter) {
    totalCount
    edges {
      node {
        ...RestSession
      }
    }
  }
  sessionStats(filter: $filter) {
    total
    active
    expired
    ended
  }
}
    fragment RestSession on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<RestListSessionsQuery, RestListSessionsQueryVariables>;
export const RestSessionsHealthDocument = new TypedDocumentString(`
    query RestSessionsHealth {
  sessionsHealth {
    status
    activeSessions
    expiringSoon
    uptime
  }
}
    `) as unknown as TypedDocumentString<RestSessionsHealthQuery, RestSessionsHealthQueryVariables>;
export const RestGetSessionCamelDocument = new TypedDocumentString(`
    query RestGetSessionCamel($id: ID!) {
  session(id: $id) {
    ...RestSession
  }
}
    fragment RestSession on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<RestGetSessionCamelQuery, RestGetSessionCamelQueryVariables>;
export const RestSystemStatusDocument = new TypedDocumentString(`
    query RestSystemStatus {
  systemStatus {
    status
    timestamp
    services {
      apiGateway
      agentOrchestrator
      messageBroker
      database
      cache
    }
    metrics {
      activeAgents
      activeSessions
      requestsPerMinute
      errorRate
      systemLoad
    }
  }
}
    `) as unknown as TypedDocumentString<RestSystemStatusQuery, RestSystemStatusQueryVariables>;
export const RestSystemConfigDocument = new TypedDocumentString(`
    query RestSystemConfig {
  systemConfig {
    version
    environment
    llmProviders
    defaultAgentConfig {
      model
      temperature
      maxTokens
      topP
      frequencyPenalty
      presencePenalty
    }
  }
}
    `) as unknown as TypedDocumentString<RestSystemConfigQuery, RestSystemConfigQueryVariables>;
export const RestTriggerSystemTaskDocument = new TypedDocumentString(`
    mutation RestTriggerSystemTask($input: TriggerSystemTaskInput!) {
  triggerSystemTask(input: $input) {
    task {
      ...RestSystemTask
    }
  }
}
    fragment RestSystemTask on SystemTask {
  id
  type
  status
  parameters
  result
  error
  queuedAt
  startedAt
  completedAt
}`) as unknown as TypedDocumentString<RestTriggerSystemTaskMutation, RestTriggerSystemTaskMutationVariables>;
export const RestSystemTaskDocument = new TypedDocumentString(`
    query RestSystemTask($id: ID!) {
  systemTask(id: $id) {
    ...RestSystemTask
  }
}
    fragment RestSystemTask on SystemTask {
  id
  type
  status
  parameters
  result
  error
  queuedAt
  startedAt
  completedAt
}`) as unknown as TypedDocumentString<RestSystemTaskQuery, RestSystemTaskQueryVariables>;
export const RestSystemStatsDocument = new TypedDocumentString(`
    query RestSystemStats {
  systemStats {
    cpuTempC
    loadAverage
    memoryUsagePct
    uptimeSeconds
    diskFreeBytes
    activeAgents
  }
}
    `) as unknown as TypedDocumentString<RestSystemStatsQuery, RestSystemStatsQueryVariables>;
export const RestSpawnDocument = new TypedDocumentString(`
    mutation RestSpawn($input: SpawnTaskInput!) {
  spawnTask(input: $input) {
    task {
      id
      model
      status
      estimatedCost
    }
  }
}
    `) as unknown as TypedDocumentString<RestSpawnMutation, RestSpawnMutationVariables>;
export const RestSpawnTeamDocument = new TypedDocumentString(`
    mutation RestSpawnTeam($input: SpawnTeamInput!) {
  spawnTeam(input: $input) {
    task {
      id
      team
      status
      estimatedCost
      members {
        model
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RestSpawnTeamMutation, RestSpawnTeamMutationVariables>;
export const RestListTasksDocument = new TypedDocumentString(`
    query RestListTasks($first: Int!, $offset: Int!, $after: String, $where: TaskWhere, $orderBy: TaskOrder) {
  tasks(
    first: $first
    offset: $offset
    after: $after
    where: $where
    orderBy: $orderBy
  ) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...RestTask
      }
    }
  }
  taskStats(where: $where) {
    totalCost
    byModel {
      model
      count
    }
  }
}
    fragment RestTask on Task {
  id
  kind
  model
  team
  status
  task
  result
  error
  createdAt
  startedAt
  completedAt
  estimatedCost
  actualCost
  refund
  members {
    role
    model
    status
  }
}`) as unknown as TypedDocumentString<RestListTasksQuery, RestListTasksQueryVariables>;
export const RestActiveTasksDocument = new TypedDocumentString(`
    query RestActiveTasks($today: DateTime!) {
  tasks(first: 100, filter: {status: [RUNNING]}) {
    totalCount
    edges {
      node {
        id
        model
        status
        task
      }
    }
  }
  today: taskStats(filter: {createdAfter: $today}) {
    totalCost
  }
}
    `) as unknown as TypedDocumentString<RestActiveTasksQuery, RestActiveTasksQueryVariables>;
export const RestGetTaskDocument = new TypedDocumentString(`
    query RestGetTask($id: ID!) {
  task(id: $id) {
    ...RestTask
  }
}
    fragment RestTask on Task {
  id
  kind
  model
  team
  status
  task
  result
  error
  createdAt
  startedAt
  completedAt
  estimatedCost
  actualCost
  refund
  members {
    role
    model
    status
  }
}`) as unknown as TypedDocumentString<RestGetTaskQuery, RestGetTaskQueryVariables>;
export const RestCancelTaskDocument = new TypedDocumentString(`
    mutation RestCancelTask($id: ID!) {
  cancelTask(input: {id: $id}) {
    refund
    task {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RestCancelTaskMutation, RestCancelTaskMutationVariables>;
export const RestCreateWebhookDocument = new TypedDocumentString(`
    mutation RestCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      id
      url
      events
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<RestCreateWebhookMutation, RestCreateWebhookMutationVariables>;
export const RestListWebhooksDocument = new TypedDocumentString(`
    query RestListWebhooks {
  webhooks(first: 100) {
    edges {
      node {
        id
        url
        events
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RestListWebhooksQuery, RestListWebhooksQueryVariables>;
export const RestDeleteWebhookDocument = new TypedDocumentString(`
    mutation RestDeleteWebhook($id: ID!) {
  deleteWebhook(input: {id: $id}) {
    deletedWebhookId
  }
}
    `) as unknown as TypedDocumentString<RestDeleteWebhookMutation, RestDeleteWebhookMutationVariables>;
export const RestUpdateAgentDocument = new TypedDocumentString(`
    mutation RestUpdateAgent($input: UpdateAgentInput!) {
  updateAgent(input: $input) {
    agent {
      ...RestAgent
    }
  }
}
    fragment RestAgent on Agent {
  id
  name
  type
  status
  createdAt
  updatedAt
  startedAt
  stoppedAt
  lastActive
  skills
  config {
    model
    temperature
    maxTokens
    topP
    frequencyPenalty
    presencePenalty
  }
  performanceMetrics {
    responseTimeMs
    successRate
    taskCompletionRate
    errorCount
  }
}`) as unknown as TypedDocumentString<RestUpdateAgentMutation, RestUpdateAgentMutationVariables>;
export const RestListChannelsDocument = new TypedDocumentString(`
    query RestListChannels($first: Int!, $offset: Int!, $filter: ChannelFilter) {
  channels(first: $first, offset: $offset, filter: $filter) {
    totalCount
    edges {
      node {
        ...RestChannel
      }
    }
  }
}
    fragment RestChannel on Channel {
  id
  name
  type
  createdAt
  memberCount
}`) as unknown as TypedDocumentString<RestListChannelsQuery, RestListChannelsQueryVariables>;
export const RestGetChannelDocument = new TypedDocumentString(`
    query RestGetChannel($id: ID!) {
  channel(id: $id) {
    ...RestChannelDetail
  }
}
    fragment RestChannel on Channel {
  id
  name
  type
  createdAt
  memberCount
}
fragment RestChannelDetail on Channel {
  ...RestChannel
  members {
    memberId
    memberType
    joinedAt
  }
}`) as unknown as TypedDocumentString<RestGetChannelQuery, RestGetChannelQueryVariables>;
export const RestAddChannelMemberDocument = new TypedDocumentString(`
    mutation RestAddChannelMember($input: AddChannelMemberInput!) {
  addChannelMember(input: $input) {
    channel {
      ...RestChannelDetail
    }
  }
}
    fragment RestChannel on Channel {
  id
  name
  type
  createdAt
  memberCount
}
fragment RestChannelDetail on Channel {
  ...RestChannel
  members {
    memberId
    memberType
    joinedAt
  }
}`) as unknown as TypedDocumentString<RestAddChannelMemberMutation, RestAddChannelMemberMutationVariables>;
export const RestRemoveChannelMemberDocument = new TypedDocumentString(`
    mutation RestRemoveChannelMember($channelId: ID!, $memberId: ID!) {
  removeChannelMember(input: {channelId: $channelId, memberId: $memberId}) {
    channel {
      ...RestChannelDetail
    }
  }
}
    fragment RestChannel on Channel {
  id
  name
  type
  createdAt
  memberCount
}
fragment RestChannelDetail on Channel {
  ...RestChannel
  members {
    memberId
    memberType
    joinedAt
  }
}`) as unknown as TypedDocumentString<RestRemoveChannelMemberMutation, RestRemoveChannelMemberMutationVariables>;
export const RestEditMessageDocument = new TypedDocumentString(`
    mutation RestEditMessage($input: EditMessageInput!) {
  editMessage(input: $input) {
    message {
      ...RestMessage
    }
  }
}
    fragment RestMessage on Message {
  id
  channel {
    id
  }
  senderId
  senderType
  content
  metadata
  sentAt
  editedAt
}`) as unknown as TypedDocumentString<RestEditMessageMutation, RestEditMessageMutationVariables>;
export const RestListApiKeysDocument = new TypedDocumentString(`
    query RestListApiKeys($first: Int!, $offset: Int!) {
  apiKeys(first: $first, offset: $offset) {
    totalCount
    edges {
      node {
        ...RestApiKey
      }
    }
  }
}
    fragment RestApiKey on ApiKey {
  id
  name
  prefix
  roles
  scopes
  tier
  status
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RestListApiKeysQuery, RestListApiKeysQueryVariables>;
export const RestCreateApiKeyDocument = new TypedDocumentString(`
    mutation RestCreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      ...RestApiKey
    }
  }
}
    fragment RestApiKey on ApiKey {
  id
  name
  prefix
  roles
  scopes
  tier
  status
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RestCreateApiKeyMutation, RestCreateApiKeyMutationVariables>;
export const RestV1RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RestV1RevokeApiKey($id: ID!) {
  revokeApiKey(input: {id: $id}) {
    apiKey {
      ...RestApiKey
    }
  }
}
    fragment RestApiKey on ApiKey {
  id
  name
  prefix
  roles
  scopes
  tier
  status
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RestV1RevokeApiKeyMutation, RestV1RevokeApiKeyMutationVariables>;
export const RestCreateUserDocument = new TypedDocumentString(`
    mutation RestCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      ...RestUser
    }
  }
}
    fragment RestUser on User {
  id
  email
  name
  roles
  tier
  createdAt
}`) as unknown as TypedDocumentString<RestCreateUserMutation, RestCreateUserMutationVariables>;
export const RestGetUserDocument = new TypedDocumentString(`
    query RestGetUser($id: ID!) {
  node(id: $id) {
    __typename
    ... on User {
      ...RestUser
    }
  }
}
    fragment RestUser on User {
  id
  email
  name
  roles
  tier
  createdAt
}`) as unknown as TypedDocumentString<RestGetUserQuery, RestGetUserQueryVariables>;
export const RestLoginDocument = new TypedDocumentString(`
    mutation RestLogin($input: LoginInput!) {
  login(input: $input) {
    ...RestAuth
  }
}
    fragment RestUser on User {
  id
  email
  name
  roles
  tier
  createdAt
}
fragment RestAuth on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  tokenType
  user {
    ...RestUser
  }
}`) as unknown as TypedDocumentString<RestLoginMutation, RestLoginMutationVariables>;
export const RestRefreshDocument = new TypedDocumentString(`
    mutation RestRefresh($input: RefreshTokenInput!) {
  refreshToken(input: $input) {
    ...RestAuth
  }
}
    fragment RestUser on User {
  id
  email
  name
  roles
  tier
  createdAt
}
fragment RestAuth on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  tokenType
  user {
    ...RestUser
  }
}`) as unknown as TypedDocumentString<RestRefreshMutation, RestRefreshMutationVariables>;
export const RestBudgetDocument = new TypedDocumentString(`
    query RestBudget {
  budgetStatus {
    ...RestBudget
  }
}
    fragment RestBudget on BudgetStatus {
  day
  dailyBudget
  todaySpend
  reserved
  remaining
  utilizationPct
  alertLevel
  thresholds {
    notice
    warning
    critical
  }
  monthlyForecast {
    monthToDate
    projectedSpend
    budgetCeiling
    deltaToBudget
  }
}`) as unknown as TypedDocumentString<RestBudgetQuery, RestBudgetQueryVariables>;
export const RestUpdateBudgetDocument = new TypedDocumentString(`
    mutation RestUpdateBudget($input: UpdateBudgetInput!) {
  updateBudget(input: $input) {
    budget {
      ...RestBudget
    }
  }
}
    fragment RestBudget on BudgetStatus {
  day
  dailyBudget
  todaySpend
  reserved
  remaining
  utilizationPct
  alertLevel
  thresholds {
    notice
    warning
    critical
  }
  monthlyForecast {
    monthToDate
    projectedSpend
    budgetCeiling
    deltaToBudget
  }
}`) as unknown as TypedDocumentString<RestUpdateBudgetMutation, RestUpdateBudgetMutationVariables>;
export const RestModelsDocument = new TypedDocumentString(`
    query RestModels {
  models {
    name
    provider
    vendor
    tier
    inputPricePerMTok
    outputPricePerMTok
  }
}
    `) as unknown as TypedDocumentString<RestModelsQuery, RestModelsQueryVariables>;
export const RestWorkflowsStatusDocument = new TypedDocumentString(`
    query RestWorkflowsStatus {
  workflowRuns(first: 100, filter: {status: [QUEUED, RUNNING]}) {
    edges {
      node {
        id
        workflow {
          name
        }
        status
        progress
        startedAt
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RestWorkflowsStatusQuery, RestWorkflowsStatusQueryVariables>;
export const RestCsuiteMeetingDocument = new TypedDocumentString(`
    mutation RestCsuiteMeeting($agenda: [String!]) {
  conductCsuiteMeeting(input: {agenda: $agenda}) {
    meetingId
    participants
    agenda
    outcomes
    duration
    status
    timestamp
    error
  }
}
    `) as unknown as TypedDocumentString<RestCsuiteMeetingMutation, RestCsuiteMeetingMutationVariables>;
export const RestCreateWorkflowDocument = new TypedDocumentString(`
    mutation RestCreateWorkflow($input: CreateWorkflowInput!) {
  createWorkflow(input: $input) {
    workflow {
      id
      name
      description
      createdAt
      steps {
        key
        kind
        agentId
        model
        team
        prompt
        dependsOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RestCreateWorkflowMutation, RestCreateWorkflowMutationVariables>;
export const RestListWorkflowsDocument = new TypedDocumentString(`
    query RestListWorkflows {
  workflows(first: 100) {
    totalCount
    edges {
      node {
        id
        name
        description
        builtin
        createdAt
        steps {
          key
          kind
          dependsOn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RestListWorkflowsQuery, RestListWorkflowsQueryVariables>;
export const RestRunWorkflowDocument = new TypedDocumentString(`
    mutation RestRunWorkflow($input: RunWorkflowInput!) {
  runWorkflow(input: $input) {
    run {
      ...RestWorkflowRun
    }
  }
}
    fragment RestWorkflowRun on WorkflowRun {
  id
  workflow {
    id
    name
  }
  status
  progress
  input
  output
  error
  createdAt
  startedAt
  completedAt
  stepRuns {
    key
    status
    output
    startedAt
    completedAt
  }
  usage {
    calls
    cost
  }
}`) as unknown as TypedDocumentString<RestRunWorkflowMutation, RestRunWorkflowMutationVariables>;
export const RestWorkflowRunDocument = new TypedDocumentString(`
    query RestWorkflowRun($id: ID!) {
  workflowRun(id: $id) {
    ...RestWorkflowRun
  }
}
    fragment RestWorkflowRun on WorkflowRun {
  id
  workflow {
    id
    name
  }
  status
  progress
  input
  output
  error
  createdAt
  startedAt
  completedAt
  stepRuns {
    key
    status
    output
    startedAt
    completedAt
  }
  usage {
    calls
    cost
  }
}`) as unknown as TypedDocumentString<RestWorkflowRunQuery, RestWorkflowRunQueryVariables>;
export const RestCancelWorkflowRunDocument = new TypedDocumentString(`
    mutation RestCancelWorkflowRun($id: ID!) {
  cancelWorkflowRun(input: {runId: $id}) {
    run {
      ...RestWorkflowRun
    }
  }
}
    fragment RestWorkflowRun on WorkflowRun {
  id
  workflow {
    id
    name
  }
  status
  progress
  input
  output
  error
  createdAt
  startedAt
  completedAt
  stepRuns {
    key
    status
    output
    startedAt
    completedAt
  }
  usage {
    calls
    cost
  }
}`) as unknown as TypedDocumentString<RestCancelWorkflowRunMutation, RestCancelWorkflowRunMutationVariables>;
export const EventLogQueryDocument = new TypedDocumentString(`
    query EventLogQuery($limit: Int!, $cursor: String) {
  eventLog(limit: $limit, cursor: $cursor) {
    cursor
    hasMore
    events {
      sequence
      type
      subjectId
    }
  }
}
    `) as unknown as TypedDocumentString<EventLogQueryQuery, EventLogQueryQueryVariables>;
export const TasksWhereDocument = new TypedDocumentString(`
    query TasksWhere($where: TaskWhere, $orderBy: TaskOrder) {
  tasks(first: 100, where: $where, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TasksWhereQuery, TasksWhereQueryVariables>;
export const CreateSigningKeyDocument = new TypedDocumentString(`
    mutation CreateSigningKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    signingSecret
    apiKey {
      id
      allowedIps
      requireSignature
    }
  }
}
    `) as unknown as TypedDocumentString<CreateSigningKeyMutation, CreateSigningKeyMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($filter: AuditEventFilter, $first: Int) {
  auditEvents(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        timestamp
        event
        severity
        apiKeyId
        principalId
        ipAddress
        userAgent
        requestId
        resource {
          type
          id
        }
        details
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const BlocksListDocument = new TypedDocumentString(`
    query BlocksList {
  ipBlocks {
    id
    ip
    reason
    automatic
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<BlocksListQuery, BlocksListQueryVariables>;
export const AgentStatusWithSessionsDocument = new TypedDocumentString(`
    subscription AgentStatusWithSessions($agentId: ID) {
  agentStatusChanged(agentId: $agentId) {
    agentId
    status
    agent {
      id
      sessions(first: 10) {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgentStatusWithSessionsSubscription, AgentStatusWithSessionsSubscriptionVariables>;
export const CreateAgentDocument = new TypedDocumentString(`
    mutation CreateAgent($input: CreateAgentInput!) {
  createAgent(input: $input) {
    agent {
      ...AgentFields
    }
  }
}
    fragment AgentFields on Agent {
  id
  name
  type
  status
  skills
  createdAt
  updatedAt
  startedAt
  stoppedAt
  lastActive
  config {
    model
    temperature
    maxTokens
    topP
    frequencyPenalty
    presencePenalty
  }
  performanceMetrics {
    responseTimeMs
    successRate
    taskCompletionRate
    errorCount
  }
}`) as unknown as TypedDocumentString<CreateAgentMutation, CreateAgentMutationVariables>;
export const UpdateAgentDocument = new TypedDocumentString(`
    mutation UpdateAgent($input: UpdateAgentInput!) {
  updateAgent(input: $input) {
    agent {
      ...AgentFields
    }
  }
}
    fragment AgentFields on Agent {
  id
  name
  type
  status
  skills
  createdAt
  updatedAt
  startedAt
  stoppedAt
  lastActive
  config {
    model
    temperature
    maxTokens
    topP
    frequencyPenalty
    presencePenalty
  }
  performanceMetrics {
    responseTimeMs
    successRate
    taskCompletionRate
    errorCount
  }
}`) as unknown as TypedDocumentString<UpdateAgentMutation, UpdateAgentMutationVariables>;
export const StartAgentDocument = new TypedDocumentString(`
    mutation StartAgent($id: ID!) {
  startAgent(input: {id: $id}) {
    agent {
      id
      status
      startedAt
      lastActive
    }
  }
}
    `) as unknown as TypedDocumentString<StartAgentMutation, StartAgentMutationVariables>;
export const StopAgentDocument = new TypedDocumentString(`
    mutation StopAgent($id: ID!) {
  stopAgent(input: {id: $id}) {
    agent {
      id
      status
      stoppedAt
    }
  }
}
    `) as unknown as TypedDocumentString<StopAgentMutation, StopAgentMutationVariables>;
export const DeleteAgentDocument = new TypedDocumentString(`
    mutation DeleteAgent($id: ID!) {
  deleteAgent(input: {id: $id}) {
    deletedAgentId
    name
  }
}
    `) as unknown as TypedDocumentString<DeleteAgentMutation, DeleteAgentMutationVariables>;
export const GetAgentDocument = new TypedDocumentString(`
    query GetAgent($id: ID!) {
  agent(id: $id) {
    ...AgentFields
  }
}
    fragment AgentFields on Agent {
  id
  name
  type
  status
  skills
  createdAt
  updatedAt
  startedAt
  stoppedAt
  lastActive
  config {
    model
    temperature
    maxTokens
    topP
    frequencyPenalty
    presencePenalty
  }
  performanceMetrics {
    responseTimeMs
    successRate
    taskCompletionRate
    errorCount
  }
}`) as unknown as TypedDocumentString<GetAgentQuery, GetAgentQueryVariables>;
export const ListAgentsDocument = new TypedDocumentString(`
    query ListAgents($first: Int, $after: String, $last: Int, $before: String, $filter: AgentFilter, $orderBy: AgentOrder, $offset: Int) {
  agents(
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
    orderBy: $orderBy
    offset: $offset
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        type
        status
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListAgentsQuery, ListAgentsQueryVariables>;
export const NodeByIdDocument = new TypedDocumentString(`
    query NodeById($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Agent {
      name
    }
    ... on ApiKey {
      name
    }
    ... on User {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = new TypedDocumentString(`
    query NodesByIds($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    id
    kind
    name
    roles
    scopes
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
      prefix
      roles
      scopes
      status
      expiresAt
      revokedAt
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(input: {id: $id}) {
    apiKey {
      id
      status
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ListApiKeysDocument = new TypedDocumentString(`
    query ListApiKeys($first: Int) {
  apiKeys(first: $first) {
    totalCount
    edges {
      node {
        id
        name
        prefix
        status
        lastUsedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListApiKeysQuery, ListApiKeysQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      id
      email
      name
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) {
    tokenType
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user {
      id
      email
      roles
    }
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($refreshToken: String!) {
  refreshToken(input: {refreshToken: $refreshToken}) {
    accessToken
    refreshToken
  }
}
    `) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const AgentStatusChangedDocument = new TypedDocumentString(`
    subscription AgentStatusChanged($agentId: ID) {
  agentStatusChanged(agentId: $agentId) {
    agentId
    previousStatus
    status
    changedAt
    agent {
      id
      name
      status
    }
  }
}
    `) as unknown as TypedDocumentString<AgentStatusChangedSubscription, AgentStatusChangedSubscriptionVariables>;
export const CreateSessionDocument = new TypedDocumentString(`
    mutation CreateSession($input: CreateSessionInput!) {
  createSession(input: $input) {
    session {
      ...SessionFields
    }
  }
}
    fragment SessionFields on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<CreateSessionMutation, CreateSessionMutationVariables>;
export const GetSessionDocument = new TypedDocumentString(`
    query GetSession($id: ID!, $first: Int) {
  session(id: $id) {
    ...SessionFields
    messages(first: $first) {
      totalCount
      edges {
        cursor
        node {
          id
          role
          content
          metadata
          createdAt
        }
      }
    }
    usage {
      calls
      inputTokens
      outputTokens
      cost
    }
  }
}
    fragment SessionFields on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<GetSessionQuery, GetSessionQueryVariables>;
export const SendSessionMessageDocument = new TypedDocumentString(`
    mutation SendSessionMessage($input: SendSessionMessageInput!) {
  sendSessionMessage(input: $input) {
    response
    provider
    model
    contextUpdate
    timestamp
    message {
      id
      role
      content
    }
    userMessage {
      id
      role
      content
    }
    session {
      messageCount
      expiresAt
      lastActivity
      context
    }
  }
}
    `) as unknown as TypedDocumentString<SendSessionMessageMutation, SendSessionMessageMutationVariables>;
export const HeartbeatSessionDocument = new TypedDocumentString(`
    mutation HeartbeatSession($id: ID!) {
  heartbeatSession(input: {sessionId: $id}) {
    session {
      ...SessionFields
    }
  }
}
    fragment SessionFields on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<HeartbeatSessionMutation, HeartbeatSessionMutationVariables>;
export const RenewSessionDocument = new TypedDocumentString(`
    mutation RenewSession($id: ID!) {
  renewSession(input: {sessionId: $id}) {
    session {
      ...SessionFields
    }
  }
}
    fragment SessionFields on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<RenewSessionMutation, RenewSessionMutationVariables>;
export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession($id: ID!) {
  endSession(input: {sessionId: $id}) {
    session {
      ...SessionFields
    }
  }
}
    fragment SessionFields on Session {
  id
  agent {
    id
  }
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
  timeoutConfig {
    timeoutMinutes
    autoRenew
    maxDurationMinutes
    warningThresholdMinutes
  }
}`) as unknown as TypedDocumentString<EndSessionMutation, EndSessionMutationVariables>;
export const ListSessionsDocument = new TypedDocumentString(`
    query ListSessions($first: Int, $filter: SessionFilter) {
  sessions(first: $first, filter: $filter) {
    totalCount
    edges {
      node {
        id
        status
        userId
        messages(first: 5) {
          totalCount
          edges {
            node {
              id
              content
            }
          }
        }
        usage {
          calls
          cost
        }
      }
    }
  }
  sessionStats(filter: $filter) {
    total
    active
    expired
    ended
  }
}
    `) as unknown as TypedDocumentString<ListSessionsQuery, ListSessionsQueryVariables>;
export const SessionsHealthDocument = new TypedDocumentString(`
    query SessionsHealth {
  sessionsHealth {
    status
    activeSessions
    expiringSoon
    uptime
  }
}
    `) as unknown as TypedDocumentString<SessionsHealthQuery, SessionsHealthQueryVariables>;
export const SessionUpdatedDocument = new TypedDocumentString(`
    subscription SessionUpdated($sessionId: ID!) {
  sessionUpdated(sessionId: $sessionId) {
    kind
    sessionId
    at
    delta
    contextUpdate
    message {
      id
      role
      content
    }
    session {
      status
      expiresAt
      summary
      timeRemaining
    }
  }
}
    `) as unknown as TypedDocumentString<SessionUpdatedSubscription, SessionUpdatedSubscriptionVariables>;
export const CreateChannelDocument = new TypedDocumentString(`
    mutation CreateChannel($input: CreateChannelInput!) {
  createChannel(input: $input) {
    channel {
      ...ChannelFields
    }
  }
}
    fragment ChannelFields on Channel {
  id
  name
  type
  createdBy
  memberCount
  members {
    memberId
    memberType
  }
}`) as unknown as TypedDocumentString<CreateChannelMutation, CreateChannelMutationVariables>;
export const AddChannelMemberDocument = new TypedDocumentString(`
    mutation AddChannelMember($channelId: ID!, $memberId: ID!) {
  addChannelMember(input: {channelId: $channelId, memberId: $memberId}) {
    channel {
      ...ChannelFields
    }
  }
}
    fragment ChannelFields on Channel {
  id
  name
  type
  createdBy
  memberCount
  members {
    memberId
    memberType
  }
}`) as unknown as TypedDocumentString<AddChannelMemberMutation, AddChannelMemberMutationVariables>;
export const RemoveChannelMemberDocument = new TypedDocumentString(`
    mutation RemoveChannelMember($channelId: ID!, $memberId: ID!) {
  removeChannelMember(input: {channelId: $channelId, memberId: $memberId}) {
    channel {
      ...ChannelFields
    }
  }
}
    fragment ChannelFields on Channel {
  id
  name
  type
  createdBy
  memberCount
  members {
    memberId
    memberType
  }
}`) as unknown as TypedDocumentString<RemoveChannelMemberMutation, RemoveChannelMemberMutationVariables>;
export const SendMessageDocument = new TypedDocumentString(`
    mutation SendMessage($input: SendMessageInput!) {
  sendMessage(input: $input) {
    message {
      id
      position
      cursor
      senderId
      senderType
      content
      metadata
      sentAt
      editedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SendMessageMutation, SendMessageMutationVariables>;
export const EditMessageDocument = new TypedDocumentString(`
    mutation EditMessage($messageId: ID!, $content: String!) {
  editMessage(input: {messageId: $messageId, content: $content}) {
    message {
      id
      content
      editedAt
    }
  }
}
    `) as unknown as TypedDocumentString<EditMessageMutation, EditMessageMutationVariables>;
export const GetChannelDocument = new TypedDocumentString(`
    query GetChannel($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $sentAfter: DateTime, $sentBefore: DateTime) {
  channel(id: $id) {
    ...ChannelFields
    messages(
      first: $first
      after: $after
      last: $last
      before: $before
      sentAfter: $sentAfter
      sentBefore: $sentBefore
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
        startCursor
      }
      edges {
        cursor
        node {
          id
          position
          content
          senderId
          senderType
          replyToId
          sentAt
        }
      }
    }
  }
}
    fragment ChannelFields on Channel {
  id
  name
  type
  createdBy
  memberCount
  members {
    memberId
    memberType
  }
}`) as unknown as TypedDocumentString<GetChannelQuery, GetChannelQueryVariables>;
export const ListChannelsDocument = new TypedDocumentString(`
    query ListChannels($first: Int) {
  channels(first: $first) {
    totalCount
    edges {
      node {
        id
        name
        type
        memberCount
        messages(last: 3) {
          totalCount
          edges {
            node {
              id
              content
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListChannelsQuery, ListChannelsQueryVariables>;
export const MessageAddedDocument = new TypedDocumentString(`
    subscription MessageAdded($channelId: ID!, $after: String) {
  messageAdded(channelId: $channelId, after: $after) {
    channelId
    cursor
    message {
      id
      position
      content
      senderId
      senderType
      replyToId
    }
  }
}
    `) as unknown as TypedDocumentString<MessageAddedSubscription, MessageAddedSubscriptionVariables>;
export const UsageReportDocument = new TypedDocumentString(`
    query UsageReport($filter: UsageFilter, $groupBy: [UsageDimension!]) {
  usage(filter: $filter, groupBy: $groupBy) {
    totals {
      calls
      inputTokens
      outputTokens
      cost
    }
    groups {
      key {
        model
        day
        provider
        agentId
      }
      usage {
        calls
        inputTokens
        outputTokens
        cost
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsageReportQuery, UsageReportQueryVariables>;
export const AgentsWithUsageDocument = new TypedDocumentString(`
    query AgentsWithUsage($first: Int) {
  agents(first: $first) {
    edges {
      node {
        id
        name
        usage {
          calls
          cost
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AgentsWithUsageQuery, AgentsWithUsageQueryVariables>;
export const BudgetStatusQueryDocument = new TypedDocumentString(`
    query BudgetStatusQuery {
  budgetStatus {
    day
    dailyBudget
    todaySpend
    reserved
    remaining
    utilizationPct
    alertLevel
    thresholds {
      notice
      warning
      critical
    }
    monthlyForecast {
      monthToDate
      projectedSpend
      budgetCeiling
      deltaToBudget
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetStatusQueryQuery, BudgetStatusQueryQueryVariables>;
export const UpdateBudgetDocument = new TypedDocumentString(`
    mutation UpdateBudget($input: UpdateBudgetInput!) {
  updateBudget(input: $input) {
    budget {
      dailyBudget
      todaySpend
      remaining
      utilizationPct
      alertLevel
      monthlyForecast {
        budgetCeiling
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateBudgetMutation, UpdateBudgetMutationVariables>;
export const BudgetAlertsDocument = new TypedDocumentString(`
    subscription BudgetAlerts {
  budgetAlert {
    previousLevel
    level
    at
    budget {
      todaySpend
      utilizationPct
    }
  }
}
    `) as unknown as TypedDocumentString<BudgetAlertsSubscription, BudgetAlertsSubscriptionVariables>;
export const RateLimitsDocument = new TypedDocumentString(`
    query RateLimits {
  rateLimits {
    provider
    current
    limit
    remaining
    utilizationPct
    resetAt
  }
}
    `) as unknown as TypedDocumentString<RateLimitsQuery, RateLimitsQueryVariables>;
export const RecommendModelDocument = new TypedDocumentString(`
    query RecommendModel($taskType: String!, $complexity: TaskComplexity!, $priority: Priority, $estimatedTokens: Int!) {
  recommendModel(
    taskType: $taskType
    complexity: $complexity
    priority: $priority
    estimatedTokens: $estimatedTokens
  ) {
    model {
      name
      tier
      vendor
    }
    reason
    estimatedCost
    budgetAvailable
    budget {
      dailyBudget
      todaySpend
      remaining
    }
  }
}
    `) as unknown as TypedDocumentString<RecommendModelQuery, RecommendModelQueryVariables>;
export const SystemStatusQueryDocument = new TypedDocumentString(`
    query SystemStatusQuery {
  systemStatus {
    status
    timestamp
    services {
      apiGateway
      agentOrchestrator
      messageBroker
      database
      cache
    }
    metrics {
      activeAgents
      activeSessions
      requestsPerMinute
      errorRate
      systemLoad
    }
  }
}
    `) as unknown as TypedDocumentString<SystemStatusQueryQuery, SystemStatusQueryQueryVariables>;
export const SystemConfigQueryDocument = new TypedDocumentString(`
    query SystemConfigQuery {
  systemConfig {
    version
    environment
    llmProviders
    defaultAgentConfig {
      model
      temperature
      maxTokens
    }
  }
}
    `) as unknown as TypedDocumentString<SystemConfigQueryQuery, SystemConfigQueryQueryVariables>;
export const TriggerSystemTaskDocument = new TypedDocumentString(`
    mutation TriggerSystemTask($input: TriggerSystemTaskInput!) {
  triggerSystemTask(input: $input) {
    task {
      id
      type
      status
      parameters
      queuedAt
    }
  }
}
    `) as unknown as TypedDocumentString<TriggerSystemTaskMutation, TriggerSystemTaskMutationVariables>;
export const SystemTaskQueryDocument = new TypedDocumentString(`
    query SystemTaskQuery($id: ID!) {
  systemTask(id: $id) {
    id
    type
    status
    result
    error
    queuedAt
    startedAt
    completedAt
  }
}
    `) as unknown as TypedDocumentString<SystemTaskQueryQuery, SystemTaskQueryQueryVariables>;
export const SystemTaskUpdatedDocument = new TypedDocumentString(`
    subscription SystemTaskUpdated($taskId: ID) {
  systemTaskUpdated(taskId: $taskId) {
    taskId
    status
    task {
      status
      result
    }
  }
}
    `) as unknown as TypedDocumentString<SystemTaskUpdatedSubscription, SystemTaskUpdatedSubscriptionVariables>;
export const ViewerIdDocument = new TypedDocumentString(`
    query ViewerId {
  viewer {
    id
  }
}
    `) as unknown as TypedDocumentString<ViewerIdQuery, ViewerIdQueryVariables>;
export const RequestRateLimitsDocument = new TypedDocumentString(`
    query RequestRateLimits {
  requestRateLimits {
    policy
    scope
    limit
    remaining
    used
    windowSeconds
    resetAt
  }
  rateLimits {
    provider
    limit
  }
}
    `) as unknown as TypedDocumentString<RequestRateLimitsQuery, RequestRateLimitsQueryVariables>;
export const SpawnTaskDocument = new TypedDocumentString(`
    mutation SpawnTask($input: SpawnTaskInput!) {
  spawnTask(input: $input) {
    task {
      id
      kind
      status
      priority
      model
      estimatedCost
      agent {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpawnTaskMutation, SpawnTaskMutationVariables>;
export const SpawnTeamDocument = new TypedDocumentString(`
    mutation SpawnTeam($input: SpawnTeamInput!) {
  spawnTeam(input: $input) {
    task {
      id
      kind
      status
      team
      estimatedCost
      members {
        role
        model
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SpawnTeamMutation, SpawnTeamMutationVariables>;
export const CancelTaskDocument = new TypedDocumentString(`
    mutation CancelTask($id: ID!) {
  cancelTask(input: {id: $id}) {
    refund
    task {
      id
      status
      error
      estimatedCost
      actualCost
      refund
      completedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CancelTaskMutation, CancelTaskMutationVariables>;
export const TaskQueryDocument = new TypedDocumentString(`
    query TaskQuery($id: ID!) {
  task(id: $id) {
    id
    kind
    status
    priority
    task
    model
    result
    error
    attempts
    estimatedCost
    actualCost
    refund
    startedAt
    completedAt
    agent {
      id
      name
      performanceMetrics {
        tasksAssigned
        tasksCompleted
      }
      usage {
        calls
        cost
      }
    }
    members {
      role
      model
      status
      task
      result
      actualCost
    }
    usage {
      calls
      cost
    }
  }
}
    `) as unknown as TypedDocumentString<TaskQueryQuery, TaskQueryQueryVariables>;
export const TasksQueryDocument = new TypedDocumentString(`
    query TasksQuery($filter: TaskFilter, $first: Int) {
  tasks(filter: $filter, first: $first) {
    totalCount
    edges {
      node {
        id
        status
        model
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TasksQueryQuery, TasksQueryQueryVariables>;
export const TaskUpdatedDocument = new TypedDocumentString(`
    subscription TaskUpdated($taskId: ID) {
  taskUpdated(taskId: $taskId) {
    taskId
    status
    task {
      status
      result
    }
  }
}
    `) as unknown as TypedDocumentString<TaskUpdatedSubscription, TaskUpdatedSubscriptionVariables>;
export const CreateWorkflowDocument = new TypedDocumentString(`
    mutation CreateWorkflow($input: CreateWorkflowInput!) {
  createWorkflow(input: $input) {
    workflow {
      id
      name
      steps {
        key
        kind
        dependsOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWorkflowMutation, CreateWorkflowMutationVariables>;
export const RunWorkflowDocument = new TypedDocumentString(`
    mutation RunWorkflow($input: RunWorkflowInput!) {
  runWorkflow(input: $input) {
    run {
      id
      status
      progress
    }
  }
}
    `) as unknown as TypedDocumentString<RunWorkflowMutation, RunWorkflowMutationVariables>;
export const CancelWorkflowRunDocument = new TypedDocumentString(`
    mutation CancelWorkflowRun($runId: ID!) {
  cancelWorkflowRun(input: {runId: $runId}) {
    run {
      id
      status
      error
      stepRuns {
        key
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CancelWorkflowRunMutation, CancelWorkflowRunMutationVariables>;
export const WorkflowRunQueryDocument = new TypedDocumentString(`
    query WorkflowRunQuery($id: ID!) {
  workflowRun(id: $id) {
    id
    status
    progress
    output
    error
    startedAt
    completedAt
    usage {
      calls
      cost
    }
    stepRuns {
      key
      status
      output
      dependsOn
      task {
        id
        task
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WorkflowRunQueryQuery, WorkflowRunQueryQueryVariables>;
export const WorkflowRunUpdatedDocument = new TypedDocumentString(`
    subscription WorkflowRunUpdated($runId: ID) {
  workflowRunUpdated(runId: $runId) {
    runId
    kind
    stepKey
    progress
  }
}
    `) as unknown as TypedDocumentString<WorkflowRunUpdatedSubscription, WorkflowRunUpdatedSubscriptionVariables>;
export const CreateWebhookDocument = new TypedDocumentString(`
    mutation CreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      id
      url
      events
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const WebhookDeliveriesDocument = new TypedDocumentString(`
    query WebhookDeliveries($id: ID!) {
  node(id: $id) {
    ... on Webhook {
      deliveries(first: 10) {
        edges {
          node {
            id
            event
            status
            attemptCount
            nextAttemptAt
            deliveredAt
            payload
            attempts {
              statusCode
              error
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;