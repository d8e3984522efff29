// Every operation the dashboard runs: public API only. `npm run codegen` types them into
// dashboard/generated/ (checked against schema.graphql).
import { graphql } from "./generated/gql.js";

export const ViewerQuery = graphql(`
  query DashboardViewer {
    viewer { id name kind roles scopes }
  }
`);

/** The server's day (UTC): "today" and "the last 7 days" follow it, not the browser's clock. */
export const ServerDayQuery = graphql(`
  query DashboardServerDay {
    budgetStatus { day }
  }
`);

graphql(`
  fragment AgentRow on Agent {
    id
    name
    type
    status
    lastActive
    performanceMetrics { responseTimeMs }
  }
`);

export const AgentsQuery = graphql(`
  query DashboardAgents($today: DateTime!) {
    agents(first: 50, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      edges { node { ...AgentRow } }
    }
    usage(filter: { from: $today }, groupBy: [AGENT]) {
      groups { key { agentId } usage { cost } }
    }
  }
`);

export const AgentStatusSubscription = graphql(`
  subscription DashboardAgentStatus {
    agentStatusChanged { agentId status changedAt agent { ...AgentRow } }
  }
`);

export const StartAgentMutation = graphql(`
  mutation DashboardStartAgent($id: ID!) {
    startAgent(input: { id: $id }) { agent { ...AgentRow } }
  }
`);

export const StopAgentMutation = graphql(`
  mutation DashboardStopAgent($id: ID!) {
    stopAgent(input: { id: $id }) { agent { ...AgentRow } }
  }
`);

graphql(`
  fragment Budget on BudgetStatus {
    day
    alertLevel
    todaySpend
    dailyBudget
    reserved
    utilizationPct
    thresholds { notice warning critical }
    monthlyForecast { monthToDate projectedSpend budgetCeiling }
  }
`);

export const SpendQuery = graphql(`
  query DashboardSpend {
    budgetStatus { ...Budget }
  }
`);

export const WeekUsageQuery = graphql(`
  query DashboardWeekUsage($weekStart: DateTime!) {
    usage(filter: { from: $weekStart }, groupBy: [DAY, MODEL]) {
      groups { key { day model } usage { cost calls } }
    }
  }
`);

/** A task that finished has spent: the spend panel reads the budget again then. */
export const TaskSettledSubscription = graphql(`
  subscription DashboardTaskSettled {
    taskUpdated { taskId status }
  }
`);

export const BudgetAlertSubscription = graphql(`
  subscription DashboardBudgetAlert {
    budgetAlert { level previousLevel budget { ...Budget } }
  }
`);

graphql(`
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
    parent { id }
  }
`);

graphql(`
  fragment RunRow on WorkflowRun {
    id
    status
    progress
    error
    createdAt
    completedAt
    workflow { name }
  }
`);

export const WorkQuery = graphql(`
  query DashboardWork {
    active: tasks(first: 20, filter: { status: [SPAWNING, RUNNING] }) { edges { node { ...TaskRow } } }
    failed: tasks(first: 5, filter: { status: [FAILED, TIMED_OUT] }) { edges { node { ...TaskRow } } }
    activeRuns: workflowRuns(first: 20, filter: { status: [QUEUED, RUNNING] }) { edges { node { ...RunRow } } }
    failedRuns: workflowRuns(first: 5, filter: { status: [FAILED] }) { edges { node { ...RunRow } } }
  }
`);

export const TaskUpdatedSubscription = graphql(`
  subscription DashboardTaskUpdated {
    taskUpdated { taskId status task { ...TaskRow } }
  }
`);

export const RunUpdatedSubscription = graphql(`
  subscription DashboardRunUpdated {
    workflowRunUpdated { runId kind progress run { ...RunRow } }
  }
`);

graphql(`
  fragment MessageRow on Message {
    id
    position
    cursor
    content
    senderType
    senderId
    sentAt
  }
`);

export const ChannelsQuery = graphql(`
  query DashboardChannels {
    channels(first: 50) { edges { node { id name type } } }
  }
`);

export const ChannelMessagesQuery = graphql(`
  query DashboardChannelMessages($id: ID!) {
    channel(id: $id) {
      id
      messages(last: 20) { edges { node { ...MessageRow } } }
    }
  }
`);

export const MessageAddedSubscription = graphql(`
  subscription DashboardMessageAdded($channelId: ID!, $after: String) {
    messageAdded(channelId: $channelId, after: $after) { cursor message { ...MessageRow } }
  }
`);

export const OperationsQuery = graphql(`
  query DashboardOperations {
    sessionStats { active }
    systemStatus { metrics { requestsPerMinute errorRate activeSessions } }
  }
`);

export const RequestLimitsQuery = graphql(`
  query DashboardRequestLimits {
    requestRateLimits { policy scope limit used remaining windowSeconds resetAt }
  }
`);
