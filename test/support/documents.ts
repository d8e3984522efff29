// Operations the tests send, typed by codegen from schema.graphql (npm run codegen).
import { graphql } from "../../src/generated/graphql/index.js";

/** An event with data that depends on who reads it: the sessions of the agent a subscriber may see. */
export const AgentStatusWithSessions = graphql(`
  subscription AgentStatusWithSessions($agentId: ID) {
    agentStatusChanged(agentId: $agentId) { agentId status agent { id sessions(first: 10) { totalCount } } }
  }
`);

// Codegen reads this fragment; the operations below spread it.
graphql(`
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
    config { model temperature maxTokens topP frequencyPenalty presencePenalty }
    performanceMetrics { responseTimeMs successRate taskCompletionRate errorCount }
  }
`);

export const CreateAgent = graphql(`
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) { agent { ...AgentFields } }
  }
`);

export const UpdateAgent = graphql(`
  mutation UpdateAgent($input: UpdateAgentInput!) {
    updateAgent(input: $input) { agent { ...AgentFields } }
  }
`);

export const StartAgent = graphql(`
  mutation StartAgent($id: ID!) {
    startAgent(input: { id: $id }) { agent { id status startedAt lastActive } }
  }
`);

export const StopAgent = graphql(`
  mutation StopAgent($id: ID!) {
    stopAgent(input: { id: $id }) { agent { id status stoppedAt } }
  }
`);

export const DeleteAgent = graphql(`
  mutation DeleteAgent($id: ID!) {
    deleteAgent(input: { id: $id }) { deletedAgentId name }
  }
`);

export const GetAgent = graphql(`
  query GetAgent($id: ID!) {
    agent(id: $id) { ...AgentFields }
  }
`);

export const ListAgents = graphql(`
  query ListAgents($first: Int, $after: String, $last: Int, $before: String, $filter: AgentFilter, $orderBy: AgentOrder, $offset: Int) {
    agents(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy, offset: $offset) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id name type status createdAt } }
    }
  }
`);

export const NodeById = graphql(`
  query NodeById($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Agent { name }
      ... on ApiKey { name }
      ... on User { email }
    }
  }
`);

export const NodesByIds = graphql(`
  query NodesByIds($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id }
  }
`);

export const Viewer = graphql(`
  query Viewer {
    viewer { id kind name roles scopes }
  }
`);

export const CreateApiKey = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey { id name prefix roles scopes status expiresAt revokedAt createdAt }
    }
  }
`);

export const RevokeApiKey = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(input: { id: $id }) { apiKey { id status revokedAt } }
  }
`);

export const ListApiKeys = graphql(`
  query ListApiKeys($first: Int) {
    apiKeys(first: $first) { totalCount edges { node { id name prefix status lastUsedAt } } }
  }
`);

export const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { user { id email name roles } }
  }
`);

export const Login = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      tokenType accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email roles }
    }
  }
`);

export const RefreshToken = graphql(`
  mutation RefreshToken($refreshToken: String!) {
    refreshToken(input: { refreshToken: $refreshToken }) { accessToken refreshToken }
  }
`);

export const AgentStatusChanged = graphql(`
  subscription AgentStatusChanged($agentId: ID) {
    agentStatusChanged(agentId: $agentId) { agentId previousStatus status changedAt agent { id name status } }
  }
`);

// Codegen reads this fragment; the operations below spread it.
graphql(`
  fragment SessionFields on Session {
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

export const CreateSession = graphql(`
  mutation CreateSession($input: CreateSessionInput!) {
    createSession(input: $input) { session { ...SessionFields } }
  }
`);

export const GetSession = graphql(`
  query GetSession($id: ID!, $first: Int) {
    session(id: $id) {
      ...SessionFields
      messages(first: $first) { totalCount edges { cursor node { id role content metadata createdAt } } }
      usage { calls inputTokens outputTokens cost }
    }
  }
`);

export const SendSessionMessage = graphql(`
  mutation SendSessionMessage($input: SendSessionMessageInput!) {
    sendSessionMessage(input: $input) {
      response
      provider
      model
      contextUpdate
      timestamp
      message { id role content }
      userMessage { id role content }
      session { messageCount expiresAt lastActivity context }
    }
  }
`);

export const HeartbeatSession = graphql(`
  mutation HeartbeatSession($id: ID!) {
    heartbeatSession(input: { sessionId: $id }) { session { ...SessionFields } }
  }
`);

export const RenewSession = graphql(`
  mutation RenewSession($id: ID!) {
    renewSession(input: { sessionId: $id }) { session { ...SessionFields } }
  }
`);

export const EndSession = graphql(`
  mutation EndSession($id: ID!) {
    endSession(input: { sessionId: $id }) { session { ...SessionFields } }
  }
`);

export const ListSessions = graphql(`
  query ListSessions($first: Int, $filter: SessionFilter) {
    sessions(first: $first, filter: $filter) { totalCount edges { node { id status userId messages(first: 5) { totalCount edges { node { id content } } } usage { calls cost } } } }
    sessionStats(filter: $filter) { total active expired ended }
  }
`);

export const SessionsHealth = graphql(`
  query SessionsHealth {
    sessionsHealth { status activeSessions expiringSoon uptime }
  }
`);

export const SessionUpdated = graphql(`
  subscription SessionUpdated($sessionId: ID!) {
    sessionUpdated(sessionId: $sessionId) {
      kind
      sessionId
      at
      delta
      contextUpdate
      message { id role content }
      session { status expiresAt summary timeRemaining }
    }
  }
`);

// Codegen reads this fragment; the operations below spread it.
graphql(`
  fragment ChannelFields on Channel {
    id
    name
    type
    createdBy
    memberCount
    members { memberId memberType }
  }
`);

export const CreateChannel = graphql(`
  mutation CreateChannel($input: CreateChannelInput!) {
    createChannel(input: $input) { channel { ...ChannelFields } }
  }
`);

export const AddChannelMember = graphql(`
  mutation AddChannelMember($channelId: ID!, $memberId: ID!) {
    addChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...ChannelFields } }
  }
