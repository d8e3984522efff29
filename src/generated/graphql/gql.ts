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
};
const documents: Documents = {
    "\n  fragment RestAgent on Agent {\n    id\n    name\n    type\n    status\n    createdAt\n    updatedAt\n    startedAt\n    stoppedAt\n    lastActive\n    skills\n    config { model temperature maxTokens topP frequencyPenalty presencePenalty }\n    performanceMetrics { responseTimeMs successRate taskCompletionRate errorCount }\n  }\n": types.RestAgentFragmentDoc,
    "\n      mutation RestCreateAgent($input: CreateAgentInput!) {\n        createAgent(input: $input) { agent { ...RestAgent } }\n      }\n    ": types.RestCreateAgentDocument,
    "\n      query RestListAgents($first: Int!, $offset: Int!, $filter: AgentFilter) {\n        agents(first: $first, offset: $offset, filter: $filter) {\n          totalCount\n          edges { node { ...RestAgent } }\n        }\n      }\n    ": types.RestListAgentsDocument,
    "\n      query RestGetAgent($id: ID!) {\n        agent(id: $id) { ...RestAgent }\n      }\n    ": types.RestGetAgentDocument,
    "\n      mutation RestStartAgent($id: ID!) {\n        startAgent(input: { id: $id }) { agent { id status startedAt } }\n      }\n    ": types.RestStartAgentDocument,
    "\n      mutation RestStopAgent($id: ID!) {\n        stopAgent(input: { id: $id }) { agent { id status stoppedAt } }\n      }\n    ": types.RestStopAgentDocument,
    "\n      mutation RestDeleteAgent($id: ID!) {\n        deleteAgent(input: { id: $id }) { deletedAgentId }\n      }\n    ": types.RestDeleteAgentDocument,
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
