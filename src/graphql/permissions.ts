// The permission layer (graphql-shield), deny by default: a root field without an entry here is
// refused. Role/scope checks live here; rules that depend on data (membership, ownership) live in
// the domain services, so GraphQL, REST and subscriptions all obey them.
import { allow, deny, rule, shield } from "graphql-shield";
import type { IRule, IRules } from "graphql-shield";

type ShieldRule = IRule | typeof allow;
import type { Context } from "../context.js";
import { hasScope, isAuthenticated, type Principal, type Scope } from "../domain/auth/principal.js";
import { AppError } from "../errors.js";
import { typeOfId } from "../ids.js";

function refusal(principal: Principal, required?: Scope): AppError {
  if (!isAuthenticated(principal)) {
    return new AppError("AUTH_FAILED", { message: "Authentication required: send Authorization: ApiKey <key> or Bearer <token>" });
  }
  return new AppError("insufficient_permissions", required ? { details: { required_scope: required } } : {});
}

const scopeRules = new Map<Scope, IRule>();
/** Allowed when the principal's effective scopes include `scope`. */
function requires(scope: Scope): IRule {
  let r = scopeRules.get(scope);
  if (!r) {
    r = rule(`scope:${scope}`, { cache: "contextual" })((_parent, _args, ctx: Context) =>
      hasScope(ctx.principal, scope) ? true : refusal(ctx.principal, scope),
    );
    scopeRules.set(scope, r);
  }
  return r;
}

/** What reading a node of each type requires; node(id:) of an unknown type needs only a login. */
const READ_SCOPE_BY_TYPE: Record<string, Scope> = {
  Agent: "agents:read",
  ApiKey: "admin:read",
  User: "admin:read",
  Session: "sessions:read",
  SessionMessage: "sessions:read",
  Channel: "messages:read",
  Message: "messages:read",
  SystemTask: "admin:read",
  Task: "agents:read",
  Workflow: "agents:read",
  WorkflowRun: "agents:read",
  Webhook: "admin:read",
  WebhookDelivery: "admin:read",
};

function mayReadIds(principal: Principal, ids: string[]): true | AppError {
  if (!isAuthenticated(principal)) return refusal(principal);
  for (const id of ids) {
    const scope = READ_SCOPE_BY_TYPE[typeOfId(id) ?? ""];
    if (scope && !hasScope(principal, scope)) return refusal(principal, scope);
  }
  return true;
}

const canReadNode = rule({ cache: "strict" })((_p, args: { id: string }, ctx: Context) => mayReadIds(ctx.principal, [args.id]));
const canReadNodes = rule({ cache: "strict" })((_p, args: { ids: string[] }, ctx: Context) => mayReadIds(ctx.principal, args.ids));

/** Any authenticated caller; what it may see is decided by the service (the event log filters by scopes). */
const authenticated = rule({ cache: "contextual" })((_p, _a, ctx: Context) => (isAuthenticated(ctx.principal) ? true : refusal(ctx.principal)));

/** Every root field, explicitly. A test fails when a root field is missing here. */
export const ROOT_RULES = {
  Query: {
    viewer: allow,
    node: canReadNode,
    nodes: canReadNodes,
    agent: requires("agents:read"),
    agents: requires("agents:read"),
    apiKeys: requires("admin:read"),
    session: requires("sessions:read"),
    sessions: requires("sessions:read"),
    sessionStats: requires("sessions:read"),
    sessionsHealth: requires("system:read"),
    channel: requires("messages:read"),
    channels: requires("messages:read"),
    usage: requires("billing:read"),
    budgetStatus: requires("billing:read"),
    models: requires("agents:read"),
    rateLimits: requires("agents:read"),
    requestRateLimits: allow, // the caller's own budgets only
    recommendModel: requires("agents:read"),
    systemStatus: requires("system:read"),
    systemStats: requires("system:read"),
    systemConfig: requires("admin:read"),
    systemTask: requires("admin:read"),
    systemTasks: requires("admin:read"),
    task: requires("agents:read"),
    tasks: requires("agents:read"),
    taskStats: requires("agents:read"),
    teams: requires("agents:read"),
    workflow: requires("agents:read"),
    workflows: requires("agents:read"),
    workflowRun: requires("agents:read"),
    workflowRuns: requires("agents:read"),
    webhook: requires("admin:read"),
    webhooks: requires("admin:read"),
    ipAllowlist: requires("admin:read"),
    ipBlocks: requires("admin:read"),
    auditEvents: requires("admin:read"),
    auditSettings: requires("admin:read"),
    eventLog: authenticated,
    team: requires("agents:read"),
    deployment: requires("agents:read"),
  },
  Mutation: {
    login: allow,
    refreshToken: allow,
    createUser: requires("admin:write"),
    createApiKey: requires("admin:write"),
    revokeApiKey: requires("admin:write"),
    createAgent: requires("agents:write"),
    updateAgent: requires("agents:write"),
    startAgent: requires("agents:write"),
    stopAgent: requires("agents:write"),
    deleteAgent: requires("agents:write"),
    createSession: requires("sessions:write"),
    sendSessionMessage: requires("sessions:write"),
    heartbeatSession: requires("sessions:write"),
    renewSession: requires("sessions:write"),
    endSession: requires("sessions:write"),
    createChannel: requires("messages:write"),
    addChannelMember: requires("messages:write"),
    removeChannelMember: requires("messages:write"),
    sendMessage: requires("messages:write"),
    editMessage: requires("messages:write"),
    updateBudget: requires("admin:write"),
    triggerSystemTask: requires("admin:write"),
    spawnTask: requires("agents:write"),
    spawnTeam: requires("agents:write"),
    cancelTask: requires("agents:write"),
    createWorkflow: requires("agents:write"),
    runWorkflow: requires("agents:write"),
    cancelWorkflowRun: requires("agents:write"),
    conductCsuiteMeeting: requires("agents:write"),
    createWebhook: requires("admin:write"),
    deleteWebhook: requires("admin:write"),
    setIpAllowlist: requires("admin:write"),
    blockIp: requires("admin:write"),
    unblockIp: requires("admin:write"),
    configureAudit: requires("admin:write"),
    spawnTasks: requires("agents:write"),
    deployToAkash: requires("agents:write"),
  },
  Subscription: {
    agentStatusChanged: requires("agents:read"),
    sessionUpdated: requires("sessions:read"),
    messageAdded: requires("messages:read"),
    budgetAlert: requires("billing:read"),
    systemTaskUpdated: requires("admin:read"),
    taskUpdated: requires("agents:read"),
    workflowRunUpdated: requires("agents:read"),
  },
} satisfies Record<"Query" | "Mutation" | "Subscription", Record<string, ShieldRule>>;

const ruleTree: IRules = {
  Query: { "*": deny, ...ROOT_RULES.Query },
  Mutation: { "*": deny, ...ROOT_RULES.Mutation },
  Subscription: { "*": deny, ...ROOT_RULES.Subscription },
};

export const permissions = shield(ruleTree, {
  // Object types below the root are reachable only through a root field that allowed it.
  fallbackRule: allow,
  // Resolver errors (not found, validation) pass through unchanged instead of becoming "Not Authorised!".
  allowExternalErrors: true,
  fallbackError: (_error, _parent, _args, ctx) => refusal((ctx as unknown as Context).principal),
});
