/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Lifecycle of an agent: CREATED → RUNNING ⇄ STOPPED; ERROR when it failed. */
export type AgentStatus =
  | 'CREATED'
  | 'ERROR'
  | 'RUNNING'
  | 'STOPPED';

/** Today's spend against the daily budget: OK → NOTICE → WARNING → CRITICAL at the thresholds. */
export type BudgetAlertLevel =
  | 'CRITICAL'
  | 'NOTICE'
  | 'OK'
  | 'WARNING';

export type ChannelType =
  /** Exactly two members. */
  | 'DIRECT'
  /** Members only (admins see every channel). */
  | 'PRIVATE'
  /** Every principal with the messaging scopes may read and post. */
  | 'PUBLIC';

export type PrincipalKind =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'SYSTEM'
  | 'USER';

/** ROLE: per key or user by role, per minute (seed 001). TIER: per key or user by tier, per hour (seed 002). ENDPOINT: per key on seed 003's routes, per hour. IP: per client address by operation class, GCRA, per hour (seed 004). */
export type RateLimitPolicy =
  | 'ENDPOINT'
  | 'IP'
  | 'ROLE'
  | 'TIER';

/** admin: everything · agent_manager: create, start, stop and delete agents · messaging: channels and messages · system_monitor: read-only status, usage and logs. */
export type Role =
  | 'ADMIN'
  | 'AGENT_MANAGER'
  | 'MESSAGING'
  | 'SYSTEM_MONITOR';

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

export type SenderType =
  | 'AGENT'
  | 'USER';

export type TaskKind =
  /** One member of a team pipeline. */
  | 'MEMBER'
  /** One model call. */
  | 'SINGLE'
  /** A team pipeline; its members are in `members`. */
  | 'TEAM';

/** SPAWNING (queued) → RUNNING → COMPLETED | FAILED | CANCELLED | TIMED_OUT. */
export type TaskStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING'
  | 'SPAWNING'
  | 'TIMED_OUT';

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

export type DashboardViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardViewerQuery = { viewer: { id: string | null, name: string, kind: PrincipalKind, roles: Array<Role>, scopes: Array<Scope> } };

export type DashboardServerDayQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardServerDayQuery = { budgetStatus: { day: string } };

export type AgentRowFragment = { id: string, name: string, type: string, status: AgentStatus, lastActive: string | null, performanceMetrics: { responseTimeMs: number | null } };

export type DashboardAgentsQueryVariables = Exact<{
  today: string;
}>;


export type DashboardAgentsQuery = { agents: { totalCount: number, edges: Array<{ node: { id: string, name: string, type: string, status: AgentStatus, lastActive: string | null, performanceMetrics: { responseTimeMs: number | null } } }> }, usage: { groups: Array<{ key: { agentId: string | null }, usage: { cost: string } }> } };

export type DashboardAgentStatusSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardAgentStatusSubscription = { agentStatusChanged: { agentId: string, status: AgentStatus, changedAt: string, agent: { id: string, name: string, type: string, status: AgentStatus, lastActive: string | null, performanceMetrics: { responseTimeMs: number | null } } | null } };

export type DashboardStartAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardStartAgentMutation = { startAgent: { agent: { id: string, name: string, type: string, status: AgentStatus, lastActive: string | null, performanceMetrics: { responseTimeMs: number | null } } } };

export type DashboardStopAgentMutationVariables = Exact<{
  id: string | number;
}>;


export type DashboardStopAgentMutation = { stopAgent: { agent: { id: string, name: string, type: string, status: AgentStatus, lastActive: string | null, performanceMetrics: { responseTimeMs: number | null } } } };

export type BudgetFragment = { day: string, alertLevel: BudgetAlertLevel, todaySpend: string, dailyBudget: string | null, reserved: string, utilizationPct: number, thresholds: { notice: number, warning: number, critical: number }, monthlyForecast: { monthToDate: string, projectedSpend: string, budgetCeiling: string | null } };

export type DashboardSpendQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSpendQuery = { budgetStatus: { day: string, alertLevel: BudgetAlertLevel, todaySpend: string, dailyBudget: string | null, reserved: string, utilizationPct: number, thresholds: { notice: number, warning: number, critical: number }, monthlyForecast: { monthToDate: string, projectedSpend: string, budgetCeiling: string | null } } };

export type DashboardWeekUsageQueryVariables = Exact<{
  weekStart: string;
}>;


export type DashboardWeekUsageQuery = { usage: { groups: Array<{ key: { day: string | null, model: string | null }, usage: { cost: string, calls: number } }> } };

export type DashboardTaskSettledSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardTaskSettledSubscription = { taskUpdated: { taskId: string, status: TaskStatus } };

