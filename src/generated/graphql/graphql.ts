/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type CreateAgentInput = {
  config?: AgentConfigInput | null | undefined;
  name: string;
  skills?: Array<string> | null | undefined;
  type: string;
};

export type CreateApiKeyInput = {
  /** Omit for a key that does not expire. */
  expiresAt?: string | null | undefined;
  name: string;
  roles: Array<Role>;
  /** Narrow the roles' scopes to these; omit for all of them. */
  scopes?: Array<Scope> | null | undefined;
};

export type CreateUserInput = {
  email: string;
  name: string;
  /** At least 12 characters. */
  password: string;
  roles: Array<Role>;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type PrincipalKind =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'SYSTEM'
  | 'USER';

/** admin: everything · agent_manager: create, start, stop and delete agents · messaging: channels and messages · system_monitor: read-only status, usage and logs. */
export type Role =
  | 'ADMIN'
  | 'AGENT_MANAGER'
  | 'MESSAGING'
  | 'SYSTEM_MONITOR';

/** A permission. Roles grant scopes; an API key may be narrowed to fewer. */
export type Scope =
  /** admin:write */
  | 'ADMIN_WRITE'
  /** agents:read */
  | 'AGENTS_READ'
  /** agents:write */
  | 'AGENTS_WRITE'
  /** billing:read */
  | 'BILLING_READ'
  /** system:read */
  | 'SYSTEM_READ';

export type UpdateAgentInput = {
  config?: AgentConfigInput | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  skills?: Array<string> | null | undefined;
  type?: string | null | undefined;
};

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
    | { __typename: 'User', email: string, id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Agent', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'User', id: string }
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