// Operations the tests send, typed by codegen from schema.graphql (npm run codegen).
import { graphql } from "../../src/generated/graphql/index.js";

export const AgentFields = graphql(`
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