export type DashboardBudgetAlertSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardBudgetAlertSubscription = { budgetAlert: { level: BudgetAlertLevel, previousLevel: BudgetAlertLevel, budget: { day: string, alertLevel: BudgetAlertLevel, todaySpend: string, dailyBudget: string | null, reserved: string, utilizationPct: number, thresholds: { notice: number, warning: number, critical: number }, monthlyForecast: { monthToDate: string, projectedSpend: string, budgetCeiling: string | null } } } };

export type TaskRowFragment = { id: string, task: string | null, kind: TaskKind, status: TaskStatus, model: string | null, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, timeoutSeconds: number, parent: { id: string } | null };

export type RunRowFragment = { id: string, status: WorkflowRunStatus, progress: number, error: string | null, createdAt: string, completedAt: string | null, workflow: { name: string } };

export type DashboardWorkQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardWorkQuery = { active: { edges: Array<{ node: { id: string, task: string | null, kind: TaskKind, status: TaskStatus, model: string | null, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, timeoutSeconds: number, parent: { id: string } | null } }> }, failed: { edges: Array<{ node: { id: string, task: string | null, kind: TaskKind, status: TaskStatus, model: string | null, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, timeoutSeconds: number, parent: { id: string } | null } }> }, activeRuns: { edges: Array<{ node: { id: string, status: WorkflowRunStatus, progress: number, error: string | null, createdAt: string, completedAt: string | null, workflow: { name: string } } }> }, failedRuns: { edges: Array<{ node: { id: string, status: WorkflowRunStatus, progress: number, error: string | null, createdAt: string, completedAt: string | null, workflow: { name: string } } }> } };

export type DashboardTaskUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardTaskUpdatedSubscription = { taskUpdated: { taskId: string, status: TaskStatus, task: { id: string, task: string | null, kind: TaskKind, status: TaskStatus, model: string | null, error: string | null, createdAt: string, startedAt: string | null, completedAt: string | null, timeoutSeconds: number, parent: { id: string } | null } | null } };

export type DashboardRunUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardRunUpdatedSubscription = { workflowRunUpdated: { runId: string, kind: WorkflowRunEventKind, progress: number, run: { id: string, status: WorkflowRunStatus, progress: number, error: string | null, createdAt: string, completedAt: string | null, workflow: { name: string } } | null } };

export type MessageRowFragment = { id: string, position: number, cursor: string, content: string, senderType: SenderType, senderId: string, sentAt: string };

export type DashboardChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardChannelsQuery = { channels: { edges: Array<{ node: { id: string, name: string, type: ChannelType } }> } };

export type DashboardChannelMessagesQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardChannelMessagesQuery = { channel: { id: string, messages: { edges: Array<{ node: { id: string, position: number, cursor: string, content: string, senderType: SenderType, senderId: string, sentAt: string } }> } } | null };

export type DashboardMessageAddedSubscriptionVariables = Exact<{
  channelId: string | number;
  after?: string | null | undefined;
}>;


export type DashboardMessageAddedSubscription = { messageAdded: { cursor: string, message: { id: string, position: number, cursor: string, content: string, senderType: SenderType, senderId: string, sentAt: string } | null } };

export type DashboardOperationsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOperationsQuery = { sessionStats: { active: number }, systemStatus: { metrics: { requestsPerMinute: number, errorRate: number, activeSessions: number } } };

export type DashboardRequestLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardRequestLimitsQuery = { requestRateLimits: Array<{ policy: RateLimitPolicy, scope: string, limit: number, used: number, remaining: number, windowSeconds: number, resetAt: string }> };

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
export const AgentRowFragmentDoc = new TypedDocumentString(`
    fragment AgentRow on Agent {
  id
  name
  type
  status
  lastActive
  performanceMetrics {
    responseTimeMs
  }
}
    `, {"fragmentName":"AgentRow"}) as unknown as TypedDocumentString<AgentRowFragment, unknown>;
export const BudgetFragmentDoc = new TypedDocumentString(`
    fragment Budget on BudgetStatus {
  day
  alertLevel
  todaySpend
  dailyBudget
  reserved
  utilizationPct
  thresholds {
    notice
    warning
    critical
  }
  monthlyForecast {
    monthToDate
    projectedSpend
    budgetCeiling
  }
}
    `, {"fragmentName":"Budget"}) as unknown as TypedDocumentString<BudgetFragment, unknown>;
export const TaskRowFragmentDoc = new TypedDocumentString(`
    fragment TaskRow on Task {
  id
  task
  kind
  status
  model
  error
  createdAt
  startedAt
  completedAt
  timeoutSeconds
  parent {
    id
  }
}
    `, {"fragmentName":"TaskRow"}) as unknown as TypedDocumentString<TaskRowFragment, unknown>;
