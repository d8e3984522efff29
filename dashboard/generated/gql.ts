/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardViewer {\n    viewer { id name kind roles scopes }\n  }\n": typeof types.DashboardViewerDocument,
    "\n  query DashboardServerDay {\n    budgetStatus { day }\n  }\n": typeof types.DashboardServerDayDocument,
    "\n  fragment AgentRow on Agent {\n    id\n    name\n    type\n    status\n    lastActive\n    performanceMetrics { responseTimeMs }\n  }\n": typeof types.AgentRowFragmentDoc,
    "\n  query DashboardAgents($today: DateTime!) {\n    agents(first: 50, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges { node { ...AgentRow } }\n    }\n    usage(filter: { from: $today }, groupBy: [AGENT]) {\n      groups { key { agentId } usage { cost } }\n    }\n  }\n": typeof types.DashboardAgentsDocument,
    "\n  subscription DashboardAgentStatus {\n    agentStatusChanged { agentId status changedAt agent { ...AgentRow } }\n  }\n": typeof types.DashboardAgentStatusDocument,
    "\n  mutation DashboardStartAgent($id: ID!) {\n    startAgent(input: { id: $id }) { agent { ...AgentRow } }\n  }\n": typeof types.DashboardStartAgentDocument,
    "\n  mutation DashboardStopAgent($id: ID!) {\n    stopAgent(input: { id: $id }) { agent { ...AgentRow } }\n  }\n": typeof types.DashboardStopAgentDocument,
    "\n  fragment Budget on BudgetStatus {\n    day\n    alertLevel\n    todaySpend\n    dailyBudget\n    reserved\n    utilizationPct\n    thresholds { notice warning critical }\n    monthlyForecast { monthToDate projectedSpend budgetCeiling }\n  }\n": typeof types.BudgetFragmentDoc,
    "\n  query DashboardSpend {\n    budgetStatus { ...Budget }\n  }\n": typeof types.DashboardSpendDocument,
    "\n  query DashboardWeekUsage($weekStart: DateTime!) {\n    usage(filter: { from: $weekStart }, groupBy: [DAY, MODEL]) {\n      groups { key { day model } usage { cost calls } }\n    }\n  }\n": typeof types.DashboardWeekUsageDocument,
    "\n  subscription DashboardTaskSettled {\n    taskUpdated { taskId status }\n  }\n": typeof types.DashboardTaskSettledDocument,
    "\n  subscription DashboardBudgetAlert {\n    budgetAlert { level previousLevel budget { ...Budget } }\n  }\n": typeof types.DashboardBudgetAlertDocument,
    "\n  fragment TaskRow on Task {\n    id\n    task\n    kind\n    status\n    model\n    error\n    createdAt\n    startedAt\n    completedAt\n    timeoutSeconds\n    parent { id }\n  }\n": typeof types.TaskRowFragmentDoc,
    "\n  fragment RunRow on WorkflowRun {\n    id\n    status\n    progress\n    error\n    createdAt\n    completedAt\n    workflow { name }\n  }\n": typeof types.RunRowFragmentDoc,
    "\n  query DashboardWork {\n    active: tasks(first: 20, filter: { status: [SPAWNING, RUNNING] }) { edges { node { ...TaskRow } } }\n    failed: tasks(first: 5, filter: { status: [FAILED, TIMED_OUT] }) { edges { node { ...TaskRow } } }\n    activeRuns: workflowRuns(first: 20, filter: { status: [QUEUED, RUNNING] }) { edges { node { ...RunRow } } }\n    failedRuns: workflowRuns(first: 5, filter: { status: [FAILED] }) { edges { node { ...RunRow } } }\n  }\n": typeof types.DashboardWorkDocument,
    "\n  subscription DashboardTaskUpdated {\n    taskUpdated { taskId status task { ...TaskRow } }\n  }\n": typeof types.DashboardTaskUpdatedDocument,
    "\n  subscription DashboardRunUpdated {\n    workflowRunUpdated { runId kind progress run { ...RunRow } }\n  }\n": typeof types.DashboardRunUpdatedDocument,
    "\n  fragment MessageRow on Message {\n    id\n    position\n    cursor\n    content\n    senderType\n    senderId\n    sentAt\n  }\n": typeof types.MessageRowFragmentDoc,
    "\n  query DashboardChannels {\n    channels(first: 50) { edges { node { id name type } } }\n  }\n": typeof types.DashboardChannelsDocument,
    "\n  query DashboardChannelMessages($id: ID!) {\n    channel(id: $id) {\n      id\n      messages(last: 20) { edges { node { ...MessageRow } } }\n    }\n  }\n": typeof types.DashboardChannelMessagesDocument,
    "\n  subscription DashboardMessageAdded($channelId: ID!, $after: String) {\n    messageAdded(channelId: $channelId, after: $after) { cursor message { ...MessageRow } }\n  }\n": typeof types.DashboardMessageAddedDocument,
    "\n  query DashboardOperations {\n    sessionStats { active }\n    systemStatus { metrics { requestsPerMinute errorRate activeSessions } }\n  }\n": typeof types.DashboardOperationsDocument,
    "\n  query DashboardRequestLimits {\n    requestRateLimits { policy scope limit used remaining windowSeconds resetAt }\n  }\n": typeof types.DashboardRequestLimitsDocument,
};
const documents: Documents = {
    "\n  query DashboardViewer {\n    viewer { id name kind roles scopes }\n  }\n": types.DashboardViewerDocument,
    "\n  query DashboardServerDay {\n    budgetStatus { day }\n  }\n": types.DashboardServerDayDocument,
    "\n  fragment AgentRow on Agent {\n    id\n    name\n    type\n    status\n    lastActive\n    performanceMetrics { responseTimeMs }\n  }\n": types.AgentRowFragmentDoc,
    "\n  query DashboardAgents($today: DateTime!) {\n    agents(first: 50, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges { node { ...AgentRow } }\n    }\n    usage(filter: { from: $today }, groupBy: [AGENT]) {\n      groups { key { agentId } usage { cost } }\n    }\n  }\n": types.DashboardAgentsDocument,
    "\n  subscription DashboardAgentStatus {\n    agentStatusChanged { agentId status changedAt agent { ...AgentRow } }\n  }\n": types.DashboardAgentStatusDocument,
    "\n  mutation DashboardStartAgent($id: ID!) {\n    startAgent(input: { id: $id }) { agent { ...AgentRow } }\n  }\n": types.DashboardStartAgentDocument,
    "\n  mutation DashboardStopAgent($id: ID!) {\n    stopAgent(input: { id: $id }) { agent { ...AgentRow } }\n  }\n": types.DashboardStopAgentDocument,
    "\n  fragment Budget on BudgetStatus {\n    day\n    alertLevel\n    todaySpend\n    dailyBudget\n    reserved\n    utilizationPct\n    thresholds { notice warning critical }\n    monthlyForecast { monthToDate projectedSpend budgetCeiling }\n  }\n": types.BudgetFragmentDoc,
    "\n  query DashboardSpend {\n    budgetStatus { ...Budget }\n  }\n": types.DashboardSpendDocument,
    "\n  query DashboardWeekUsage($weekStart: DateTime!) {\n    usage(filter: { from: $weekStart }, groupBy: [DAY, MODEL]) {\n      groups { key { day model } usage { cost calls } }\n    }\n  }\n": types.DashboardWeekUsageDocument,
    "\n  subscription DashboardTaskSettled {\n    taskUpdated { taskId status }\n  }\n": types.DashboardTaskSettledDocument,
    "\n  subscription DashboardBudgetAlert {\n    budgetAlert { level previousLevel budget { ...Budget } }\n  }\n": types.DashboardBudgetAlertDocument,
    "\n  fragment TaskRow on Task {\n    id\n    task\n    kind\n    status\n    model\n    error\n    createdAt\n    startedAt\n    completedAt\n    timeoutSeconds\n    parent { id }\n  }\n": types.TaskRowFragmentDoc,
    "\n  fragment RunRow on WorkflowRun {\n    id\n    status\n    progress\n    error\n    createdAt\n    completedAt\n    workflow { name }\n  }\n": types.RunRowFragmentDoc,
    "\n  query DashboardWork {\n    active: tasks(first: 20, filter: { status: [SPAWNING, RUNNING] }) { edges { node { ...TaskRow } } }\n    failed: tasks(first: 5, filter: { status: [FAILED, TIMED_OUT] }) { edges { node { ...TaskRow } } }\n    activeRuns: workflowRuns(first: 20, filter: { status: [QUEUED, RUNNING] }) { edges { node { ...RunRow } } }\n    failedRuns: workflowRuns(first: 5, filter: { status: [FAILED] }) { edges { node { ...RunRow } } }\n  }\n": types.DashboardWorkDocument,
    "\n  subscription DashboardTaskUpdated {\n    taskUpdated { taskId status task { ...TaskRow } }\n  }\n": types.DashboardTaskUpdatedDocument,
    "\n  subscription DashboardRunUpdated {\n    workflowRunUpdated { runId kind progress run { ...RunRow } }\n  }\n": types.DashboardRunUpdatedDocument,
    "\n  fragment MessageRow on Message {\n    id\n    position\n    cursor\n    content\n    senderType\n    senderId\n    sentAt\n  }\n": types.MessageRowFragmentDoc,
    "\n  query DashboardChannels {\n    channels(first: 50) { edges { node { id name type } } }\n  }\n": types.DashboardChannelsDocument,
    "\n  query DashboardChannelMessages($id: ID!) {\n    channel(id: $id) {\n      id\n      messages(last: 20) { edges { node { ...MessageRow } } }\n    }\n  }\n": types.DashboardChannelMessagesDocument,
    "\n  subscription DashboardMessageAdded($channelId: ID!, $after: String) {\n    messageAdded(channelId: $channelId, after: $after) { cursor message { ...MessageRow } }\n  }\n": types.DashboardMessageAddedDocument,
    "\n  query DashboardOperations {\n    sessionStats { active }\n    systemStatus { metrics { requestsPerMinute errorRate activeSessions } }\n  }\n": types.DashboardOperationsDocument,
    "\n  query DashboardRequestLimits {\n    requestRateLimits { policy scope limit used remaining windowSeconds resetAt }\n  }\n": types.DashboardRequestLimitsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardViewer {\n    viewer { id name kind roles scopes }\n  }\n"): typeof import('./graphql.js').DashboardViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardServerDay {\n    budgetStatus { day }\n  }\n"): typeof import('./graphql.js').DashboardServerDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentRow on Agent {\n    id\n    name\n    type\n    status\n    lastActive\n    performanceMetrics { responseTimeMs }\n  }\n"): typeof import('./graphql.js').AgentRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAgents($today: DateTime!) {\n    agents(first: 50, orderBy: { field: NAME, direction: ASC }) {\n      totalCount\n      edges { node { ...AgentRow } }\n    }\n    usage(filter: { from: $today }, groupBy: [AGENT]) {\n      groups { key { agentId } usage { cost } }\n    }\n  }\n"): typeof import('./graphql.js').DashboardAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardAgentStatus {\n    agentStatusChanged { agentId status changedAt agent { ...AgentRow } }\n  }\n"): typeof import('./graphql.js').DashboardAgentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardStartAgent($id: ID!) {\n    startAgent(input: { id: $id }) { agent { ...AgentRow } }\n  }\n"): typeof import('./graphql.js').DashboardStartAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DashboardStopAgent($id: ID!) {\n    stopAgent(input: { id: $id }) { agent { ...AgentRow } }\n  }\n"): typeof import('./graphql.js').DashboardStopAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Budget on BudgetStatus {\n    day\n    alertLevel\n    todaySpend\n    dailyBudget\n    reserved\n    utilizationPct\n    thresholds { notice warning critical }\n    monthlyForecast { monthToDate projectedSpend budgetCeiling }\n  }\n"): typeof import('./graphql.js').BudgetFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSpend {\n    budgetStatus { ...Budget }\n  }\n"): typeof import('./graphql.js').DashboardSpendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardWeekUsage($weekStart: DateTime!) {\n    usage(filter: { from: $weekStart }, groupBy: [DAY, MODEL]) {\n      groups { key { day model } usage { cost calls } }\n    }\n  }\n"): typeof import('./graphql.js').DashboardWeekUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardTaskSettled {\n    taskUpdated { taskId status }\n  }\n"): typeof import('./graphql.js').DashboardTaskSettledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardBudgetAlert {\n    budgetAlert { level previousLevel budget { ...Budget } }\n  }\n"): typeof import('./graphql.js').DashboardBudgetAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskRow on Task {\n    id\n    task\n    kind\n    status\n    model\n    error\n    createdAt\n    startedAt\n    completedAt\n    timeoutSeconds\n    parent { id }\n  }\n"): typeof import('./graphql.js').TaskRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RunRow on WorkflowRun {\n    id\n    status\n    progress\n    error\n    createdAt\n    completedAt\n    workflow { name }\n  }\n"): typeof import('./graphql.js').RunRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardWork {\n    active: tasks(first: 20, filter: { status: [SPAWNING, RUNNING] }) { edges { node { ...TaskRow } } }\n    failed: tasks(first: 5, filter: { status: [FAILED, TIMED_OUT] }) { edges { node { ...TaskRow } } }\n    activeRuns: workflowRuns(first: 20, filter: { status: [QUEUED, RUNNING] }) { edges { node { ...RunRow } } }\n    failedRuns: workflowRuns(first: 5, filter: { status: [FAILED] }) { edges { node { ...RunRow } } }\n  }\n"): typeof import('./graphql.js').DashboardWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardTaskUpdated {\n    taskUpdated { taskId status task { ...TaskRow } }\n  }\n"): typeof import('./graphql.js').DashboardTaskUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardRunUpdated {\n    workflowRunUpdated { runId kind progress run { ...RunRow } }\n  }\n"): typeof import('./graphql.js').DashboardRunUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageRow on Message {\n    id\n    position\n    cursor\n    content\n    senderType\n    senderId\n    sentAt\n  }\n"): typeof import('./graphql.js').MessageRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChannels {\n    channels(first: 50) { edges { node { id name type } } }\n  }\n"): typeof import('./graphql.js').DashboardChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChannelMessages($id: ID!) {\n    channel(id: $id) {\n      id\n      messages(last: 20) { edges { node { ...MessageRow } } }\n    }\n  }\n"): typeof import('./graphql.js').DashboardChannelMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DashboardMessageAdded($channelId: ID!, $after: String) {\n    messageAdded(channelId: $channelId, after: $after) { cursor message { ...MessageRow } }\n  }\n"): typeof import('./graphql.js').DashboardMessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOperations {\n    sessionStats { active }\n    systemStatus { metrics { requestsPerMinute errorRate activeSessions } }\n  }\n"): typeof import('./graphql.js').DashboardOperationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRequestLimits {\n    requestRateLimits { policy scope limit used remaining windowSeconds resetAt }\n  }\n"): typeof import('./graphql.js').DashboardRequestLimitsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