`);

export const RemoveChannelMember = graphql(`
  mutation RemoveChannelMember($channelId: ID!, $memberId: ID!) {
    removeChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...ChannelFields } }
  }
`);

export const SendMessage = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) { message { id position cursor senderId senderType content metadata sentAt editedAt } }
  }
`);

export const EditMessage = graphql(`
  mutation EditMessage($messageId: ID!, $content: String!) {
    editMessage(input: { messageId: $messageId, content: $content }) { message { id content editedAt } }
  }
`);

export const GetChannel = graphql(`
  query GetChannel($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $sentAfter: DateTime, $sentBefore: DateTime) {
    channel(id: $id) {
      ...ChannelFields
      messages(first: $first, after: $after, last: $last, before: $before, sentAfter: $sentAfter, sentBefore: $sentBefore) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
        edges { cursor node { id position content senderId senderType replyToId sentAt } }
      }
    }
  }
`);

export const ListChannels = graphql(`
  query ListChannels($first: Int) {
    channels(first: $first) { totalCount edges { node { id name type memberCount messages(last: 3) { totalCount edges { node { id content } } } } } }
  }
`);

export const MessageAdded = graphql(`
  subscription MessageAdded($channelId: ID!, $after: String) {
    messageAdded(channelId: $channelId, after: $after) {
      channelId
      cursor
      message { id position content senderId senderType replyToId }
    }
  }
`);

export const UsageReport = graphql(`
  query UsageReport($filter: UsageFilter, $groupBy: [UsageDimension!]) {
    usage(filter: $filter, groupBy: $groupBy) {
      totals { calls inputTokens outputTokens cost }
      groups { key { model day provider agentId } usage { calls inputTokens outputTokens cost } }
    }
  }
`);

export const AgentsWithUsage = graphql(`
  query AgentsWithUsage($first: Int) {
    agents(first: $first) { edges { node { id name usage { calls cost } } } }
  }
`);

export const BudgetStatusQuery = graphql(`
  query BudgetStatusQuery {
    budgetStatus {
      day dailyBudget todaySpend reserved remaining utilizationPct alertLevel
      thresholds { notice warning critical }
      monthlyForecast { monthToDate projectedSpend budgetCeiling deltaToBudget }
    }
  }
`);

export const UpdateBudget = graphql(`
  mutation UpdateBudget($input: UpdateBudgetInput!) {
    updateBudget(input: $input) { budget { dailyBudget todaySpend remaining utilizationPct alertLevel monthlyForecast { budgetCeiling } } }
  }
`);

export const BudgetAlerts = graphql(`
  subscription BudgetAlerts {
    budgetAlert { previousLevel level at budget { todaySpend utilizationPct } }
  }
`);

export const RateLimits = graphql(`
  query RateLimits {
    rateLimits { provider current limit remaining utilizationPct resetAt }
  }
`);

export const RecommendModel = graphql(`
  query RecommendModel($taskType: String!, $complexity: TaskComplexity!, $priority: Priority, $estimatedTokens: Int!) {
    recommendModel(taskType: $taskType, complexity: $complexity, priority: $priority, estimatedTokens: $estimatedTokens) {
      model { name tier vendor }
      reason
      estimatedCost
      budgetAvailable
      budget { dailyBudget todaySpend remaining }
    }
  }
`);

export const SystemStatusQuery = graphql(`
  query SystemStatusQuery {
    systemStatus {
      status
      timestamp
      services { apiGateway agentOrchestrator messageBroker database cache }
      metrics { activeAgents activeSessions requestsPerMinute errorRate systemLoad }
    }
  }
`);

export const SystemConfigQuery = graphql(`
  query SystemConfigQuery {
    systemConfig { version environment llmProviders defaultAgentConfig { model temperature maxTokens } }
  }
`);

export const TriggerSystemTask = graphql(`
  mutation TriggerSystemTask($input: TriggerSystemTaskInput!) {
    triggerSystemTask(input: $input) { task { id type status parameters queuedAt } }
  }
`);

export const SystemTaskQuery = graphql(`
  query SystemTaskQuery($id: ID!) {
    systemTask(id: $id) { id type status result error queuedAt startedAt completedAt }
  }
`);

export const SystemTaskUpdated = graphql(`
  subscription SystemTaskUpdated($taskId: ID) {
    systemTaskUpdated(taskId: $taskId) { taskId status task { status result } }
  }
`);