export const RunRowFragmentDoc = new TypedDocumentString(`
    fragment RunRow on WorkflowRun {
  id
  status
  progress
  error
  createdAt
  completedAt
  workflow {
    name
  }
}
    `, {"fragmentName":"RunRow"}) as unknown as TypedDocumentString<RunRowFragment, unknown>;
export const MessageRowFragmentDoc = new TypedDocumentString(`
    fragment MessageRow on Message {
  id
  position
  cursor
  content
  senderType
  senderId
  sentAt
}
    `, {"fragmentName":"MessageRow"}) as unknown as TypedDocumentString<MessageRowFragment, unknown>;
export const DashboardViewerDocument = new TypedDocumentString(`
    query DashboardViewer {
  viewer {
    id
    name
    kind
    roles
    scopes
  }
}
    `) as unknown as TypedDocumentString<DashboardViewerQuery, DashboardViewerQueryVariables>;
export const DashboardServerDayDocument = new TypedDocumentString(`
    query DashboardServerDay {
  budgetStatus {
    day
  }
}
    `) as unknown as TypedDocumentString<DashboardServerDayQuery, DashboardServerDayQueryVariables>;
export const DashboardAgentsDocument = new TypedDocumentString(`
    query DashboardAgents($today: DateTime!) {
  agents(first: 50, orderBy: {field: NAME, direction: ASC}) {
    totalCount
    edges {
      node {
        ...AgentRow
      }
    }
  }
  usage(filter: {from: $today}, groupBy: [AGENT]) {
    groups {
      key {
        agentId
      }
      usage {
        cost
      }
    }
  }
}
    fragment AgentRow on Agent {
  id
  name
  type
  status
  lastActive
  performanceMetrics {
    responseTimeMs
  }
}`) as unknown as TypedDocumentString<DashboardAgentsQuery, DashboardAgentsQueryVariables>;
export const DashboardAgentStatusDocument = new TypedDocumentString(`
    subscription DashboardAgentStatus {
  agentStatusChanged {
    agentId
    status
    changedAt
    agent {
      ...AgentRow
    }
  }
}
    fragment AgentRow on Agent {
  id
  name
  type
  status
  lastActive
  performanceMetrics {
    responseTimeMs
  }
}`) as unknown as TypedDocumentString<DashboardAgentStatusSubscription, DashboardAgentStatusSubscriptionVariables>;
export const DashboardStartAgentDocument = new TypedDocumentString(`
    mutation DashboardStartAgent($id: ID!) {
  startAgent(input: {id: $id}) {
    agent {
      ...AgentRow
    }
  }
}
    fragment AgentRow on Agent {
  id
  name
  type
  status
  lastActive
  performanceMetrics {
    responseTimeMs
  }
}`) as unknown as TypedDocumentString<DashboardStartAgentMutation, DashboardStartAgentMutationVariables>;
export const DashboardStopAgentDocument = new TypedDocumentString(`
    mutation DashboardStopAgent($id: ID!) {
  stopAgent(input: {id: $id}) {
    agent {
      ...AgentRow
    }
  }
}
    fragment AgentRow on Agent {
  id
  name
  type
  status
  lastActive
  performanceMetrics {
    responseTimeMs
  }
}`) as unknown as TypedDocumentString<DashboardStopAgentMutation, DashboardStopAgentMutationVariables>;
export const DashboardSpendDocument = new TypedDocumentString(`
    query DashboardSpend {
  budgetStatus {
    ...Budget
  }
}
    fragment Budget on BudgetStatus {
  day
  alertLevel
  todaySpend
  dailyBudget
  reserved
  utilizationPct
  thresholds {
    notice
    warning
    critical
  }
  monthlyForecast {
    monthToDate
    projectedSpend
    budgetCeiling
  }
}`) as unknown as TypedDocumentString<DashboardSpendQuery, DashboardSpendQueryVariables>;
export const DashboardWeekUsageDocument = new TypedDocumentString(`
    query DashboardWeekUsage($weekStart: DateTime!) {
  usage(filter: {from: $weekStart}, groupBy: [DAY, MODEL]) {
    groups {
      key {
        day
        model
      }
      usage {
        cost
        calls
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardWeekUsageQuery, DashboardWeekUsageQueryVariables>;
export const DashboardTaskSettledDocument = new TypedDocumentString(`
    subscription DashboardTaskSettled {
  taskUpdated {
    taskId
    status
  }
}
    `) as unknown as TypedDocumentString<DashboardTaskSettledSubscription, DashboardTaskSettledSubscriptionVariables>;
export const DashboardBudgetAlertDocument = new TypedDocumentString(`
    subscription DashboardBudgetAlert {
  budgetAlert {
    level
    previousLevel
    budget {
      ...Budget
    }
  }
}
    fragment Budget on BudgetStatus {
  day
  alertLevel
  todaySpend
  dailyBudget
  reserved
  utilizationPct
  thresholds {
    notice
    warning
    critical
  }
  monthlyForecast {
    monthToDate
    projectedSpend
    budgetCeiling
  }
}`) as unknown as TypedDocumentString<DashboardBudgetAlertSubscription, DashboardBudgetAlertSubscriptionVariables>;
export const DashboardWorkDocument = new TypedDocumentString(`
    query DashboardWork {
  active: tasks(first: 20, filter: {status: [SPAWNING, RUNNING]}) {
    edges {
      node {
        ...TaskRow
      }
    }
  }
  failed: tasks(first: 5, filter: {status: [FAILED, TIMED_OUT]}) {
    edges {
      node {
        ...TaskRow
      }
    }
  }
  activeRuns: workflowRuns(first: 20, filter: {status: [QUEUED, RUNNING]}) {
    edges {
      node {
        ...RunRow
      }
    }
  }
  failedRuns: workflowRuns(first: 5, filter: {status: [FAILED]}) {
    edges {
      node {
        ...RunRow
      }
    }
  }
}
    fragment TaskRow on Task {
  id
  task
  kind
  status
  model
  error
  createdAt
  startedAt
  completedAt
  timeoutSeconds
  parent {
    id
  }
}
fragment RunRow on WorkflowRun {
  id
  status
  progress
  error
  createdAt
  completedAt
  workflow {
    name
  }
}`) as unknown as TypedDocumentString<DashboardWorkQuery, DashboardWorkQueryVariables>;
export const DashboardTaskUpdatedDocument = new TypedDocumentString(`
    subscription DashboardTaskUpdated {
  taskUpdated {
    taskId
    status
    task {
      ...TaskRow
    }
  }
}
    fragment TaskRow on Task {
  id
  task
  kind
  status
  model
  error
  createdAt
  startedAt
  completedAt
  timeoutSeconds
  parent {
    id
  }
}`) as unknown as TypedDocumentString<DashboardTaskUpdatedSubscription, DashboardTaskUpdatedSubscriptionVariables>;
export const DashboardRunUpdatedDocument = new TypedDocumentString(`
    subscription DashboardRunUpdated {
  workflowRunUpdated {
    runId
    kind
    progress
    run {
      ...RunRow
    }
  }
}
    fragment RunRow on WorkflowRun {
  id
  status
  progress
  error
  createdAt
  completedAt
  workflow {
    name
  }
}`) as unknown as TypedDocumentString<DashboardRunUpdatedSubscription, DashboardRunUpdatedSubscriptionVariables>;
export const DashboardChannelsDocument = new TypedDocumentString(`
    query DashboardChannels {
  channels(first: 50) {
    edges {
      node {
        id
        name
        type
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardChannelsQuery, DashboardChannelsQueryVariables>;
export const DashboardChannelMessagesDocument = new TypedDocumentString(`
    query DashboardChannelMessages($id: ID!) {
  channel(id: $id) {
    id
    messages(last: 20) {
      edges {
        node {
          ...MessageRow
        }
      }
    }
  }
}
    fragment MessageRow on Message {
  id
  position
  cursor
  content
  senderType
  senderId
  sentAt
}`) as unknown as TypedDocumentString<DashboardChannelMessagesQuery, DashboardChannelMessagesQueryVariables>;
export const DashboardMessageAddedDocument = new TypedDocumentString(`
    subscription DashboardMessageAdded($channelId: ID!, $after: String) {
  messageAdded(channelId: $channelId, after: $after) {
    cursor
    message {
      ...MessageRow
    }
  }
}
    fragment MessageRow on Message {
  id
  position
  cursor
  content
  senderType
  senderId
  sentAt
}`) as unknown as TypedDocumentString<DashboardMessageAddedSubscription, DashboardMessageAddedSubscriptionVariables>;
export const DashboardOperationsDocument = new TypedDocumentString(`
    query DashboardOperations {
  sessionStats {
    active
  }
  systemStatus {
    metrics {
      requestsPerMinute
      errorRate
      activeSessions
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardOperationsQuery, DashboardOperationsQueryVariables>;
export const DashboardRequestLimitsDocument = new TypedDocumentString(`
    query DashboardRequestLimits {
  requestRateLimits {
    policy
    scope
    limit
    used
    remaining
    windowSeconds
    resetAt
  }
}
    `) as unknown as TypedDocumentString<DashboardRequestLimitsQuery, DashboardRequestLimitsQueryVariables>;