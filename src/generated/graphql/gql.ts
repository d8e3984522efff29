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
    "\n  fragment RestAgent on Agent {\n    id\n    name\n    type\n    status\n    createdAt\n    updatedAt\n    startedAt\n    stoppedAt\n    lastActive\n    skills\n    config { model temperature maxTokens topP frequencyPenalty presencePenalty }\n    performanceMetrics { responseTimeMs successRate taskCompletionRate errorCount }\n  }\n": typeof types.RestAgentFragmentDoc,
    "\n      mutation RestCreateAgent($input: CreateAgentInput!) {\n        createAgent(input: $input) { agent { ...RestAgent } }\n      }\n    ": typeof types.RestCreateAgentDocument,
    "\n      query RestListAgents($first: Int!, $offset: Int!, $filter: AgentFilter) {\n        agents(first: $first, offset: $offset, filter: $filter) {\n          totalCount\n          edges { node { ...RestAgent } }\n        }\n      }\n    ": typeof types.RestListAgentsDocument,
    "\n      query RestGetAgent($id: ID!) {\n        agent(id: $id) { ...RestAgent }\n      }\n    ": typeof types.RestGetAgentDocument,
    "\n      mutation RestStartAgent($id: ID!) {\n        startAgent(input: { id: $id }) { agent { id status startedAt } }\n      }\n    ": typeof types.RestStartAgentDocument,
    "\n      mutation RestStopAgent($id: ID!) {\n        stopAgent(input: { id: $id }) { agent { id status stoppedAt } }\n      }\n    ": typeof types.RestStopAgentDocument,
    "\n      mutation RestDeleteAgent($id: ID!) {\n        deleteAgent(input: { id: $id }) { deletedAgentId }\n      }\n    ": typeof types.RestDeleteAgentDocument,
    "\n      mutation RestSpawnBatch($input: SpawnTasksInput!) {\n        spawnTasks(input: $input) {\n          spawned\n          failed\n          results { index task { id model team status estimatedCost } error { code message } }\n        }\n      }\n    ": typeof types.RestSpawnBatchDocument,
    "\n      query RestTeams {\n        teams { id members { role model } }\n      }\n    ": typeof types.RestTeamsDocument,
    "\n      query RestTeam($id: String!) {\n        team(id: $id) { id members { role model } }\n      }\n    ": typeof types.RestTeamDocument,
    "\n  fragment RestChannel on Channel {\n    id\n    name\n    type\n    createdAt\n    memberCount\n  }\n": typeof types.RestChannelFragmentDoc,
    "\n  fragment RestMessage on Message {\n    id\n    channel { id }\n    senderId\n    senderType\n    content\n    metadata\n    sentAt\n    editedAt\n  }\n": typeof types.RestMessageFragmentDoc,
    "\n      mutation RestCreateChannel($input: CreateChannelInput!) {\n        createChannel(input: $input) { channel { ...RestChannel } }\n      }\n    ": typeof types.RestCreateChannelDocument,
    "\n      mutation RestSendMessage($input: SendMessageInput!) {\n        sendMessage(input: $input) { message { ...RestMessage } }\n      }\n    ": typeof types.RestSendMessageDocument,
    "\n      query RestChannelMessages($id: ID!, $last: Int!, $sentAfter: DateTime, $sentBefore: DateTime) {\n        channel(id: $id) {\n          messages(last: $last, sentAfter: $sentAfter, sentBefore: $sentBefore) { edges { node { ...RestMessage } } }\n        }\n      }\n    ": typeof types.RestChannelMessagesDocument,
    "\n  fragment RestDeployment on Deployment {\n    id\n    name\n    target\n    provider\n    status\n    config\n    endpoint\n    error\n    createdAt\n    updatedAt\n  }\n": typeof types.RestDeploymentFragmentDoc,
    "\n      mutation RestDeployAkash($input: DeployToAkashInput!) {\n        deployToAkash(input: $input) { deployment { ...RestDeployment } }\n      }\n    ": typeof types.RestDeployAkashDocument,
    "\n      query RestDeployment($id: ID!) {\n        deployment(id: $id) { ...RestDeployment }\n      }\n    ": typeof types.RestDeploymentDocument,
    "\n      mutation RestRestartAgent($id: ID!) {\n        stopAgent(input: { id: $id }) { agent { id stoppedAt } }\n        startAgent(input: { id: $id }) { agent { id status startedAt } }\n      }\n    ": typeof types.RestRestartAgentDocument,
    "\n      query RestActiveAgents($first: Int!, $offset: Int!) {\n        agents(first: $first, offset: $offset, filter: { status: [RUNNING] }) {\n          totalCount\n          edges { node { ...RestAgent } }\n        }\n      }\n    ": typeof types.RestActiveAgentsDocument,
    "\n      query RestEventLog($limit: Int!, $cursor: String, $where: EventWhere) {\n        eventLog(limit: $limit, cursor: $cursor, where: $where) {\n          cursor\n          hasMore\n          events { sequence type subjectId payload createdAt }\n        }\n      }\n    ": typeof types.RestEventLogDocument,
    "\n      query RestOrchestratorStatus($dayStart: DateTime!, $hourAgo: DateTime!) {\n        models { name }\n        budgetStatus {\n          dailyBudget todaySpend remaining utilizationPct alertLevel\n          monthlyForecast { projectedSpend budgetCeiling deltaToBudget }\n        }\n        rateLimits { provider current limit remaining utilizationPct }\n        today: usage(filter: { from: $dayStart }, groupBy: [MODEL]) {\n          totals { calls }\n          groups { key { model } usage { calls inputTokens outputTokens } }\n        }\n        lastHour: usage(filter: { from: $hourAgo }) { totals { calls } }\n      }\n    ": typeof types.RestOrchestratorStatusDocument,
    "\n      query RestRecommendModel($taskType: String!, $complexity: TaskComplexity!, $priority: Priority, $estimatedTokens: Int!) {\n        recommendModel(taskType: $taskType, complexity: $complexity, priority: $priority, estimatedTokens: $estimatedTokens) {\n          model { name tier provider vendor }\n          reason\n          estimatedCost\n          budgetAvailable\n          budget { dailyBudget todaySpend remaining }\n        }\n      }\n    ": typeof types.RestRecommendModelDocument,
    "\n      query RestRateLimits {\n        rateLimits { provider current limit remaining resetAt }\n        requestRateLimits { policy scope limit remaining used windowSeconds resetAt }\n      }\n    ": typeof types.RestRateLimitsDocument,
    "\n      query RestBillingUsage($filter: UsageFilter!) {\n        byModel: usage(filter: $filter, groupBy: [MODEL]) { totals { cost } groups { key { model } usage { cost } } }\n        byDay: usage(filter: $filter, groupBy: [DAY]) { groups { key { day } usage { cost } } }\n      }\n    ": typeof types.RestBillingUsageDocument,
    "\n  fragment RestIpBlock on IpBlock { id ip reason automatic createdBy createdAt expiresAt }\n  fragment RestIpAllowlist on IpAllowlist { allowedIps enforce logViolations source updatedAt }\n  fragment RestAuditSettings on AuditSettings { enabled logLevel retentionDays includeRequestBody includeResponseBody events }\n": typeof types.RestIpBlockFragmentDoc,
    "query RestIpAllowlist { ipAllowlist { ...RestIpAllowlist } }": typeof types.RestIpAllowlistDocument,
    "\n      mutation RestSetIpAllowlist($input: SetIpAllowlistInput!) { setIpAllowlist(input: $input) { allowlist { ...RestIpAllowlist } } }\n    ": typeof types.RestSetIpAllowlistDocument,
    "mutation RestBlockIp($input: BlockIpInput!) { blockIp(input: $input) { block { ...RestIpBlock } } }": typeof types.RestBlockIpDocument,
    "query RestIpBlocks { ipBlocks { ...RestIpBlock } }": typeof types.RestIpBlocksDocument,
    "mutation RestUnblockIp($input: UnblockIpInput!) { unblockIp(input: $input) { lifted { ...RestIpBlock } } }": typeof types.RestUnblockIpDocument,
    "mutation RestConfigureAudit($input: ConfigureAuditInput!) { configureAudit(input: $input) { settings { ...RestAuditSettings } } }": typeof types.RestConfigureAuditDocument,
    "\n      query RestAuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n        auditSettings { ...RestAuditSettings }\n        auditEvents(filter: $filter, first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { timestamp event severity apiKeyId ipAddress userAgent requestId resource { type id } details } }\n        }\n      }\n    ": typeof types.RestAuditEventsDocument,
    "\n      mutation RestRevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id name status revokedAt revokeReason } } }\n    ": typeof types.RestRevokeApiKeyDocument,
    "\n  fragment RestSession on Session {\n    id\n    agent { id }\n    userId\n    status\n    context\n    createdAt\n    expiresAt\n    lastActivity\n    endedAt\n    summary\n    messageCount\n    renewalCount\n    timeRemaining\n    isNearExpiration\n    timeoutConfig { timeoutMinutes autoRenew maxDurationMinutes warningThresholdMinutes }\n  }\n": typeof types.RestSessionFragmentDoc,
    "\n  mutation RestHeartbeatSession($id: ID!) {\n    heartbeatSession(input: { sessionId: $id }) { session { ...RestSession } }\n  }\n": typeof types.RestHeartbeatSessionDocument,
    "\n  mutation RestRenewSession($id: ID!) {\n    renewSession(input: { sessionId: $id }) { session { ...RestSession } }\n  }\n": typeof types.RestRenewSessionDocument,
    "\n      mutation RestCreateSession($input: CreateSessionInput!) {\n        createSession(input: $input) { session { ...RestSession } }\n      }\n    ": typeof types.RestCreateSessionDocument,
    "\n      mutation RestSendSessionMessage($input: SendSessionMessageInput!) {\n        sendSessionMessage(input: $input) { response contextUpdate timestamp message { id } }\n      }\n    ": typeof types.RestSendSessionMessageDocument,
    "\n      query RestGetSession($id: ID!) {\n        session(id: $id) { ...RestSession }\n      }\n    ": typeof types.RestGetSessionDocument,
    "\n      mutation RestEndSession($id: ID!) {\n        endSession(input: { sessionId: $id }) { session { ...RestSession } }\n      }\n    ": typeof types.RestEndSessionDocument,
    "\n      query RestListSessions($first: Int!, $offset: Int!, $filter: SessionFilter) {\n        sessions(first: $first, offset: $offset, filter: $filter) { totalCount edges { node { ...RestSession } } }\n        sessionStats(filter: $filter) { total active expired ended }\n      }\n    ": typeof types.RestListSessionsDocument,
    "\n      query RestSessionsHealth {\n        sessionsHealth { status activeSessions expiringSoon uptime }\n      }\n    ": typeof types.RestSessionsHealthDocument,
    "\n      query RestGetSessionCamel($id: ID!) {\n        session(id: $id) { ...RestSession }\n      }\n    ": typeof types.RestGetSessionCamelDocument,
    "\n  fragment RestSystemTask on SystemTask {\n    id\n    type\n    status\n    parameters\n    result\n    error\n    queuedAt\n    startedAt\n    completedAt\n  }\n": typeof types.RestSystemTaskFragmentDoc,
    "\n      query RestSystemStatus {\n        systemStatus {\n          status\n          timestamp\n          services { apiGateway agentOrchestrator messageBroker database cache }\n          metrics { activeAgents activeSessions requestsPerMinute errorRate systemLoad }\n        }\n      }\n    ": typeof types.RestSystemStatusDocument,
    "\n      query RestSystemConfig {\n        systemConfig { version environment llmProviders defaultAgentConfig { model temperature maxTokens topP frequencyPenalty presencePenalty } }\n      }\n    ": typeof types.RestSystemConfigDocument,
    "\n      mutation RestTriggerSystemTask($input: TriggerSystemTaskInput!) {\n        triggerSystemTask(input: $input) { task { ...RestSystemTask } }\n      }\n    ": typeof types.RestTriggerSystemTaskDocument,
    "\n      query RestSystemTask($id: ID!) {\n        systemTask(id: $id) { ...RestSystemTask }\n      }\n    ": typeof types.RestSystemTaskDocument,
    "\n      query RestSystemStats {\n        systemStats { cpuTempC loadAverage memoryUsagePct uptimeSeconds diskFreeBytes activeAgents }\n      }\n    ": typeof types.RestSystemStatsDocument,
    "\n  fragment RestTask on Task {\n    id\n    kind\n    model\n    team\n    status\n    task\n    result\n    error\n    createdAt\n    startedAt\n    completedAt\n    estimatedCost\n    actualCost\n    refund\n    members { role model status }\n  }\n": typeof types.RestTaskFragmentDoc,
    "\n      mutation RestSpawn($input: SpawnTaskInput!) {\n        spawnTask(input: $input) { task { id model status estimatedCost } }\n      }\n    ": typeof types.RestSpawnDocument,
    "\n      mutation RestSpawnTeam($input: SpawnTeamInput!) {\n        spawnTeam(input: $input) { task { id team status estimatedCost members { model } } }\n      }\n    ": typeof types.RestSpawnTeamDocument,
    "\n      query RestListTasks($first: Int!, $offset: Int!, $after: String, $where: TaskWhere, $orderBy: TaskOrder) {\n        tasks(first: $first, offset: $offset, after: $after, where: $where, orderBy: $orderBy) {\n          totalCount\n          pageInfo { endCursor hasNextPage }\n          edges { node { ...RestTask } }\n        }\n        taskStats(where: $where) { totalCost byModel { model count } }\n      }\n    ": typeof types.RestListTasksDocument,
    "\n      query RestActiveTasks($today: DateTime!) {\n        tasks(first: 100, filter: { status: [RUNNING] }) { totalCount edges { node { id model status task } } }\n        today: taskStats(filter: { createdAfter: $today }) { totalCost }\n      }\n    ": typeof types.RestActiveTasksDocument,
    "\n      query RestGetTask($id: ID!) {\n        task(id: $id) { ...RestTask }\n      }\n    ": typeof types.RestGetTaskDocument,
    "\n      mutation RestCancelTask($id: ID!) {\n        cancelTask(input: { id: $id }) { refund task { id status } }\n      }\n    ": typeof types.RestCancelTaskDocument,
    "\n      mutation RestCreateWebhook($input: CreateWebhookInput!) {\n        createWebhook(input: $input) { secret webhook { id url events createdAt } }\n      }\n    ": typeof types.RestCreateWebhookDocument,
    "\n      query RestListWebhooks {\n        webhooks(first: 100) { edges { node { id url events createdAt } } }\n      }\n    ": typeof types.RestListWebhooksDocument,
    "\n      mutation RestDeleteWebhook($id: ID!) {\n        deleteWebhook(input: { id: $id }) { deletedWebhookId }\n      }\n    ": typeof types.RestDeleteWebhookDocument,
    "\n  fragment RestChannelDetail on Channel {\n    ...RestChannel\n    members { memberId memberType joinedAt }\n  }\n": typeof types.RestChannelDetailFragmentDoc,
    "\n  fragment RestApiKey on ApiKey {\n    id\n    name\n    prefix\n    roles\n    scopes\n    tier\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.RestApiKeyFragmentDoc,
    "\n  fragment RestUser on User {\n    id\n    email\n    name\n    roles\n    tier\n    createdAt\n  }\n": typeof types.RestUserFragmentDoc,
    "\n  fragment RestBudget on BudgetStatus {\n    day\n    dailyBudget\n    todaySpend\n    reserved\n    remaining\n    utilizationPct\n    alertLevel\n    thresholds { notice warning critical }\n    monthlyForecast { monthToDate projectedSpend budgetCeiling deltaToBudget }\n  }\n": typeof types.RestBudgetFragmentDoc,
    "\n  fragment RestAuth on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    tokenType\n    user { ...RestUser }\n  }\n": typeof types.RestAuthFragmentDoc,
    "\n      mutation RestUpdateAgent($input: UpdateAgentInput!) {\n        updateAgent(input: $input) { agent { ...RestAgent } }\n      }\n    ": typeof types.RestUpdateAgentDocument,
    "\n      query RestListChannels($first: Int!, $offset: Int!, $filter: ChannelFilter) {\n        channels(first: $first, offset: $offset, filter: $filter) { totalCount edges { node { ...RestChannel } } }\n      }\n    ": typeof types.RestListChannelsDocument,
    "\n      query RestGetChannel($id: ID!) {\n        channel(id: $id) { ...RestChannelDetail }\n      }\n    ": typeof types.RestGetChannelDocument,
    "\n      mutation RestAddChannelMember($input: AddChannelMemberInput!) {\n        addChannelMember(input: $input) { channel { ...RestChannelDetail } }\n      }\n    ": typeof types.RestAddChannelMemberDocument,
    "\n      mutation RestRemoveChannelMember($channelId: ID!, $memberId: ID!) {\n        removeChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...RestChannelDetail } }\n      }\n    ": typeof types.RestRemoveChannelMemberDocument,
    "\n      mutation RestEditMessage($input: EditMessageInput!) {\n        editMessage(input: $input) { message { ...RestMessage } }\n      }\n    ": typeof types.RestEditMessageDocument,
    "\n      query RestListApiKeys($first: Int!, $offset: Int!) {\n        apiKeys(first: $first, offset: $offset) { totalCount edges { node { ...RestApiKey } } }\n      }\n    ": typeof types.RestListApiKeysDocument,
    "\n      mutation RestCreateApiKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) { secret apiKey { ...RestApiKey } }\n      }\n    ": typeof types.RestCreateApiKeyDocument,
    "\n      mutation RestV1RevokeApiKey($id: ID!) {\n        revokeApiKey(input: { id: $id }) { apiKey { ...RestApiKey } }\n      }\n    ": typeof types.RestV1RevokeApiKeyDocument,
    "\n      mutation RestCreateUser($input: CreateUserInput!) {\n        createUser(input: $input) { user { ...RestUser } }\n      }\n    ": typeof types.RestCreateUserDocument,
    "\n      query RestGetUser($id: ID!) {\n        node(id: $id) { __typename ... on User { ...RestUser } }\n      }\n    ": typeof types.RestGetUserDocument,
    "\n      mutation RestLogin($input: LoginInput!) {\n        login(input: $input) { ...RestAuth }\n      }\n    ": typeof types.RestLoginDocument,
    "\n      mutation RestRefresh($input: RefreshTokenInput!) {\n        refreshToken(input: $input) { ...RestAuth }\n      }\n    ": typeof types.RestRefreshDocument,
    "\n      query RestBudget {\n        budgetStatus { ...RestBudget }\n      }\n    ": typeof types.RestBudgetDocument,
    "\n      mutation RestUpdateBudget($input: UpdateBudgetInput!) {\n        updateBudget(input: $input) { budget { ...RestBudget } }\n      }\n    ": typeof types.RestUpdateBudgetDocument,
    "\n      query RestModels {\n        models { name provider vendor tier inputPricePerMTok outputPricePerMTok }\n      }\n    ": typeof types.RestModelsDocument,
    "\n  fragment RestWorkflowRun on WorkflowRun {\n    id\n    workflow { id name }\n    status\n    progress\n    input\n    output\n    error\n    createdAt\n    startedAt\n    completedAt\n    stepRuns { key status output startedAt completedAt }\n    usage { calls cost }\n  }\n": typeof types.RestWorkflowRunFragmentDoc,
    "\n      query RestWorkflowsStatus {\n        workflowRuns(first: 100, filter: { status: [QUEUED, RUNNING] }) { edges { node { id workflow { name } status progress startedAt createdAt } } }\n      }\n    ": typeof types.RestWorkflowsStatusDocument,
    "\n      mutation RestCsuiteMeeting($agenda: [String!]) {\n        conductCsuiteMeeting(input: { agenda: $agenda }) { meetingId participants agenda outcomes duration status timestamp error }\n      }\n    ": typeof types.RestCsuiteMeetingDocument,
    "\n      mutation RestCreateWorkflow($input: CreateWorkflowInput!) {\n        createWorkflow(input: $input) { workflow { id name description createdAt steps { key kind agentId model team prompt dependsOn } } }\n      }\n    ": typeof types.RestCreateWorkflowDocument,
    "\n      query RestListWorkflows {\n        workflows(first: 100) { totalCount edges { node { id name description builtin createdAt steps { key kind dependsOn } } } }\n      }\n    ": typeof types.RestListWorkflowsDocument,
    "\n      mutation RestRunWorkflow($input: RunWorkflowInput!) {\n        runWorkflow(input: $input) { run { ...RestWorkflowRun } }\n      }\n    ": typeof types.RestRunWorkflowDocument,
    "\n      query RestWorkflowRun($id: ID!) {\n        workflowRun(id: $id) { ...RestWorkflowRun }\n      }\n    ": typeof types.RestWorkflowRunDocument,
    "\n      mutation RestCancelWorkflowRun($id: ID!) {\n        cancelWorkflowRun(input: { runId: $id }) { run { ...RestWorkflowRun } }\n      }\n    ": typeof types.RestCancelWorkflowRunDocument,
    "\n  query EventLogQuery($limit: Int!, $cursor: String) {\n    eventLog(limit: $limit, cursor: $cursor) { cursor hasMore events { sequence type subjectId } }\n  }\n": typeof types.EventLogQueryDocument,
    "\n  query TasksWhere($where: TaskWhere, $orderBy: TaskOrder) {\n    tasks(first: 100, where: $where, orderBy: $orderBy) { totalCount edges { node { id } } }\n  }\n": typeof types.TasksWhereDocument,
    "\n  mutation CreateSigningKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret signingSecret apiKey { id allowedIps requireSignature } }\n  }\n": typeof types.CreateSigningKeyDocument,
    "\n  query AuditTrail($filter: AuditEventFilter, $first: Int) {\n    auditEvents(filter: $filter, first: $first) {\n      totalCount\n      edges { node { timestamp event severity apiKeyId principalId ipAddress userAgent requestId resource { type id } details } }\n    }\n  }\n": typeof types.AuditTrailDocument,
    "query BlocksList { ipBlocks { id ip reason automatic expiresAt } }": typeof types.BlocksListDocument,
    "\n  subscription AgentStatusWithSessions($agentId: ID) {\n    agentStatusChanged(agentId: $agentId) { agentId status agent { id sessions(first: 10) { totalCount } } }\n  }\n": typeof types.AgentStatusWithSessionsDocument,
    "\n  fragment AgentFields on Agent {\n    id\n    name\n    type\n    status\n    skills\n    createdAt\n    updatedAt\n    startedAt\n    stoppedAt\n    lastActive\n    config { model temperature maxTokens topP frequencyPenalty presencePenalty }\n    performanceMetrics { responseTimeMs successRate taskCompletionRate errorCount }\n  }\n": typeof types.AgentFieldsFragmentDoc,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) { agent { ...AgentFields } }\n  }\n": typeof types.CreateAgentDocument,
    "\n  mutation UpdateAgent($input: UpdateAgentInput!) {\n    updateAgent(input: $input) { agent { ...AgentFields } }\n  }\n": typeof types.UpdateAgentDocument,
    "\n  mutation StartAgent($id: ID!) {\n    startAgent(input: { id: $id }) { agent { id status startedAt lastActive } }\n  }\n": typeof types.StartAgentDocument,
    "\n  mutation StopAgent($id: ID!) {\n    stopAgent(input: { id: $id }) { agent { id status stoppedAt } }\n  }\n": typeof types.StopAgentDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(input: { id: $id }) { deletedAgentId name }\n  }\n": typeof types.DeleteAgentDocument,
    "\n  query GetAgent($id: ID!) {\n    agent(id: $id) { ...AgentFields }\n  }\n": typeof types.GetAgentDocument,
    "\n  query ListAgents($first: Int, $after: String, $last: Int, $before: String, $filter: AgentFilter, $orderBy: AgentOrder, $offset: Int) {\n    agents(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy, offset: $offset) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id name type status createdAt } }\n    }\n  }\n": typeof types.ListAgentsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Agent { name }\n      ... on ApiKey { name }\n      ... on User { email }\n    }\n  }\n": typeof types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": typeof types.NodesByIdsDocument,
    "\n  query Viewer {\n    viewer { id kind name roles scopes }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id name prefix roles scopes status expiresAt revokedAt createdAt }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) { apiKey { id status revokedAt } }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query ListApiKeys($first: Int) {\n    apiKeys(first: $first) { totalCount edges { node { id name prefix status lastUsedAt } } }\n  }\n": typeof types.ListApiKeysDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { user { id email name roles } }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      tokenType accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email roles }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(input: { refreshToken: $refreshToken }) { accessToken refreshToken }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  subscription AgentStatusChanged($agentId: ID) {\n    agentStatusChanged(agentId: $agentId) { agentId previousStatus status changedAt agent { id name status } }\n  }\n": typeof types.AgentStatusChangedDocument,
    "\n  fragment SessionFields on Session {\n    id\n    agent { id }\n    userId\n    status\n    context\n    createdAt\n    expiresAt\n    lastActivity\n    endedAt\n    summary\n    messageCount\n    renewalCount\n    timeRemaining\n    isNearExpiration\n    timeoutConfig { timeoutMinutes autoRenew maxDurationMinutes warningThresholdMinutes }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) { session { ...SessionFields } }\n  }\n": typeof types.CreateSessionDocument,
    "\n  query GetSession($id: ID!, $first: Int) {\n    session(id: $id) {\n      ...SessionFields\n      messages(first: $first) { totalCount edges { cursor node { id role content metadata createdAt } } }\n      usage { calls inputTokens outputTokens cost }\n    }\n  }\n": typeof types.GetSessionDocument,
    "\n  mutation SendSessionMessage($input: SendSessionMessageInput!) {\n    sendSessionMessage(input: $input) {\n      response\n      provider\n      model\n      contextUpdate\n      timestamp\n      message { id role content }\n      userMessage { id role content }\n      session { messageCount expiresAt lastActivity context }\n    }\n  }\n": typeof types.SendSessionMessageDocument,
    "\n  mutation HeartbeatSession($id: ID!) {\n    heartbeatSession(input: { sessionId: $id }) { session { ...SessionFields } }\n  }\n": typeof types.HeartbeatSessionDocument,
    "\n  mutation RenewSession($id: ID!) {\n    renewSession(input: { sessionId: $id }) { session { ...SessionFields } }\n  }\n": typeof types.RenewSessionDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(input: { sessionId: $id }) { session { ...SessionFields } }\n  }\n": typeof types.EndSessionDocument,
    "\n  query ListSessions($first: Int, $filter: SessionFilter) {\n    sessions(first: $first, filter: $filter) { totalCount edges { node { id status userId messages(first: 5) { totalCount edges { node { id content } } } usage { calls cost } } } }\n    sessionStats(filter: $filter) { total active expired ended }\n  }\n": typeof types.ListSessionsDocument,
    "\n  query SessionsHealth {\n    sessionsHealth { status activeSessions expiringSoon uptime }\n  }\n": typeof types.SessionsHealthDocument,
    "\n  subscription SessionUpdated($sessionId: ID!) {\n    sessionUpdated(sessionId: $sessionId) {\n      kind\n      sessionId\n      at\n      delta\n      contextUpdate\n      message { id role content }\n      session { status expiresAt summary timeRemaining }\n    }\n  }\n": typeof types.SessionUpdatedDocument,
    "\n  fragment ChannelFields on Channel {\n    id\n    name\n    type\n    createdBy\n    memberCount\n    members { memberId memberType }\n  }\n": typeof types.ChannelFieldsFragmentDoc,
    "\n  mutation CreateChannel($input: CreateChannelInput!) {\n    createChannel(input: $input) { channel { ...ChannelFields } }\n  }\n": typeof types.CreateChannelDocument,
    "\n  mutation AddChannelMember($channelId: ID!, $memberId: ID!) {\n    addChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...ChannelFields } }\n  }\n": typeof types.AddChannelMemberDocument,
    "\n  mutation RemoveChannelMember($channelId: ID!, $memberId: ID!) {\n    removeChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...ChannelFields } }\n  }\n": typeof types.RemoveChannelMemberDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id position cursor senderId senderType content metadata sentAt editedAt } }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation EditMessage($messageId: ID!, $content: String!) {\n    editMessage(input: { messageId: $messageId, content: $content }) { message { id content editedAt } }\n  }\n": typeof types.EditMessageDocument,
    "\n  query GetChannel($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $sentAfter: DateTime, $sentBefore: DateTime) {\n    channel(id: $id) {\n      ...ChannelFields\n      messages(first: $first, after: $after, last: $last, before: $before, sentAfter: $sentAfter, sentBefore: $sentBefore) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor startCursor }\n        edges { cursor node { id position content senderId senderType replyToId sentAt } }\n      }\n    }\n  }\n": typeof types.GetChannelDocument,
    "\n  query ListChannels($first: Int) {\n    channels(first: $first) { totalCount edges { node { id name type memberCount messages(last: 3) { totalCount edges { node { id content } } } } } }\n  }\n": typeof types.ListChannelsDocument,
    "\n  subscription MessageAdded($channelId: ID!, $after: String) {\n    messageAdded(channelId: $channelId, after: $after) {\n      channelId\n      cursor\n      message { id position content senderId senderType replyToId }\n    }\n  }\n": typeof types.MessageAddedDocument,
    "\n  query UsageReport($filter: UsageFilter, $groupBy: [UsageDimension!]) {\n    usage(filter: $filter, groupBy: $groupBy) {\n      totals { calls inputTokens outputTokens cost }\n      groups { key { model day provider agentId } usage { calls inputTokens outputTokens cost } }\n    }\n  }\n": typeof types.UsageReportDocument,
    "\n  query AgentsWithUsage($first: Int) {\n    agents(first: $first) { edges { node { id name usage { calls cost } } } }\n  }\n": typeof types.AgentsWithUsageDocument,
    "\n  query BudgetStatusQuery {\n    budgetStatus {\n      day dailyBudget todaySpend reserved remaining utilizationPct alertLevel\n      thresholds { notice warning critical }\n      monthlyForecast { monthToDate projectedSpend budgetCeiling deltaToBudget }\n    }\n  }\n": typeof types.BudgetStatusQueryDocument,
    "\n  mutation UpdateBudget($input: UpdateBudgetInput!) {\n    updateBudget(input: $input) { budget { dailyBudget todaySpend remaining utilizationPct alertLevel monthlyForecast { budgetCeiling } } }\n  }\n": typeof types.UpdateBudgetDocument,
    "\n  subscription BudgetAlerts {\n    budgetAlert { previousLevel level at budget { todaySpend utilizationPct } }\n  }\n": typeof types.BudgetAlertsDocument,
    "\n  query RateLimits {\n    rateLimits { provider current limit remaining utilizationPct resetAt }\n  }\n": typeof types.RateLimitsDocument,
    "\n  query RecommendModel($taskType: String!, $complexity: TaskComplexity!, $priority: Priority, $estimatedTokens: Int!) {\n    recommendModel(taskType: $taskType, complexity: $complexity, priority: $priority, estimatedTokens: $estimatedTokens) {\n      model { name tier vendor }\n      reason\n      estimatedCost\n      budgetAvailable\n      budget { dailyBudget todaySpend remaining }\n    }\n  }\n": typeof types.RecommendModelDocument,
    "\n  query SystemStatusQuery {\n    systemStatus {\n      status\n      timestamp\n      services { apiGateway agentOrchestrator messageBroker database cache }\n      metrics { activeAgents activeSessions requestsPerMinute errorRate systemLoad }\n    }\n  }\n": typeof types.SystemStatusQueryDocument,
    "\n  query SystemConfigQuery {\n    systemConfig { version environment llmProviders defaultAgentConfig { model temperature maxTokens } }\n  }\n": typeof types.SystemConfigQueryDocument,
    "\n  mutation TriggerSystemTask($input: TriggerSystemTaskInput!) {\n    triggerSystemTask(input: $input) { task { id type status parameters queuedAt } }\n  }\n": typeof types.TriggerSystemTaskDocument,
    "\n  query SystemTaskQuery($id: ID!) {\n    systemTask(id: $id) { id type status result error queuedAt startedAt completedAt }\n  }\n": typeof types.SystemTaskQueryDocument,
    "\n  subscription SystemTaskUpdated($taskId: ID) {\n    systemTaskUpdated(taskId: $taskId) { taskId status task { status result } }\n  }\n": typeof types.SystemTaskUpdatedDocument,
    "\n  query ViewerId {\n    viewer { id }\n  }\n": typeof types.ViewerIdDocument,
    "\n  query RequestRateLimits {\n    requestRateLimits { policy scope limit remaining used windowSeconds resetAt }\n    rateLimits { provider limit }\n  }\n": typeof types.RequestRateLimitsDocument,
    "\n  mutation SpawnTask($input: SpawnTaskInput!) {\n    spawnTask(input: $input) { task { id kind status priority model estimatedCost agent { id name } } }\n  }\n": typeof types.SpawnTaskDocument,
    "\n  mutation SpawnTeam($input: SpawnTeamInput!) {\n    spawnTeam(input: $input) { task { id kind status team estimatedCost members { role model status } } }\n  }\n": typeof types.SpawnTeamDocument,
    "\n  mutation CancelTask($id: ID!) {\n    cancelTask(input: { id: $id }) { refund task { id status error estimatedCost actualCost refund completedAt } }\n  }\n": typeof types.CancelTaskDocument,
    "\n  query TaskQuery($id: ID!) {\n    task(id: $id) {\n      id\n      kind\n      status\n      priority\n      task\n      model\n      result\n      error\n      attempts\n      estimatedCost\n      actualCost\n      refund\n      startedAt\n      completedAt\n      agent { id name performanceMetrics { tasksAssigned tasksCompleted } usage { calls cost } }\n      members { role model status task result actualCost }\n      usage { calls cost }\n    }\n  }\n": typeof types.TaskQueryDocument,
    "\n  query TasksQuery($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) { totalCount edges { node { id status model } } }\n  }\n": typeof types.TasksQueryDocument,
    "\n  subscription TaskUpdated($taskId: ID) {\n    taskUpdated(taskId: $taskId) { taskId status task { status result } }\n  }\n": typeof types.TaskUpdatedDocument,
    "\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) { workflow { id name steps { key kind dependsOn } } }\n  }\n": typeof types.CreateWorkflowDocument,
    "\n  mutation RunWorkflow($input: RunWorkflowInput!) {\n    runWorkflow(input: $input) { run { id status progress } }\n  }\n": typeof types.RunWorkflowDocument,
    "\n  mutation CancelWorkflowRun($runId: ID!) {\n    cancelWorkflowRun(input: { runId: $runId }) { run { id status error stepRuns { key status } } }\n  }\n": typeof types.CancelWorkflowRunDocument,
    "\n  query WorkflowRunQuery($id: ID!) {\n    workflowRun(id: $id) {\n      id\n      status\n      progress\n      output\n      error\n      startedAt\n      completedAt\n      usage { calls cost }\n      stepRuns { key status output dependsOn task { id task } }\n    }\n  }\n": typeof types.WorkflowRunQueryDocument,
    "\n  subscription WorkflowRunUpdated($runId: ID) {\n    workflowRunUpdated(runId: $runId) { runId kind stepKey progress }\n  }\n": typeof types.WorkflowRunUpdatedDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id url events } }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  query WebhookDeliveries($id: ID!) {\n    node(id: $id) {\n      ... on Webhook {\n        deliveries(first: 10) {\n          edges { node { id event status attemptCount nextAttemptAt deliveredAt payload attempts { statusCode error } } }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
};
const documents: Documents = {
    "\n  fragment RestAgent on Agent {\n    id\n    name\n    type\n    status\n    createdAt\n    updatedAt\n    startedAt\n    stoppedAt\n    lastActive\n    skills\n    config { model temperature maxTokens topP frequencyPenalty presencePenalty }\n    performanceMetrics { responseTimeMs successRate taskCompletionRate errorCount }\n  }\n": types.RestAgentFragmentDoc,
    "\n      mutation RestCreateAgent($input: CreateAgentInput!) {\n        createAgent(input: $input) { agent { ...RestAgent } }\n      }\n    ": types.RestCreateAgentDocument,
    "\n      query RestListAgents($first: Int!, $offset: Int!, $filter: AgentFilter) {\n        agents(first: $first, offset: $offset, filter: $filter) {\n          totalCount\n          edges { node { ...RestAgent } }\n        }\n      }\n    ": types.RestListAgentsDocument,
    "\n      query RestGetAgent($id: ID!) {\n        agent(id: $id) { ...RestAgent }\n      }\n    ": types.RestGetAgentDocument,
    "\n      mutation RestStartAgent($id: ID!) {\n        startAgent(input: { id: $id }) { agent { id status startedAt } }\n      }\n    ": types.RestStartAgentDocument,
    "\n      mutation RestStopAgent($id: ID!) {\n        stopAgent(input: { id: $id }) { agent { id status stoppedAt } }\n      }\n    ": types.RestStopAgentDocument,
    "\n      mutation RestDeleteAgent($id: ID!) {\n        deleteAgent(input: { id: $id }) { deletedAgentId }\n      }\n    ": types.RestDeleteAgentDocument,
    "\n      mutation RestSpawnBatch($input: SpawnTasksInput!) {\n        spawnTasks(input: $input) {\n          spawned\n          failed\n          results { index task { id model team status estimatedCost } error { code message } }\n        }\n      }\n    ": types.RestSpawnBatchDocument,
    "\n      query RestTeams {\n        teams { id members { role model } }\n      }\n    ": types.RestTeamsDocument,
    "\n      query RestTeam($id: String!) {\n        team(id: $id) { id members { role model } }\n      }\n    ": types.RestTeamDocument,
    "\n  fragment RestChannel on Channel {\n    id\n    name\n    type\n    createdAt\n    memberCount\n  }\n": types.RestChannelFragmentDoc,
    "\n  fragment RestMessage on Message {\n    id\n    channel { id }\n    senderId\n    senderType\n    content\n    metadata\n    sentAt\n    editedAt\n  }\n": types.RestMessageFragmentDoc,
    "\n      mutation RestCreateChannel($input: CreateChannelInput!) {\n        createChannel(input: $input) { channel { ...RestChannel } }\n      }\n    ": types.RestCreateChannelDocument,
    "\n      mutation RestSendMessage($input: SendMessageInput!) {\n        sendMessage(input: $input) { message { ...RestMessage } }\n      }\n    ": types.RestSendMessageDocument,
    "\n      query RestChannelMessages($id: ID!, $last: Int!, $sentAfter: DateTime, $sentBefore: DateTime) {\n        channel(id: $id) {\n          messages(last: $last, sentAfter: $sentAfter, sentBefore: $sentBefore) { edges { node { ...RestMessage } } }\n        }\n      }\n    ": types.RestChannelMessagesDocument,
    "\n  fragment RestDeployment on Deployment {\n    id\n    name\n    target\n    provider\n    status\n    config\n    endpoint\n    error\n    createdAt\n    updatedAt\n  }\n": types.RestDeploymentFragmentDoc,
    "\n      mutation RestDeployAkash($input: DeployToAkashInput!) {\n        deployToAkash(input: $input) { deployment { ...RestDeployment } }\n      }\n    ": types.RestDeployAkashDocument,
    "\n      query RestDeployment($id: ID!) {\n        deployment(id: $id) { ...RestDeployment }\n      }\n    ": types.RestDeploymentDocument,
    "\n      mutation RestRestartAgent($id: ID!) {\n        stopAgent(input: { id: $id }) { agent { id stoppedAt } }\n        startAgent(input: { id: $id }) { agent { id status startedAt } }\n      }\n    ": types.RestRestartAgentDocument,
    "\n      query RestActiveAgents($first: Int!, $offset: Int!) {\n        agents(first: $first, offset: $offset, filter: { status: [RUNNING] }) {\n          totalCount\n          edges { node { ...RestAgent } }\n        }\n      }\n    ": types.RestActiveAgentsDocument,
    "\n      query RestEventLog($limit: Int!, $cursor: String, $where: EventWhere) {\n        eventLog(limit: $limit, cursor: $cursor, where: $where) {\n          cursor\n          hasMore\n          events { sequence type subjectId payload createdAt }\n        }\n      }\n    ": types.RestEventLogDocument,
    "\n      query RestOrchestratorStatus($dayStart: DateTime!, $hourAgo: DateTime!) {\n        models { name }\n        budgetStatus {\n          dailyBudget todaySpend remaining utilizationPct alertLevel\n          monthlyForecast { projectedSpend budgetCeiling deltaToBudget }\n        }\n        rateLimits { provider current limit remaining utilizationPct }\n        today: usage(filter: { from: $dayStart }, groupBy: [MODEL]) {\n          totals { calls }\n          groups { key { model } usage { calls inputTokens outputTokens } }\n        }\n        lastHour: usage(filter: { from: $hourAgo }) { totals { calls } }\n      }\n    ": types.RestOrchestratorStatusDocument,
    "\n      query RestRecommendModel($taskType: String!, $complexity: TaskComplexity!, $priority: Priority, $estimatedTokens: Int!) {\n        recommendModel(taskType: $taskType, complexity: $complexity, priority: $priority, estimatedTokens: $estimatedTokens) {\n          model { name tier provider vendor }\n          reason\n          estimatedCost\n          budgetAvailable\n          budget { dailyBudget todaySpend remaining }\n        }\n      }\n    ": types.RestRecommendModelDocument,
    "\n      query RestRateLimits {\n        rateLimits { provider current limit remaining resetAt }\n        requestRateLimits { policy scope limit remaining used windowSeconds resetAt }\n      }\n    ": types.RestRateLimitsDocument,
    "\n      query RestBillingUsage($filter: UsageFilter!) {\n        byModel: usage(filter: $filter, groupBy: [MODEL]) { totals { cost } groups { key { model } usage { cost } } }\n        byDay: usage(filter: $filter, groupBy: [DAY]) { groups { key { day } usage { cost } } }\n      }\n    ": types.RestBillingUsageDocument,
    "\n  fragment RestIpBlock on IpBlock { id ip reason automatic createdBy createdAt expiresAt }\n  fragment RestIpAllowlist on IpAllowlist { allowedIps enforce logViolations source updatedAt }\n  fragment RestAuditSettings on AuditSettings { enabled logLevel retentionDays includeRequestBody includeResponseBody events }\n": types.RestIpBlockFragmentDoc,
    "query RestIpAllowlist { ipAllowlist { ...RestIpAllowlist } }": types.RestIpAllowlistDocument,
    "\n      mutation RestSetIpAllowlist($input: SetIpAllowlistInput!) { setIpAllowlist(input: $input) { allowlist { ...RestIpAllowlist } } }\n    ": types.RestSetIpAllowlistDocument,
    "mutation RestBlockIp($input: BlockIpInput!) { blockIp(input: $input) { block { ...RestIpBlock } } }": types.RestBlockIpDocument,
    "query RestIpBlocks { ipBlocks { ...RestIpBlock } }": types.RestIpBlocksDocument,
    "mutation RestUnblockIp($input: UnblockIpInput!) { unblockIp(input: $input) { lifted { ...RestIpBlock } } }": types.RestUnblockIpDocument,
    "mutation RestConfigureAudit($input: ConfigureAuditInput!) { configureAudit(input: $input) { settings { ...RestAuditSettings } } }": types.RestConfigureAuditDocument,
    "\n      query RestAuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n        auditSettings { ...RestAuditSettings }\n        auditEvents(filter: $filter, first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { timestamp event severity apiKeyId ipAddress userAgent requestId resource { type id } details } }\n        }\n      }\n    ": types.RestAuditEventsDocument,
    "\n      mutation RestRevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id name status revokedAt revokeReason } } }\n    ": types.RestRevokeApiKeyDocument,
    "\n  fragment RestSession on Session {\n    id\n    agent { id }\n    userId\n    status\n    context\n    createdAt\n    expiresAt\n    lastActivity\n    endedAt\n    summary\n    messageCount\n    renewalCount\n    timeRemaining\n    isNearExpiration\n    timeoutConfig { timeoutMinutes autoRenew maxDurationMinutes warningThresholdMinutes }\n  }\n": types.RestSessionFragmentDoc,
    "\n  mutation RestHeartbeatSession($id: ID!) {\n    heartbeatSession(input: { sessionId: $id }) { session { ...RestSession } }\n  }\n": types.RestHeartbeatSessionDocument,
    "\n  mutation RestRenewSession($id: ID!) {\n    renewSession(input: { sessionId: $id }) { session { ...RestSession } }\n  }\n": types.RestRenewSessionDocument,
    "\n      mutation RestCreateSession($input: CreateSessionInput!) {\n        createSession(input: $input) { session { ...RestSession } }\n      }\n    ": types.RestCreateSessionDocument,
    "\n      mutation RestSendSessionMessage($input: SendSessionMessageInput!) {\n        sendSessionMessage(input: $input) { response contextUpdate timestamp message { id } }\n      }\n    ": types.RestSendSessionMessageDocument,
    "\n      query RestGetSession($id: ID!) {\n        session(id: $id) { ...RestSession }\n      }\n    ": types.RestGetSessionDocument,
    "\n      mutation RestEndSession($id: ID!) {\n        endSession(input: { sessionId: $id }) { session { ...RestSession } }\n      }\n    ": types.RestEndSessionDocument,
    "\n      query RestListSessions($first: Int!, $offset: Int!, $filter: SessionFilter) {\n        sessions(first: $first, offset: $offset, filter: $filter) { totalCount edges { node { ...RestSession } } }\n        sessionStats(filter: $filter) { total active expired ended }\n      }\n    ": types.RestListSessionsDocument,
    "\n      query RestSessionsHealth {\n        sessionsHealth { status activeSessions expiringSoon uptime }\n      }\n    ": types.RestSessionsHealthDocument,
    "\n      query RestGetSessionCamel($id: ID!) {\n        session(id: $id) { ...RestSession }\n      }\n    ": types.RestGetSessionCamelDocument,
    "\n  fragment RestSystemTask on SystemTask {\n    id\n    type\n    status\n    parameters\n    result\n    error\n    queuedAt\n    startedAt\n    completedAt\n  }\n": types.RestSystemTaskFragmentDoc,
    "\n      query RestSystemStatus {\n        systemStatus {\n          status\n          timestamp\n          services { apiGateway agentOrchestrator messageBroker database cache }\n          metrics { activeAgents activeSessions requestsPerMinute errorRate systemLoad }\n        }\n      }\n    ": types.RestSystemStatusDocument,
    "\n      query RestSystemConfig {\n        systemConfig { version environment llmProviders defaultAgentConfig { model temperature maxTokens topP frequencyPenalty presencePenalty } }\n      }\n    ": types.RestSystemConfigDocument,
    "\n      mutation RestTriggerSystemTask($input: TriggerSystemTaskInput!) {\n        triggerSystemTask(input: $input) { task { ...RestSystemTask } }\n      }\n    ": types.RestTriggerSystemTaskDocument,
    "\n      query RestSystemTask($id: ID!) {\n        systemTask(id: $id) { ...RestSystemTask }\n      }\n    ": types.RestSystemTaskDocument,
    "\n      query RestSystemStats {\n        systemStats { cpuTempC loadAverage memoryUsagePct uptimeSeconds diskFreeBytes activeAgents }\n      }\n    ": types.RestSystemStatsDocument,
    "\n  fragment RestTask on Task {\n    id\n    kind\n    model\n    team\n    status\n    task\n    result\n    error\n    createdAt\n    startedAt\n    completedAt\n    estimatedCost\n    actualCost\n    refund\n    members { role model status }\n  }\n": types.RestTaskFragmentDoc,
    "\n      mutation RestSpawn($input: SpawnTaskInput!) {\n        spawnTask(input: $input) { task { id model status estimatedCost } }\n      }\n    ": types.RestSpawnDocument,
    "\n      mutation RestSpawnTeam($input: SpawnTeamInput!) {\n        spawnTeam(input: $input) { task { id team status estimatedCost members { model } } }\n      }\n    ": types.RestSpawnTeamDocument,
    "\n      query RestListTasks($first: Int!, $offset: Int!, $after: String, $where: TaskWhere, $orderBy: TaskOrder) {\n        tasks(first: $first, offset: $offset, after: $after, where: $where, orderBy: $orderBy) {\n          totalCount\n          pageInfo { endCursor hasNextPage }\n          edges { node { ...RestTask } }\n        }\n        taskStats(where: $where) { totalCost byModel { model count } }\n      }\n    ": types.RestListTasksDocument,
    "\n      query RestActiveTasks($today: DateTime!) {\n        tasks(first: 100, filter: { status: [RUNNING] }) { totalCount edges { node { id model status task } } }\n        today: taskStats(filter: { createdAfter: $today }) { totalCost }\n      }\n    ": types.RestActiveTasksDocument,
    "\n      query RestGetTask($id: ID!) {\n        task(id: $id) { ...RestTask }\n      }\n    ": types.RestGetTaskDocument,
    "\n      mutation RestCancelTask($id: ID!) {\n        cancelTask(input: { id: $id }) { refund task { id status } }\n      }\n    ": types.RestCancelTaskDocument,
    "\n      mutation RestCreateWebhook($input: CreateWebhookInput!) {\n        createWebhook(input: $input) { secret webhook { id url events createdAt } }\n      }\n    ": types.RestCreateWebhookDocument,
    "\n      query RestListWebhooks {\n        webhooks(first: 100) { edges { node { id url events createdAt } } }\n      }\n    ": types.RestListWebhooksDocument,
    "\n      mutation RestDeleteWebhook($id: ID!) {\n        deleteWebhook(input: { id: $id }) { deletedWebhookId }\n      }\n    ": types.RestDeleteWebhookDocument,
    "\n  fragment RestChannelDetail on Channel {\n    ...RestChannel\n    members { memberId memberType joinedAt }\n  }\n": types.RestChannelDetailFragmentDoc,
    "\n  fragment RestApiKey on ApiKey {\n    id\n    name\n    prefix\n    roles\n    scopes\n    tier\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.RestApiKeyFragmentDoc,
    "\n  fragment RestUser on User {\n    id\n    email\n    name\n    roles\n    tier\n    createdAt\n  }\n": types.RestUserFragmentDoc,
    "\n  fragment RestBudget on BudgetStatus {\n    day\n    dailyBudget\n    todaySpend\n    reserved\n    remaining\n    utilizationPct\n    alertLevel\n    thresholds { notice warning critical }\n    monthlyForecast { monthToDate projectedSpend budgetCeiling deltaToBudget }\n  }\n": types.RestBudgetFragmentDoc,
    "\n  fragment RestAuth on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    tokenType\n    user { ...RestUser }\n  }\n": types.RestAuthFragmentDoc,
    "\n      mutation RestUpdateAgent($input: UpdateAgentInput!) {\n        updateAgent(input: $input) { agent { ...RestAgent } }\n      }\n    ": types.RestUpdateAgentDocument,
    "\n      query RestListChannels($first: Int!, $offset: Int!, $filter: ChannelFilter) {\n        channels(first: $first, offset: $offset, filter: $filter) { totalCount edges { node { ...RestChannel } } }\n      }\n    ": types.RestListChannelsDocument,
    "\n      query RestGetChannel($id: ID!) {\n        channel(id: $id) { ...RestChannelDetail }\n      }\n    ": types.RestGetChannelDocument,
    "\n      mutation RestAddChannelMember($input: AddChannelMemberInput!) {\n        addChannelMember(input: $input) { channel { ...RestChannelDetail } }\n      }\n    ": types.RestAddChannelMemberDocument,
    "\n      mutation RestRemoveChannelMember($channelId: ID!, $memberId: ID!) {\n        removeChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...RestChannelDetail } }\n      }\n    ": types.RestRemoveChannelMemberDocument,
    "\n      mutation RestEditMessage($input: EditMessageInput!) {\n        editMessage(input: $input) { message { ...RestMessage } }\n      }\n    ": types.RestEditMessageDocument,
    "\n      query RestListApiKeys($first: Int!, $offset: Int!) {\n        apiKeys(first: $first, offset: $offset) { totalCount edges { node { ...RestApiKey } } }\n      }\n    ": types.RestListApiKeysDocument,
    "\n      mutation RestCreateApiKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) { secret apiKey { ...RestApiKey } }\n      }\n    ": types.RestCreateApiKeyDocument,
    "\n      mutation RestV1RevokeApiKey($id: ID!) {\n        revokeApiKey(input: { id: $id }) { apiKey { ...RestApiKey } }\n      }\n    ": types.RestV1RevokeApiKeyDocument,
    "\n      mutation RestCreateUser($input: CreateUserInput!) {\n        createUser(input: $input) { user { ...RestUser } }\n      }\n    ": types.RestCreateUserDocument,
    "\n      query RestGetUser($id: ID!) {\n        node(id: $id) { __typename ... on User { ...RestUser } }\n      }\n    ": types.RestGetUserDocument,
    "\n      mutation RestLogin($input: LoginInput!) {\n        login(input: $input) { ...RestAuth }\n      }\n    ": types.RestLoginDocument,
    "\n      mutation RestRefresh($input: RefreshTokenInput!) {\n        refreshToken(input: $input) { ...RestAuth }\n      }\n    ": types.RestRefreshDocument,
    "\n      query RestBudget {\n        budgetStatus { ...RestBudget }\n      }\n    ": types.RestBudgetDocument,
    "\n      mutation RestUpdateBudget($input: UpdateBudgetInput!) {\n        updateBudget(input: $input) { budget { ...RestBudget } }\n      }\n    ": types.RestUpdateBudgetDocument,
    "\n      query RestModels {\n        models { name provider vendor tier inputPricePerMTok outputPricePerMTok }\n      }\n    ": types.RestModelsDocument,
    "\n  fragment RestWorkflowRun on WorkflowRun {\n    id\n    workflow { id name }\n    status\n    progress\n    input\n    output\n    error\n    createdAt\n    startedAt\n    completedAt\n    stepRuns { key status output startedAt completedAt }\n    usage { calls cost }\n  }\n": types.RestWorkflowRunFragmentDoc,
    "\n      query RestWorkflowsStatus {\n        workflowRuns(first: 100, filter: { status: [QUEUED, RUNNING] }) { edges { node { id workflow { name } status progress startedAt createdAt } } }\n      }\n    ": types.RestWorkflowsStatusDocument,
    "\n      mutation RestCsuiteMeeting($agenda: [String!]) {\n        conductCsuiteMeeting(input: { agenda: $agenda }) { meetingId participants agenda outcomes duration status timestamp error }\n      }\n    ": types.RestCsuiteMeetingDocument,
    "\n      mutation RestCreateWorkflow($input: CreateWorkflowInput!) {\n        createWorkflow(input: $input) { workflow { id name description createdAt steps { key kind agentId model team prompt dependsOn } } }\n      }\n    ": types.RestCreateWorkflowDocument,
    "\n      query RestListWorkflows {\n        workflows(first: 100) { totalCount edges { node { id name description builtin createdAt steps { key kind dependsOn } } } }\n      }\n    ": types.RestListWorkflowsDocument,
    "\n      mutation RestRunWorkflow($input: RunWorkflowInput!) {\n        runWorkflow(input: $input) { run { ...RestWorkflowRun } }\n      }\n    ": types.RestRunWorkflowDocument,
    "\n      query RestWorkflowRun($id: ID!) {\n        workflowRun(id: $id) { ...RestWorkflowRun }\n      }\n    ": types.RestWorkflowRunDocument,
    "\n      mutation RestCancelWorkflowRun($id: ID!) {\n        cancelWorkflowRun(input: { runId: $id }) { run { ...RestWorkflowRun } }\n      }\n    ": types.RestCancelWorkflowRunDocument,
    "\n  query EventLogQuery($limit: Int!, $cursor: String) {\n    eventLog(limit: $limit, cursor: $cursor) { cursor hasMore events { sequence type subjectId } }\n  }\n": types.EventLogQueryDocument,
    "\n  query TasksWhere($where: TaskWhere, $orderBy: TaskOrder) {\n    tasks(first: 100, where: $where, orderBy: $orderBy) { totalCount edges { node { id } } }\n  }\n": types.TasksWhereDocument,
    "\n  mutation CreateSigningKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret signingSecret apiKey { id allowedIps requireSignature } }\n  }\n": types.CreateSigningKeyDocument,
    "\n  query AuditTrail($filter: AuditEventFilter, $first: Int) {\n    auditEvents(filter: $filter, first: $first) {\n      totalCount\n      edges { node { timestamp event severity apiKeyId principalId ipAddress userAgent requestId resource { type id } details } }\n    }\n  }\n": types.AuditTrailDocument,
    "query BlocksList { ipBlocks { id ip reason automatic expiresAt } }": types.BlocksListDocument,
    "\n  subscription AgentStatusWithSessions($agentId: ID) {\n    agentStatusChanged(agentId: $agentId) { agentId status agent { id sessions(first: 10) { totalCount } } }\n  }\n": types.AgentStatusWithSessionsDocument,
    "\n  fragment AgentFields on Agent {\n    id\n    name\n    type\n    status\n    skills\n    createdAt\n    updatedAt\n    startedAt\n    stoppedAt\n    lastActive\n    config { model temperature maxTokens topP frequencyPenalty presencePenalty }\n    performanceMetrics { responseTimeMs successRate taskCompletionRate errorCount }\n  }\n": types.AgentFieldsFragmentDoc,
    "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) { agent { ...AgentFields } }\n  }\n": types.CreateAgentDocument,
    "\n  mutation UpdateAgent($input: UpdateAgentInput!) {\n    updateAgent(input: $input) { agent { ...AgentFields } }\n  }\n": types.UpdateAgentDocument,
    "\n  mutation StartAgent($id: ID!) {\n    startAgent(input: { id: $id }) { agent { id status startedAt lastActive } }\n  }\n": types.StartAgentDocument,
    "\n  mutation StopAgent($id: ID!) {\n    stopAgent(input: { id: $id }) { agent { id status stoppedAt } }\n  }\n": types.StopAgentDocument,
    "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(input: { id: $id }) { deletedAgentId name }\n  }\n": types.DeleteAgentDocument,
    "\n  query GetAgent($id: ID!) {\n    agent(id: $id) { ...AgentFields }\n  }\n": types.GetAgentDocument,
    "\n  query ListAgents($first: Int, $after: String, $last: Int, $before: String, $filter: AgentFilter, $orderBy: AgentOrder, $offset: Int) {\n    agents(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy, offset: $offset) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id name type status createdAt } }\n    }\n  }\n": types.ListAgentsDocument,
    "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Agent { name }\n      ... on ApiKey { name }\n      ... on User { email }\n    }\n  }\n": types.NodeByIdDocument,
    "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n": types.NodesByIdsDocument,
    "\n  query Viewer {\n    viewer { id kind name roles scopes }\n  }\n": types.ViewerDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id name prefix roles scopes status expiresAt revokedAt createdAt }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) { apiKey { id status revokedAt } }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query ListApiKeys($first: Int) {\n    apiKeys(first: $first) { totalCount edges { node { id name prefix status lastUsedAt } } }\n  }\n": types.ListApiKeysDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { user { id email name roles } }\n  }\n": types.CreateUserDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      tokenType accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email roles }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(input: { refreshToken: $refreshToken }) { accessToken refreshToken }\n  }\n": types.RefreshTokenDocument,
    "\n  subscription AgentStatusChanged($agentId: ID) {\n    agentStatusChanged(agentId: $agentId) { agentId previousStatus status changedAt agent { id name status } }\n  }\n": types.AgentStatusChangedDocument,
    "\n  fragment SessionFields on Session {\n    id\n    agent { id }\n    userId\n    status\n    context\n    createdAt\n    expiresAt\n    lastActivity\n    endedAt\n    summary\n    messageCount\n    renewalCount\n    timeRemaining\n    isNearExpiration\n    timeoutConfig { timeoutMinutes autoRenew maxDurationMinutes warningThresholdMinutes }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) { session { ...SessionFields } }\n  }\n": types.CreateSessionDocument,
    "\n  query GetSession($id: ID!, $first: Int) {\n    session(id: $id) {\n      ...SessionFields\n      messages(first: $first) { totalCount edges { cursor node { id role content metadata createdAt } } }\n      usage { calls inputTokens outputTokens cost }\n    }\n  }\n": types.GetSessionDocument,
    "\n  mutation SendSessionMessage($input: SendSessionMessageInput!) {\n    sendSessionMessage(input: $input) {\n      response\n      provider\n      model\n      contextUpdate\n      timestamp\n      message { id role content }\n      userMessage { id role content }\n      session { messageCount expiresAt lastActivity context }\n    }\n  }\n": types.SendSessionMessageDocument,
    "\n  mutation HeartbeatSession($id: ID!) {\n    heartbeatSession(input: { sessionId: $id }) { session { ...SessionFields } }\n  }\n": types.HeartbeatSessionDocument,
    "\n  mutation RenewSession($id: ID!) {\n    renewSession(input: { sessionId: $id }) { session { ...SessionFields } }\n  }\n": types.RenewSessionDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(input: { sessionId: $id }) { session { ...SessionFields } }\n  }\n": types.EndSessionDocument,
    "\n  query ListSessions($first: Int, $filter: SessionFilter) {\n    sessions(first: $first, filter: $filter) { totalCount edges { node { id status userId messages(first: 5) { totalCount edges { node { id content } } } usage { calls cost } } } }\n    sessionStats(filter: $filter) { total active expired ended }\n  }\n": types.ListSessionsDocument,
    "\n  query SessionsHealth {\n    sessionsHealth { status activeSessions expiringSoon uptime }\n  }\n": types.SessionsHealthDocument,
    "\n  subscription SessionUpdated($sessionId: ID!) {\n    sessionUpdated(sessionId: $sessionId) {\n      kind\n      sessionId\n      at\n      delta\n      contextUpdate\n      message { id role content }\n      session { status expiresAt summary timeRemaining }\n    }\n  }\n": types.SessionUpdatedDocument,
    "\n  fragment ChannelFields on Channel {\n    id\n    name\n    type\n    createdBy\n    memberCount\n    members { memberId memberType }\n  }\n": types.ChannelFieldsFragmentDoc,
    "\n  mutation CreateChannel($input: CreateChannelInput!) {\n    createChannel(input: $input) { channel { ...ChannelFields } }\n  }\n": types.CreateChannelDocument,
    "\n  mutation AddChannelMember($channelId: ID!, $memberId: ID!) {\n    addChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...ChannelFields } }\n  }\n": types.AddChannelMemberDocument,
    "\n  mutation RemoveChannelMember($channelId: ID!, $memberId: ID!) {\n    removeChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...ChannelFields } }\n  }\n": types.RemoveChannelMemberDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id position cursor senderId senderType content metadata sentAt editedAt } }\n  }\n": types.SendMessageDocument,
    "\n  mutation EditMessage($messageId: ID!, $content: String!) {\n    editMessage(input: { messageId: $messageId, content: $content }) { message { id content editedAt } }\n  }\n": types.EditMessageDocument,
    "\n  query GetChannel($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $sentAfter: DateTime, $sentBefore: DateTime) {\n    channel(id: $id) {\n      ...ChannelFields\n      messages(first: $first, after: $after, last: $last, before: $before, sentAfter: $sentAfter, sentBefore: $sentBefore) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor startCursor }\n        edges { cursor node { id position content senderId senderType replyToId sentAt } }\n      }\n    }\n  }\n": types.GetChannelDocument,
    "\n  query ListChannels($first: Int) {\n    channels(first: $first) { totalCount edges { node { id name type memberCount messages(last: 3) { totalCount edges { node { id content } } } } } }\n  }\n": types.ListChannelsDocument,
    "\n  subscription MessageAdded($channelId: ID!, $after: String) {\n    messageAdded(channelId: $channelId, after: $after) {\n      channelId\n      cursor\n      message { id position content senderId senderType replyToId }\n    }\n  }\n": types.MessageAddedDocument,
    "\n  query UsageReport($filter: UsageFilter, $groupBy: [UsageDimension!]) {\n    usage(filter: $filter, groupBy: $groupBy) {\n      totals { calls inputTokens outputTokens cost }\n      groups { key { model day provider agentId } usage { calls inputTokens outputTokens cost } }\n    }\n  }\n": types.UsageReportDocument,
    "\n  query AgentsWithUsage($first: Int) {\n    agents(first: $first) { edges { node { id name usage { calls cost } } } }\n  }\n": types.AgentsWithUsageDocument,
    "\n  query BudgetStatusQuery {\n    budgetStatus {\n      day dailyBudget todaySpend reserved remaining utilizationPct alertLevel\n      thresholds { notice warning critical }\n      monthlyForecast { monthToDate projectedSpend budgetCeiling deltaToBudget }\n    }\n  }\n": types.BudgetStatusQueryDocument,
    "\n  mutation UpdateBudget($input: UpdateBudgetInput!) {\n    updateBudget(input: $input) { budget { dailyBudget todaySpend remaining utilizationPct alertLevel monthlyForecast { budgetCeiling } } }\n  }\n": types.UpdateBudgetDocument,
    "\n  subscription BudgetAlerts {\n    budgetAlert { previousLevel level at budget { todaySpend utilizationPct } }\n  }\n": types.BudgetAlertsDocument,
    "\n  query RateLimits {\n    rateLimits { provider current limit remaining utilizationPct resetAt }\n  }\n": types.RateLimitsDocument,
    "\n  query RecommendModel($taskType: String!, $complexity: TaskComplexity!, $priority: Priority, $estimatedTokens: Int!) {\n    recommendModel(taskType: $taskType, complexity: $complexity, priority: $priority, estimatedTokens: $estimatedTokens) {\n      model { name tier vendor }\n      reason\n      estimatedCost\n      budgetAvailable\n      budget { dailyBudget todaySpend remaining }\n    }\n  }\n": types.RecommendModelDocument,
    "\n  query SystemStatusQuery {\n    systemStatus {\n      status\n      timestamp\n      services { apiGateway agentOrchestrator messageBroker database cache }\n      metrics { activeAgents activeSessions requestsPerMinute errorRate systemLoad }\n    }\n  }\n": types.SystemStatusQueryDocument,
    "\n  query SystemConfigQuery {\n    systemConfig { version environment llmProviders defaultAgentConfig { model temperature maxTokens } }\n  }\n": types.SystemConfigQueryDocument,
    "\n  mutation TriggerSystemTask($input: TriggerSystemTaskInput!) {\n    triggerSystemTask(input: $input) { task { id type status parameters queuedAt } }\n  }\n": types.TriggerSystemTaskDocument,
    "\n  query SystemTaskQuery($id: ID!) {\n    systemTask(id: $id) { id type status result error queuedAt startedAt completedAt }\n  }\n": types.SystemTaskQueryDocument,
    "\n  subscription SystemTaskUpdated($taskId: ID) {\n    systemTaskUpdated(taskId: $taskId) { taskId status task { status result } }\n  }\n": types.SystemTaskUpdatedDocument,
    "\n  query ViewerId {\n    viewer { id }\n  }\n": types.ViewerIdDocument,
    "\n  query RequestRateLimits {\n    requestRateLimits { policy scope limit remaining used windowSeconds resetAt }\n    rateLimits { provider limit }\n  }\n": types.RequestRateLimitsDocument,
    "\n  mutation SpawnTask($input: SpawnTaskInput!) {\n    spawnTask(input: $input) { task { id kind status priority model estimatedCost agent { id name } } }\n  }\n": types.SpawnTaskDocument,
    "\n  mutation SpawnTeam($input: SpawnTeamInput!) {\n    spawnTeam(input: $input) { task { id kind status team estimatedCost members { role model status } } }\n  }\n": types.SpawnTeamDocument,
    "\n  mutation CancelTask($id: ID!) {\n    cancelTask(input: { id: $id }) { refund task { id status error estimatedCost actualCost refund completedAt } }\n  }\n": types.CancelTaskDocument,
    "\n  query TaskQuery($id: ID!) {\n    task(id: $id) {\n      id\n      kind\n      status\n      priority\n      task\n      model\n      result\n      error\n      attempts\n      estimatedCost\n      actualCost\n      refund\n      startedAt\n      completedAt\n      agent { id name performanceMetrics { tasksAssigned tasksCompleted } usage { calls cost } }\n      members { role model status task result actualCost }\n      usage { calls cost }\n    }\n  }\n": types.TaskQueryDocument,
    "\n  query TasksQuery($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) { totalCount edges { node { id status model } } }\n  }\n": types.TasksQueryDocument,
    "\n  subscription TaskUpdated($taskId: ID) {\n    taskUpdated(taskId: $taskId) { taskId status task { status result } }\n  }\n": types.TaskUpdatedDocument,
    "\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) { workflow { id name steps { key kind dependsOn } } }\n  }\n": types.CreateWorkflowDocument,
    "\n  mutation RunWorkflow($input: RunWorkflowInput!) {\n    runWorkflow(input: $input) { run { id status progress } }\n  }\n": types.RunWorkflowDocument,
    "\n  mutation CancelWorkflowRun($runId: ID!) {\n    cancelWorkflowRun(input: { runId: $runId }) { run { id status error stepRuns { key status } } }\n  }\n": types.CancelWorkflowRunDocument,
    "\n  query WorkflowRunQuery($id: ID!) {\n    workflowRun(id: $id) {\n      id\n      status\n      progress\n      output\n      error\n      startedAt\n      completedAt\n      usage { calls cost }\n      stepRuns { key status output dependsOn task { id task } }\n    }\n  }\n": types.WorkflowRunQueryDocument,
    "\n  subscription WorkflowRunUpdated($runId: ID) {\n    workflowRunUpdated(runId: $runId) { runId kind stepKey progress }\n  }\n": types.WorkflowRunUpdatedDocument,
    "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id url events } }\n  }\n": types.CreateWebhookDocument,
    "\n  query WebhookDeliveries($id: ID!) {\n    node(id: $id) {\n      ... on Webhook {\n        deliveries(first: 10) {\n          edges { node { id event status attemptCount nextAttemptAt deliveredAt payload attempts { statusCode error } } }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestAgent on Agent {\n    id\n    name\n    type\n    status\n    createdAt\n    updatedAt\n    startedAt\n    stoppedAt\n    lastActive\n    skills\n    config { model temperature maxTokens topP frequencyPenalty presencePenalty }\n    performanceMetrics { responseTimeMs successRate taskCompletionRate errorCount }\n  }\n"): typeof import('./graphql.js').RestAgentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestCreateAgent($input: CreateAgentInput!) {\n        createAgent(input: $input) { agent { ...RestAgent } }\n      }\n    "): typeof import('./graphql.js').RestCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestListAgents($first: Int!, $offset: Int!, $filter: AgentFilter) {\n        agents(first: $first, offset: $offset, filter: $filter) {\n          totalCount\n          edges { node { ...RestAgent } }\n        }\n      }\n    "): typeof import('./graphql.js').RestListAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestGetAgent($id: ID!) {\n        agent(id: $id) { ...RestAgent }\n      }\n    "): typeof import('./graphql.js').RestGetAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestStartAgent($id: ID!) {\n        startAgent(input: { id: $id }) { agent { id status startedAt } }\n      }\n    "): typeof import('./graphql.js').RestStartAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestStopAgent($id: ID!) {\n        stopAgent(input: { id: $id }) { agent { id status stoppedAt } }\n      }\n    "): typeof import('./graphql.js').RestStopAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestDeleteAgent($id: ID!) {\n        deleteAgent(input: { id: $id }) { deletedAgentId }\n      }\n    "): typeof import('./graphql.js').RestDeleteAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestSpawnBatch($input: SpawnTasksInput!) {\n        spawnTasks(input: $input) {\n          spawned\n          failed\n          results { index task { id model team status estimatedCost } error { code message } }\n        }\n      }\n    "): typeof import('./graphql.js').RestSpawnBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestTeams {\n        teams { id members { role model } }\n      }\n    "): typeof import('./graphql.js').RestTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestTeam($id: String!) {\n        team(id: $id) { id members { role model } }\n      }\n    "): typeof import('./graphql.js').RestTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestChannel on Channel {\n    id\n    name\n    type\n    createdAt\n    memberCount\n  }\n"): typeof import('./graphql.js').RestChannelFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestMessage on Message {\n    id\n    channel { id }\n    senderId\n    senderType\n    content\n    metadata\n    sentAt\n    editedAt\n  }\n"): typeof import('./graphql.js').RestMessageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestCreateChannel($input: CreateChannelInput!) {\n        createChannel(input: $input) { channel { ...RestChannel } }\n      }\n    "): typeof import('./graphql.js').RestCreateChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestSendMessage($input: SendMessageInput!) {\n        sendMessage(input: $input) { message { ...RestMessage } }\n      }\n    "): typeof import('./graphql.js').RestSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestChannelMessages($id: ID!, $last: Int!, $sentAfter: DateTime, $sentBefore: DateTime) {\n        channel(id: $id) {\n          messages(last: $last, sentAfter: $sentAfter, sentBefore: $sentBefore) { edges { node { ...RestMessage } } }\n        }\n      }\n    "): typeof import('./graphql.js').RestChannelMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestDeployment on Deployment {\n    id\n    name\n    target\n    provider\n    status\n    config\n    endpoint\n    error\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql.js').RestDeploymentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestDeployAkash($input: DeployToAkashInput!) {\n        deployToAkash(input: $input) { deployment { ...RestDeployment } }\n      }\n    "): typeof import('./graphql.js').RestDeployAkashDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestDeployment($id: ID!) {\n        deployment(id: $id) { ...RestDeployment }\n      }\n    "): typeof import('./graphql.js').RestDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestRestartAgent($id: ID!) {\n        stopAgent(input: { id: $id }) { agent { id stoppedAt } }\n        startAgent(input: { id: $id }) { agent { id status startedAt } }\n      }\n    "): typeof import('./graphql.js').RestRestartAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestActiveAgents($first: Int!, $offset: Int!) {\n        agents(first: $first, offset: $offset, filter: { status: [RUNNING] }) {\n          totalCount\n          edges { node { ...RestAgent } }\n        }\n      }\n    "): typeof import('./graphql.js').RestActiveAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestEventLog($limit: Int!, $cursor: String, $where: EventWhere) {\n        eventLog(limit: $limit, cursor: $cursor, where: $where) {\n          cursor\n          hasMore\n          events { sequence type subjectId payload createdAt }\n        }\n      }\n    "): typeof import('./graphql.js').RestEventLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestOrchestratorStatus($dayStart: DateTime!, $hourAgo: DateTime!) {\n        models { name }\n        budgetStatus {\n          dailyBudget todaySpend remaining utilizationPct alertLevel\n          monthlyForecast { projectedSpend budgetCeiling deltaToBudget }\n        }\n        rateLimits { provider current limit remaining utilizationPct }\n        today: usage(filter: { from: $dayStart }, groupBy: [MODEL]) {\n          totals { calls }\n          groups { key { model } usage { calls inputTokens outputTokens } }\n        }\n        lastHour: usage(filter: { from: $hourAgo }) { totals { calls } }\n      }\n    "): typeof import('./graphql.js').RestOrchestratorStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestRecommendModel($taskType: String!, $complexity: TaskComplexity!, $priority: Priority, $estimatedTokens: Int!) {\n        recommendModel(taskType: $taskType, complexity: $complexity, priority: $priority, estimatedTokens: $estimatedTokens) {\n          model { name tier provider vendor }\n          reason\n          estimatedCost\n          budgetAvailable\n          budget { dailyBudget todaySpend remaining }\n        }\n      }\n    "): typeof import('./graphql.js').RestRecommendModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestRateLimits {\n        rateLimits { provider current limit remaining resetAt }\n        requestRateLimits { policy scope limit remaining used windowSeconds resetAt }\n      }\n    "): typeof import('./graphql.js').RestRateLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestBillingUsage($filter: UsageFilter!) {\n        byModel: usage(filter: $filter, groupBy: [MODEL]) { totals { cost } groups { key { model } usage { cost } } }\n        byDay: usage(filter: $filter, groupBy: [DAY]) { groups { key { day } usage { cost } } }\n      }\n    "): typeof import('./graphql.js').RestBillingUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestIpBlock on IpBlock { id ip reason automatic createdBy createdAt expiresAt }\n  fragment RestIpAllowlist on IpAllowlist { allowedIps enforce logViolations source updatedAt }\n  fragment RestAuditSettings on AuditSettings { enabled logLevel retentionDays includeRequestBody includeResponseBody events }\n"): typeof import('./graphql.js').RestIpBlockFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestIpAllowlist { ipAllowlist { ...RestIpAllowlist } }"): typeof import('./graphql.js').RestIpAllowlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestSetIpAllowlist($input: SetIpAllowlistInput!) { setIpAllowlist(input: $input) { allowlist { ...RestIpAllowlist } } }\n    "): typeof import('./graphql.js').RestSetIpAllowlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestBlockIp($input: BlockIpInput!) { blockIp(input: $input) { block { ...RestIpBlock } } }"): typeof import('./graphql.js').RestBlockIpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RestIpBlocks { ipBlocks { ...RestIpBlock } }"): typeof import('./graphql.js').RestIpBlocksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestUnblockIp($input: UnblockIpInput!) { unblockIp(input: $input) { lifted { ...RestIpBlock } } }"): typeof import('./graphql.js').RestUnblockIpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RestConfigureAudit($input: ConfigureAuditInput!) { configureAudit(input: $input) { settings { ...RestAuditSettings } } }"): typeof import('./graphql.js').RestConfigureAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestAuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n        auditSettings { ...RestAuditSettings }\n        auditEvents(filter: $filter, first: $first, after: $after) {\n          totalCount\n          pageInfo { hasNextPage endCursor }\n          edges { node { timestamp event severity apiKeyId ipAddress userAgent requestId resource { type id } details } }\n        }\n      }\n    "): typeof import('./graphql.js').RestAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestRevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id name status revokedAt revokeReason } } }\n    "): typeof import('./graphql.js').RestRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestSession on Session {\n    id\n    agent { id }\n    userId\n    status\n    context\n    createdAt\n    expiresAt\n    lastActivity\n    endedAt\n    summary\n    messageCount\n    renewalCount\n    timeRemaining\n    isNearExpiration\n    timeoutConfig { timeoutMinutes autoRenew maxDurationMinutes warningThresholdMinutes }\n  }\n"): typeof import('./graphql.js').RestSessionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestHeartbeatSession($id: ID!) {\n    heartbeatSession(input: { sessionId: $id }) { session { ...RestSession } }\n  }\n"): typeof import('./graphql.js').RestHeartbeatSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestRenewSession($id: ID!) {\n    renewSession(input: { sessionId: $id }) { session { ...RestSession } }\n  }\n"): typeof import('./graphql.js').RestRenewSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestCreateSession($input: CreateSessionInput!) {\n        createSession(input: $input) { session { ...RestSession } }\n      }\n    "): typeof import('./graphql.js').RestCreateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestSendSessionMessage($input: SendSessionMessageInput!) {\n        sendSessionMessage(input: $input) { response contextUpdate timestamp message { id } }\n      }\n    "): typeof import('./graphql.js').RestSendSessionMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestGetSession($id: ID!) {\n        session(id: $id) { ...RestSession }\n      }\n    "): typeof import('./graphql.js').RestGetSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestEndSession($id: ID!) {\n        endSession(input: { sessionId: $id }) { session { ...RestSession } }\n      }\n    "): typeof import('./graphql.js').RestEndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestListSessions($first: Int!, $offset: Int!, $filter: SessionFilter) {\n        sessions(first: $first, offset: $offset, filter: $filter) { totalCount edges { node { ...RestSession } } }\n        sessionStats(filter: $filter) { total active expired ended }\n      }\n    "): typeof import('./graphql.js').RestListSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestSessionsHealth {\n        sessionsHealth { status activeSessions expiringSoon uptime }\n      }\n    "): typeof import('./graphql.js').RestSessionsHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestGetSessionCamel($id: ID!) {\n        session(id: $id) { ...RestSession }\n      }\n    "): typeof import('./graphql.js').RestGetSessionCamelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestSystemTask on SystemTask {\n    id\n    type\n    status\n    parameters\n    result\n    error\n    queuedAt\n    startedAt\n    completedAt\n  }\n"): typeof import('./graphql.js').RestSystemTaskFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestSystemStatus {\n        systemStatus {\n          status\n          timestamp\n          services { apiGateway agentOrchestrator messageBroker database cache }\n          metrics { activeAgents activeSessions requestsPerMinute errorRate systemLoad }\n        }\n      }\n    "): typeof import('./graphql.js').RestSystemStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestSystemConfig {\n        systemConfig { version environment llmProviders defaultAgentConfig { model temperature maxTokens topP frequencyPenalty presencePenalty } }\n      }\n    "): typeof import('./graphql.js').RestSystemConfigDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestTriggerSystemTask($input: TriggerSystemTaskInput!) {\n        triggerSystemTask(input: $input) { task { ...RestSystemTask } }\n      }\n    "): typeof import('./graphql.js').RestTriggerSystemTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestSystemTask($id: ID!) {\n        systemTask(id: $id) { ...RestSystemTask }\n      }\n    "): typeof import('./graphql.js').RestSystemTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestSystemStats {\n        systemStats { cpuTempC loadAverage memoryUsagePct uptimeSeconds diskFreeBytes activeAgents }\n      }\n    "): typeof import('./graphql.js').RestSystemStatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestTask on Task {\n    id\n    kind\n    model\n    team\n    status\n    task\n    result\n    error\n    createdAt\n    startedAt\n    completedAt\n    estimatedCost\n    actualCost\n    refund\n    members { role model status }\n  }\n"): typeof import('./graphql.js').RestTaskFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestSpawn($input: SpawnTaskInput!) {\n        spawnTask(input: $input) { task { id model status estimatedCost } }\n      }\n    "): typeof import('./graphql.js').RestSpawnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestSpawnTeam($input: SpawnTeamInput!) {\n        spawnTeam(input: $input) { task { id team status estimatedCost members { model } } }\n      }\n    "): typeof import('./graphql.js').RestSpawnTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestListTasks($first: Int!, $offset: Int!, $after: String, $where: TaskWhere, $orderBy: TaskOrder) {\n        tasks(first: $first, offset: $offset, after: $after, where: $where, orderBy: $orderBy) {\n          totalCount\n          pageInfo { endCursor hasNextPage }\n          edges { node { ...RestTask } }\n        }\n        taskStats(where: $where) { totalCost byModel { model count } }\n      }\n    "): typeof import('./graphql.js').RestListTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestActiveTasks($today: DateTime!) {\n        tasks(first: 100, filter: { status: [RUNNING] }) { totalCount edges { node { id model status task } } }\n        today: taskStats(filter: { createdAfter: $today }) { totalCost }\n      }\n    "): typeof import('./graphql.js').RestActiveTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestGetTask($id: ID!) {\n        task(id: $id) { ...RestTask }\n      }\n    "): typeof import('./graphql.js').RestGetTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestCancelTask($id: ID!) {\n        cancelTask(input: { id: $id }) { refund task { id status } }\n      }\n    "): typeof import('./graphql.js').RestCancelTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestCreateWebhook($input: CreateWebhookInput!) {\n        createWebhook(input: $input) { secret webhook { id url events createdAt } }\n      }\n    "): typeof import('./graphql.js').RestCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestListWebhooks {\n        webhooks(first: 100) { edges { node { id url events createdAt } } }\n      }\n    "): typeof import('./graphql.js').RestListWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestDeleteWebhook($id: ID!) {\n        deleteWebhook(input: { id: $id }) { deletedWebhookId }\n      }\n    "): typeof import('./graphql.js').RestDeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestChannelDetail on Channel {\n    ...RestChannel\n    members { memberId memberType joinedAt }\n  }\n"): typeof import('./graphql.js').RestChannelDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestApiKey on ApiKey {\n    id\n    name\n    prefix\n    roles\n    scopes\n    tier\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): typeof import('./graphql.js').RestApiKeyFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestUser on User {\n    id\n    email\n    name\n    roles\n    tier\n    createdAt\n  }\n"): typeof import('./graphql.js').RestUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestBudget on BudgetStatus {\n    day\n    dailyBudget\n    todaySpend\n    reserved\n    remaining\n    utilizationPct\n    alertLevel\n    thresholds { notice warning critical }\n    monthlyForecast { monthToDate projectedSpend budgetCeiling deltaToBudget }\n  }\n"): typeof import('./graphql.js').RestBudgetFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestAuth on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    tokenType\n    user { ...RestUser }\n  }\n"): typeof import('./graphql.js').RestAuthFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestUpdateAgent($input: UpdateAgentInput!) {\n        updateAgent(input: $input) { agent { ...RestAgent } }\n      }\n    "): typeof import('./graphql.js').RestUpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestListChannels($first: Int!, $offset: Int!, $filter: ChannelFilter) {\n        channels(first: $first, offset: $offset, filter: $filter) { totalCount edges { node { ...RestChannel } } }\n      }\n    "): typeof import('./graphql.js').RestListChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestGetChannel($id: ID!) {\n        channel(id: $id) { ...RestChannelDetail }\n      }\n    "): typeof import('./graphql.js').RestGetChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestAddChannelMember($input: AddChannelMemberInput!) {\n        addChannelMember(input: $input) { channel { ...RestChannelDetail } }\n      }\n    "): typeof import('./graphql.js').RestAddChannelMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestRemoveChannelMember($channelId: ID!, $memberId: ID!) {\n        removeChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...RestChannelDetail } }\n      }\n    "): typeof import('./graphql.js').RestRemoveChannelMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestEditMessage($input: EditMessageInput!) {\n        editMessage(input: $input) { message { ...RestMessage } }\n      }\n    "): typeof import('./graphql.js').RestEditMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestListApiKeys($first: Int!, $offset: Int!) {\n        apiKeys(first: $first, offset: $offset) { totalCount edges { node { ...RestApiKey } } }\n      }\n    "): typeof import('./graphql.js').RestListApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestCreateApiKey($input: CreateApiKeyInput!) {\n        createApiKey(input: $input) { secret apiKey { ...RestApiKey } }\n      }\n    "): typeof import('./graphql.js').RestCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestV1RevokeApiKey($id: ID!) {\n        revokeApiKey(input: { id: $id }) { apiKey { ...RestApiKey } }\n      }\n    "): typeof import('./graphql.js').RestV1RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestCreateUser($input: CreateUserInput!) {\n        createUser(input: $input) { user { ...RestUser } }\n      }\n    "): typeof import('./graphql.js').RestCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestGetUser($id: ID!) {\n        node(id: $id) { __typename ... on User { ...RestUser } }\n      }\n    "): typeof import('./graphql.js').RestGetUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestLogin($input: LoginInput!) {\n        login(input: $input) { ...RestAuth }\n      }\n    "): typeof import('./graphql.js').RestLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestRefresh($input: RefreshTokenInput!) {\n        refreshToken(input: $input) { ...RestAuth }\n      }\n    "): typeof import('./graphql.js').RestRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestBudget {\n        budgetStatus { ...RestBudget }\n      }\n    "): typeof import('./graphql.js').RestBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestUpdateBudget($input: UpdateBudgetInput!) {\n        updateBudget(input: $input) { budget { ...RestBudget } }\n      }\n    "): typeof import('./graphql.js').RestUpdateBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestModels {\n        models { name provider vendor tier inputPricePerMTok outputPricePerMTok }\n      }\n    "): typeof import('./graphql.js').RestModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RestWorkflowRun on WorkflowRun {\n    id\n    workflow { id name }\n    status\n    progress\n    input\n    output\n    error\n    createdAt\n    startedAt\n    completedAt\n    stepRuns { key status output startedAt completedAt }\n    usage { calls cost }\n  }\n"): typeof import('./graphql.js').RestWorkflowRunFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestWorkflowsStatus {\n        workflowRuns(first: 100, filter: { status: [QUEUED, RUNNING] }) { edges { node { id workflow { name } status progress startedAt createdAt } } }\n      }\n    "): typeof import('./graphql.js').RestWorkflowsStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestCsuiteMeeting($agenda: [String!]) {\n        conductCsuiteMeeting(input: { agenda: $agenda }) { meetingId participants agenda outcomes duration status timestamp error }\n      }\n    "): typeof import('./graphql.js').RestCsuiteMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestCreateWorkflow($input: CreateWorkflowInput!) {\n        createWorkflow(input: $input) { workflow { id name description createdAt steps { key kind agentId model team prompt dependsOn } } }\n      }\n    "): typeof import('./graphql.js').RestCreateWorkflowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestListWorkflows {\n        workflows(first: 100) { totalCount edges { node { id name description builtin createdAt steps { key kind dependsOn } } } }\n      }\n    "): typeof import('./graphql.js').RestListWorkflowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestRunWorkflow($input: RunWorkflowInput!) {\n        runWorkflow(input: $input) { run { ...RestWorkflowRun } }\n      }\n    "): typeof import('./graphql.js').RestRunWorkflowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query RestWorkflowRun($id: ID!) {\n        workflowRun(id: $id) { ...RestWorkflowRun }\n      }\n    "): typeof import('./graphql.js').RestWorkflowRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation RestCancelWorkflowRun($id: ID!) {\n        cancelWorkflowRun(input: { runId: $id }) { run { ...RestWorkflowRun } }\n      }\n    "): typeof import('./graphql.js').RestCancelWorkflowRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventLogQuery($limit: Int!, $cursor: String) {\n    eventLog(limit: $limit, cursor: $cursor) { cursor hasMore events { sequence type subjectId } }\n  }\n"): typeof import('./graphql.js').EventLogQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksWhere($where: TaskWhere, $orderBy: TaskOrder) {\n    tasks(first: 100, where: $where, orderBy: $orderBy) { totalCount edges { node { id } } }\n  }\n"): typeof import('./graphql.js').TasksWhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSigningKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) { secret signingSecret apiKey { id allowedIps requireSignature } }\n  }\n"): typeof import('./graphql.js').CreateSigningKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditTrail($filter: AuditEventFilter, $first: Int) {\n    auditEvents(filter: $filter, first: $first) {\n      totalCount\n      edges { node { timestamp event severity apiKeyId principalId ipAddress userAgent requestId resource { type id } details } }\n    }\n  }\n"): typeof import('./graphql.js').AuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BlocksList { ipBlocks { id ip reason automatic expiresAt } }"): typeof import('./graphql.js').BlocksListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgentStatusWithSessions($agentId: ID) {\n    agentStatusChanged(agentId: $agentId) { agentId status agent { id sessions(first: 10) { totalCount } } }\n  }\n"): typeof import('./graphql.js').AgentStatusWithSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentFields on Agent {\n    id\n    name\n    type\n    status\n    skills\n    createdAt\n    updatedAt\n    startedAt\n    stoppedAt\n    lastActive\n    config { model temperature maxTokens topP frequencyPenalty presencePenalty }\n    performanceMetrics { responseTimeMs successRate taskCompletionRate errorCount }\n  }\n"): typeof import('./graphql.js').AgentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) { agent { ...AgentFields } }\n  }\n"): typeof import('./graphql.js').CreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgent($input: UpdateAgentInput!) {\n    updateAgent(input: $input) { agent { ...AgentFields } }\n  }\n"): typeof import('./graphql.js').UpdateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAgent($id: ID!) {\n    startAgent(input: { id: $id }) { agent { id status startedAt lastActive } }\n  }\n"): typeof import('./graphql.js').StartAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopAgent($id: ID!) {\n    stopAgent(input: { id: $id }) { agent { id status stoppedAt } }\n  }\n"): typeof import('./graphql.js').StopAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgent($id: ID!) {\n    deleteAgent(input: { id: $id }) { deletedAgentId name }\n  }\n"): typeof import('./graphql.js').DeleteAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetAgent($id: ID!) {\n    agent(id: $id) { ...AgentFields }\n  }\n"): typeof import('./graphql.js').GetAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListAgents($first: Int, $after: String, $last: Int, $before: String, $filter: AgentFilter, $orderBy: AgentOrder, $offset: Int) {\n    agents(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy, offset: $offset) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id name type status createdAt } }\n    }\n  }\n"): typeof import('./graphql.js').ListAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeById($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Agent { name }\n      ... on ApiKey { name }\n      ... on User { email }\n    }\n  }\n"): typeof import('./graphql.js').NodeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodesByIds($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id }\n  }\n"): typeof import('./graphql.js').NodesByIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer { id kind name roles scopes }\n  }\n"): typeof import('./graphql.js').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey { id name prefix roles scopes status expiresAt revokedAt createdAt }\n    }\n  }\n"): typeof import('./graphql.js').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(input: { id: $id }) { apiKey { id status revokedAt } }\n  }\n"): typeof import('./graphql.js').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListApiKeys($first: Int) {\n    apiKeys(first: $first) { totalCount edges { node { id name prefix status lastUsedAt } } }\n  }\n"): typeof import('./graphql.js').ListApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { user { id email name roles } }\n  }\n"): typeof import('./graphql.js').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      tokenType accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email roles }\n    }\n  }\n"): typeof import('./graphql.js').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(input: { refreshToken: $refreshToken }) { accessToken refreshToken }\n  }\n"): typeof import('./graphql.js').RefreshTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AgentStatusChanged($agentId: ID) {\n    agentStatusChanged(agentId: $agentId) { agentId previousStatus status changedAt agent { id name status } }\n  }\n"): typeof import('./graphql.js').AgentStatusChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    id\n    agent { id }\n    userId\n    status\n    context\n    createdAt\n    expiresAt\n    lastActivity\n    endedAt\n    summary\n    messageCount\n    renewalCount\n    timeRemaining\n    isNearExpiration\n    timeoutConfig { timeoutMinutes autoRenew maxDurationMinutes warningThresholdMinutes }\n  }\n"): typeof import('./graphql.js').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) { session { ...SessionFields } }\n  }\n"): typeof import('./graphql.js').CreateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetSession($id: ID!, $first: Int) {\n    session(id: $id) {\n      ...SessionFields\n      messages(first: $first) { totalCount edges { cursor node { id role content metadata createdAt } } }\n      usage { calls inputTokens outputTokens cost }\n    }\n  }\n"): typeof import('./graphql.js').GetSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendSessionMessage($input: SendSessionMessageInput!) {\n    sendSessionMessage(input: $input) {\n      response\n      provider\n      model\n      contextUpdate\n      timestamp\n      message { id role content }\n      userMessage { id role content }\n      session { messageCount expiresAt lastActivity context }\n    }\n  }\n"): typeof import('./graphql.js').SendSessionMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HeartbeatSession($id: ID!) {\n    heartbeatSession(input: { sessionId: $id }) { session { ...SessionFields } }\n  }\n"): typeof import('./graphql.js').HeartbeatSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewSession($id: ID!) {\n    renewSession(input: { sessionId: $id }) { session { ...SessionFields } }\n  }\n"): typeof import('./graphql.js').RenewSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(input: { sessionId: $id }) { session { ...SessionFields } }\n  }\n"): typeof import('./graphql.js').EndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListSessions($first: Int, $filter: SessionFilter) {\n    sessions(first: $first, filter: $filter) { totalCount edges { node { id status userId messages(first: 5) { totalCount edges { node { id content } } } usage { calls cost } } } }\n    sessionStats(filter: $filter) { total active expired ended }\n  }\n"): typeof import('./graphql.js').ListSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsHealth {\n    sessionsHealth { status activeSessions expiringSoon uptime }\n  }\n"): typeof import('./graphql.js').SessionsHealthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SessionUpdated($sessionId: ID!) {\n    sessionUpdated(sessionId: $sessionId) {\n      kind\n      sessionId\n      at\n      delta\n      contextUpdate\n      message { id role content }\n      session { status expiresAt summary timeRemaining }\n    }\n  }\n"): typeof import('./graphql.js').SessionUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelFields on Channel {\n    id\n    name\n    type\n    createdBy\n    memberCount\n    members { memberId memberType }\n  }\n"): typeof import('./graphql.js').ChannelFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChannel($input: CreateChannelInput!) {\n    createChannel(input: $input) { channel { ...ChannelFields } }\n  }\n"): typeof import('./graphql.js').CreateChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddChannelMember($channelId: ID!, $memberId: ID!) {\n    addChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...ChannelFields } }\n  }\n"): typeof import('./graphql.js').AddChannelMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveChannelMember($channelId: ID!, $memberId: ID!) {\n    removeChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...ChannelFields } }\n  }\n"): typeof import('./graphql.js').RemoveChannelMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) { message { id position cursor senderId senderType content metadata sentAt editedAt } }\n  }\n"): typeof import('./graphql.js').SendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($messageId: ID!, $content: String!) {\n    editMessage(input: { messageId: $messageId, content: $content }) { message { id content editedAt } }\n  }\n"): typeof import('./graphql.js').EditMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetChannel($id: ID!, $first: Int, $after: String, $last: Int, $before: String, $sentAfter: DateTime, $sentBefore: DateTime) {\n    channel(id: $id) {\n      ...ChannelFields\n      messages(first: $first, after: $after, last: $last, before: $before, sentAfter: $sentAfter, sentBefore: $sentBefore) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor startCursor }\n        edges { cursor node { id position content senderId senderType replyToId sentAt } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').GetChannelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListChannels($first: Int) {\n    channels(first: $first) { totalCount edges { node { id name type memberCount messages(last: 3) { totalCount edges { node { id content } } } } } }\n  }\n"): typeof import('./graphql.js').ListChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageAdded($channelId: ID!, $after: String) {\n    messageAdded(channelId: $channelId, after: $after) {\n      channelId\n      cursor\n      message { id position content senderId senderType replyToId }\n    }\n  }\n"): typeof import('./graphql.js').MessageAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageReport($filter: UsageFilter, $groupBy: [UsageDimension!]) {\n    usage(filter: $filter, groupBy: $groupBy) {\n      totals { calls inputTokens outputTokens cost }\n      groups { key { model day provider agentId } usage { calls inputTokens outputTokens cost } }\n    }\n  }\n"): typeof import('./graphql.js').UsageReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentsWithUsage($first: Int) {\n    agents(first: $first) { edges { node { id name usage { calls cost } } } }\n  }\n"): typeof import('./graphql.js').AgentsWithUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetStatusQuery {\n    budgetStatus {\n      day dailyBudget todaySpend reserved remaining utilizationPct alertLevel\n      thresholds { notice warning critical }\n      monthlyForecast { monthToDate projectedSpend budgetCeiling deltaToBudget }\n    }\n  }\n"): typeof import('./graphql.js').BudgetStatusQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBudget($input: UpdateBudgetInput!) {\n    updateBudget(input: $input) { budget { dailyBudget todaySpend remaining utilizationPct alertLevel monthlyForecast { budgetCeiling } } }\n  }\n"): typeof import('./graphql.js').UpdateBudgetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BudgetAlerts {\n    budgetAlert { previousLevel level at budget { todaySpend utilizationPct } }\n  }\n"): typeof import('./graphql.js').BudgetAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimits {\n    rateLimits { provider current limit remaining utilizationPct resetAt }\n  }\n"): typeof import('./graphql.js').RateLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendModel($taskType: String!, $complexity: TaskComplexity!, $priority: Priority, $estimatedTokens: Int!) {\n    recommendModel(taskType: $taskType, complexity: $complexity, priority: $priority, estimatedTokens: $estimatedTokens) {\n      model { name tier vendor }\n      reason\n      estimatedCost\n      budgetAvailable\n      budget { dailyBudget todaySpend remaining }\n    }\n  }\n"): typeof import('./graphql.js').RecommendModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemStatusQuery {\n    systemStatus {\n      status\n      timestamp\n      services { apiGateway agentOrchestrator messageBroker database cache }\n      metrics { activeAgents activeSessions requestsPerMinute errorRate systemLoad }\n    }\n  }\n"): typeof import('./graphql.js').SystemStatusQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemConfigQuery {\n    systemConfig { version environment llmProviders defaultAgentConfig { model temperature maxTokens } }\n  }\n"): typeof import('./graphql.js').SystemConfigQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TriggerSystemTask($input: TriggerSystemTaskInput!) {\n    triggerSystemTask(input: $input) { task { id type status parameters queuedAt } }\n  }\n"): typeof import('./graphql.js').TriggerSystemTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemTaskQuery($id: ID!) {\n    systemTask(id: $id) { id type status result error queuedAt startedAt completedAt }\n  }\n"): typeof import('./graphql.js').SystemTaskQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SystemTaskUpdated($taskId: ID) {\n    systemTaskUpdated(taskId: $taskId) { taskId status task { status result } }\n  }\n"): typeof import('./graphql.js').SystemTaskUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerId {\n    viewer { id }\n  }\n"): typeof import('./graphql.js').ViewerIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestRateLimits {\n    requestRateLimits { policy scope limit remaining used windowSeconds resetAt }\n    rateLimits { provider limit }\n  }\n"): typeof import('./graphql.js').RequestRateLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpawnTask($input: SpawnTaskInput!) {\n    spawnTask(input: $input) { task { id kind status priority model estimatedCost agent { id name } } }\n  }\n"): typeof import('./graphql.js').SpawnTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SpawnTeam($input: SpawnTeamInput!) {\n    spawnTeam(input: $input) { task { id kind status team estimatedCost members { role model status } } }\n  }\n"): typeof import('./graphql.js').SpawnTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTask($id: ID!) {\n    cancelTask(input: { id: $id }) { refund task { id status error estimatedCost actualCost refund completedAt } }\n  }\n"): typeof import('./graphql.js').CancelTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskQuery($id: ID!) {\n    task(id: $id) {\n      id\n      kind\n      status\n      priority\n      task\n      model\n      result\n      error\n      attempts\n      estimatedCost\n      actualCost\n      refund\n      startedAt\n      completedAt\n      agent { id name performanceMetrics { tasksAssigned tasksCompleted } usage { calls cost } }\n      members { role model status task result actualCost }\n      usage { calls cost }\n    }\n  }\n"): typeof import('./graphql.js').TaskQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksQuery($filter: TaskFilter, $first: Int) {\n    tasks(filter: $filter, first: $first) { totalCount edges { node { id status model } } }\n  }\n"): typeof import('./graphql.js').TasksQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskUpdated($taskId: ID) {\n    taskUpdated(taskId: $taskId) { taskId status task { status result } }\n  }\n"): typeof import('./graphql.js').TaskUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkflow($input: CreateWorkflowInput!) {\n    createWorkflow(input: $input) { workflow { id name steps { key kind dependsOn } } }\n  }\n"): typeof import('./graphql.js').CreateWorkflowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunWorkflow($input: RunWorkflowInput!) {\n    runWorkflow(input: $input) { run { id status progress } }\n  }\n"): typeof import('./graphql.js').RunWorkflowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWorkflowRun($runId: ID!) {\n    cancelWorkflowRun(input: { runId: $runId }) { run { id status error stepRuns { key status } } }\n  }\n"): typeof import('./graphql.js').CancelWorkflowRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowRunQuery($id: ID!) {\n    workflowRun(id: $id) {\n      id\n      status\n      progress\n      output\n      error\n      startedAt\n      completedAt\n      usage { calls cost }\n      stepRuns { key status output dependsOn task { id task } }\n    }\n  }\n"): typeof import('./graphql.js').WorkflowRunQueryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkflowRunUpdated($runId: ID) {\n    workflowRunUpdated(runId: $runId) { runId kind stepKey progress }\n  }\n"): typeof import('./graphql.js').WorkflowRunUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) { secret webhook { id url events } }\n  }\n"): typeof import('./graphql.js').CreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($id: ID!) {\n    node(id: $id) {\n      ... on Webhook {\n        deliveries(first: 10) {\n          edges { node { id event status attemptCount nextAttemptAt deliveredAt payload attempts { statusCode error } } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').WebhookDeliveriesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
