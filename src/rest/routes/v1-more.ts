// Seed 001 conventions (/api/v1, snake_case, the error envelope, page/limit lists) for what only
// GraphQL offered: updating an agent, channels and their members, editing messages, API keys, users,
// login and refresh, the budget and the model catalogue. Each runs its GraphQL operation, so the
// same services, permission rules and errors apply.
import { AppError } from "../../errors.js";
import { graphql } from "../../generated/graphql/index.js";
import { presentAgent } from "../presenters/agents.js";
import { presentChannel, presentMessage } from "../presenters/channels.js";
import { bodyInput, enumParam, intParam, upperEnum } from "../params.js";
import { route, type RestRequest } from "../route.js";
import { z } from "zod";
import { Agent, AgentConfigInput, Channel, IntParam, Message, PagePagination, Timestamp, Usd } from "../schemas.js";

// Our own routes in seed 001's conventions (seed "—"); their objects mirror what the presenters below write.
const PageQuery = z.object({ page: IntParam("from 1, default 1"), limit: IntParam("1–100, default 20") });
const ChannelDetail = Channel.extend({
  members: z.array(z.object({ member_id: z.string(), member_type: z.enum(["agent", "user"]), joined_at: Timestamp })),
}).meta({ id: "ChannelDetail" });
const ApiKey = z
  .object({
    key_id: z.string(),
    name: z.string(),
    prefix: z.string(),
    roles: z.array(z.string()),
    scopes: z.array(z.string()),
    tier: z.enum(["free", "pro", "enterprise"]),
    status: z.enum(["active", "expired", "revoked"]),
    created_at: Timestamp,
    expires_at: Timestamp.nullable(),
    last_used_at: Timestamp.nullable(),
    revoked_at: Timestamp.nullable(),
  })
  .meta({ id: "ApiKey" });
const User = z
  .object({ user_id: z.string(), email: z.string(), name: z.string(), roles: z.array(z.string()), tier: z.enum(["free", "pro", "enterprise"]), created_at: Timestamp })
  .meta({ id: "User" });
const Auth = z
  .object({
    access_token: z.string(),
    token_type: z.string(),
    expires_in: z.number().int().meta({ description: "seconds" }),
    expires_at: Timestamp,
    refresh_token: z.string(),
    refresh_token_expires_at: Timestamp,
    user: User,
  })
  .meta({ id: "AuthTokens" });
const Budget = z
  .object({
    day: z.string(),
    daily_budget: Usd.nullable(),
    monthly_ceiling: Usd.nullable(),
    today_spend: Usd.nullable(),
    reserved: Usd.nullable(),
    budget_remaining: Usd.nullable(),
    budget_utilization_pct: z.number(),
    budget_alert_level: z.enum(["ok", "notice", "warning", "critical"]),
    thresholds: z.object({ notice: z.number(), warning: z.number(), critical: z.number() }),
    monthly_forecast: z.object({ month_to_date: Usd.nullable(), projected_spend: Usd.nullable(), budget_ceiling: Usd.nullable(), delta_to_budget: Usd.nullable() }),
  })
  .meta({ id: "Budget" });

graphql(`
  fragment RestChannelDetail on Channel {
    ...RestChannel
    members { memberId memberType joinedAt }
  }
`);

graphql(`
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
`);

graphql(`
  fragment RestUser on User {
    id
    email
    name
    roles
    tier
    createdAt
  }
`);

graphql(`
  fragment RestBudget on BudgetStatus {
    day
    dailyBudget
    todaySpend
    reserved
    remaining
    utilizationPct
    alertLevel
    thresholds { notice warning critical }
    monthlyForecast { monthToDate projectedSpend budgetCeiling deltaToBudget }
  }
`);

graphql(`
  fragment RestAuth on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    tokenType
    user { ...RestUser }
  }
`);

const usd = (decimal: string | null | undefined) => (decimal == null ? null : Number(decimal));
const lower = (values: readonly string[]) => values.map((v) => v.toLowerCase());

/** Seed 001 lists: `page` (from 1) and `limit` (1–100, default 20). */
function pageOf({ query }: RestRequest) {
  const limit = intParam(query, "limit", { fallback: 20, min: 1, max: 100 });
  const page = intParam(query, "page", { fallback: 1, min: 1, max: 1_000_000 });
  return { limit, page, offset: (page - 1) * limit };
}

/** "agents:read" → AGENTS_READ; a value that is no scope passes through to be refused by GraphQL. */
const scopeEnum = (value: unknown) => (typeof value === "string" ? value.toUpperCase().replace(":", "_") : value);

/** A dollar amount as the seeds write it (a JSON number) → GraphQL's Decimal string; null stays null (no limit). */
function decimalOf(body: Record<string, unknown>, name: string): unknown {
  if (!(name in body)) return undefined;
  const value = body[name];
  return typeof value === "number" ? String(value) : value;
}

const presentApiKey = (k: {
  id: string; name: string; prefix: string; roles: readonly string[]; scopes: readonly string[]; tier: string; status: string;
  createdAt: unknown; expiresAt?: unknown; lastUsedAt?: unknown; revokedAt?: unknown;
}) => ({
  key_id: k.id,
  name: k.name,
  prefix: k.prefix,
  roles: lower(k.roles),
  scopes: k.scopes.map((s) => s.toLowerCase().replace("_", ":")),
  tier: k.tier.toLowerCase(),
  status: k.status.toLowerCase(),
  created_at: k.createdAt,
  expires_at: k.expiresAt ?? null,
  last_used_at: k.lastUsedAt ?? null,
  revoked_at: k.revokedAt ?? null,
});

const presentUser = (u: { id: string; email: string; name: string; roles: readonly string[]; tier: string; createdAt: unknown }) => ({
  user_id: u.id,
  email: u.email,
  name: u.name,
  roles: lower(u.roles),
  tier: u.tier.toLowerCase(),
  created_at: u.createdAt,
});

const presentChannelDetail = (c: Parameters<typeof presentChannel>[0] & { members: readonly { memberId: string; memberType: string; joinedAt: unknown }[] }) => ({
  ...presentChannel(c),
  members: c.members.map((m) => ({ member_id: m.memberId, member_type: m.memberType.toLowerCase(), joined_at: m.joinedAt })),
});

const presentAuth = (a: { accessToken: string; accessTokenExpiresAt: unknown; refreshToken: string; refreshTokenExpiresAt: unknown; tokenType: string; user: Parameters<typeof presentUser>[0] }, now: Date) => ({
  access_token: a.accessToken,
  token_type: a.tokenType,
  expires_in: Math.round((new Date(a.accessTokenExpiresAt as string).getTime() - now.getTime()) / 1000),
  expires_at: a.accessTokenExpiresAt,
  refresh_token: a.refreshToken,
  refresh_token_expires_at: a.refreshTokenExpiresAt,
  user: presentUser(a.user),
});

const presentBudget = (b: {
  day: string; dailyBudget?: string | null; todaySpend: string; reserved: string; remaining?: string | null; utilizationPct: number; alertLevel: string;
  thresholds: { notice: number; warning: number; critical: number };
  monthlyForecast: { monthToDate: string; projectedSpend: string; budgetCeiling?: string | null; deltaToBudget?: string | null };
}) => ({
  day: b.day,
  daily_budget: usd(b.dailyBudget),
  monthly_ceiling: usd(b.monthlyForecast.budgetCeiling),
  today_spend: usd(b.todaySpend),
  reserved: usd(b.reserved),
  budget_remaining: usd(b.remaining),
  budget_utilization_pct: b.utilizationPct,
  budget_alert_level: b.alertLevel.toLowerCase(),
  thresholds: b.thresholds,
  monthly_forecast: {
    month_to_date: usd(b.monthlyForecast.monthToDate),
    projected_spend: usd(b.monthlyForecast.projectedSpend),
    budget_ceiling: usd(b.monthlyForecast.budgetCeiling),
    delta_to_budget: usd(b.monthlyForecast.deltaToBudget),
  },
});

export const v1MoreRoutes = [
  route({
    method: "PATCH",
    path: "/api/v1/agents/:agent_id",
    operation: graphql(`
      mutation RestUpdateAgent($input: UpdateAgentInput!) {
        updateAgent(input: $input) { agent { ...RestAgent } }
      }
    `),
    variables: (req) => ({ input: { ...bodyInput(req), id: req.params.agent_id! } as never }),
    invalidInputCode: "invalid_agent_config",
    present: (data) => presentAgent(data.updateAgent.agent),
    doc: { summary: "Update an agent's name, type, config or skills", seed: "—", body: z.object({ name: z.string().optional(), type: z.string().optional(), config: AgentConfigInput.optional(), skills: z.array(z.string()).optional() }), response: Agent },
  }),

  route({
    method: "GET",
    path: "/api/v1/channels",
    operation: graphql(`
      query RestListChannels($first: Int!, $offset: Int!, $filter: ChannelFilter) {
        channels(first: $first, offset: $offset, filter: $filter) { totalCount edges { node { ...RestChannel } } }
      }
    `),
    variables: (req) => {
      const { limit, offset } = pageOf(req);
      const type = enumParam(req.query, "type", ["PUBLIC", "PRIVATE", "DIRECT"] as const);
      return { first: limit, offset, filter: { type: type ? [type] : null } };
    },
    present: (data, req) => {
      const { page, limit } = pageOf(req);
      return { channels: data.channels.edges.map((e) => presentChannel(e.node)), pagination: { page, limit, total: data.channels.totalCount } };
    },
    doc: { summary: "List channels, by page", seed: "—", query: PageQuery.extend({ type: z.enum(["public", "private", "direct"]).optional() }), response: z.object({ channels: z.array(Channel), pagination: PagePagination }) },
  }),

  route({
    method: "GET",
    path: "/api/v1/channels/:channel_id",
    operation: graphql(`
      query RestGetChannel($id: ID!) {
        channel(id: $id) { ...RestChannelDetail }
      }
    `),
    variables: ({ params }) => ({ id: params.channel_id! }),
    present: ({ channel }, { params }) => {
      if (!channel) throw new AppError("channel_not_found", { details: { channel_id: params.channel_id } });
      return presentChannelDetail(channel);
    },
    doc: { summary: "A channel with its members", seed: "—", response: ChannelDetail },
  }),

  route({
    method: "POST",
    path: "/api/v1/channels/:channel_id/members",
    operation: graphql(`
      mutation RestAddChannelMember($input: AddChannelMemberInput!) {
        addChannelMember(input: $input) { channel { ...RestChannelDetail } }
      }
    `),
    variables: (req) => ({ input: { ...bodyInput(req), channelId: req.params.channel_id! } as never }),
    invalidInputCode: "invalid_channel_members",
    status: 201,
    present: (data) => presentChannelDetail(data.addChannelMember.channel),
    doc: { summary: "Add a member to a channel", seed: "—", body: z.object({ member_id: z.string() }), response: ChannelDetail },
  }),

  route({
    method: "DELETE",
    path: "/api/v1/channels/:channel_id/members/:member_id",
    operation: graphql(`
      mutation RestRemoveChannelMember($channelId: ID!, $memberId: ID!) {
        removeChannelMember(input: { channelId: $channelId, memberId: $memberId }) { channel { ...RestChannelDetail } }
      }
    `),
    variables: ({ params }) => ({ channelId: params.channel_id!, memberId: params.member_id! }),
    invalidInputCode: "invalid_channel_members",
    present: (data) => presentChannelDetail(data.removeChannelMember.channel),
    doc: { summary: "Remove a member from a channel", seed: "—", response: ChannelDetail },
  }),

  route({
    method: "PATCH",
    path: "/api/v1/channels/:channel_id/messages/:message_id",
    operation: graphql(`
      mutation RestEditMessage($input: EditMessageInput!) {
        editMessage(input: $input) { message { ...RestMessage } }
      }
    `),
    // The message is found by its id (its channel's visibility and the sender-only rule apply there).
    variables: (req) => ({ input: { ...bodyInput(req), messageId: req.params.message_id! } as never }),
    invalidInputCode: "invalid_message_content",
    present: (data) => presentMessage(data.editMessage.message),
    doc: { summary: "Edit a message (its sender only)", seed: "—", body: z.object({ content: z.string() }), response: Message },
  }),

  route({
    method: "GET",
    path: "/api/v1/api-keys",
    operation: graphql(`
      query RestListApiKeys($first: Int!, $offset: Int!) {
        apiKeys(first: $first, offset: $offset) { totalCount edges { node { ...RestApiKey } } }
      }
    `),
    variables: (req) => ({ first: pageOf(req).limit, offset: pageOf(req).offset }),
    present: (data, req) => ({
      api_keys: data.apiKeys.edges.map((e) => presentApiKey(e.node)),
      pagination: { page: pageOf(req).page, limit: pageOf(req).limit, total: data.apiKeys.totalCount },
    }),
    doc: { summary: "List API keys, by page", seed: "—", query: PageQuery, response: z.object({ api_keys: z.array(ApiKey), pagination: PagePagination }) },
  }),

  route({
    method: "POST",
    path: "/api/v1/api-keys",
    operation: graphql(`
      mutation RestCreateApiKey($input: CreateApiKeyInput!) {
        createApiKey(input: $input) { secret apiKey { ...RestApiKey } }
      }
    `),
    variables: (req) => {
      const body = bodyInput(req);
      const list = (value: unknown, map: (v: unknown) => unknown) => (Array.isArray(value) ? value.map(map) : value);
      return { input: { ...body, roles: list(body.roles, upperEnum), scopes: list(body.scopes, scopeEnum), tier: upperEnum(body.tier) } as never };
    },
    status: 201,
    present: ({ createApiKey }) => ({ ...presentApiKey(createApiKey.apiKey), key: createApiKey.secret }), // shown this once
    doc: {
      summary: "Create an API key; `key` is shown only in this answer",
      seed: "—",
      body: z.object({
        name: z.string(),
        roles: z.array(z.string()),
        scopes: z.array(z.string()).optional(),
        tier: z.string().optional(),
        expires_at: Timestamp.optional(),
        allowed_ips: z.array(z.string()).optional(),
        require_signature: z.boolean().optional(),
      }),
      response: ApiKey.extend({ key: z.string() }),
    },
  }),

  route({
    method: "DELETE",
    path: "/api/v1/api-keys/:key_id",
    operation: graphql(`
      mutation RestV1RevokeApiKey($id: ID!) {
        revokeApiKey(input: { id: $id }) { apiKey { ...RestApiKey } }
      }
    `),
    variables: ({ params }) => ({ id: params.key_id! }),
    present: ({ revokeApiKey }) => ({ ...presentApiKey(revokeApiKey.apiKey), revoked: true }),
    doc: { summary: "Revoke an API key", seed: "—", response: ApiKey.extend({ revoked: z.literal(true) }) },
  }),

  route({
    method: "POST",
    path: "/api/v1/users",
    operation: graphql(`
      mutation RestCreateUser($input: CreateUserInput!) {
        createUser(input: $input) { user { ...RestUser } }
      }
    `),
    variables: (req) => {
      const body = bodyInput(req);
      return { input: { ...body, roles: Array.isArray(body.roles) ? body.roles.map(upperEnum) : body.roles, tier: upperEnum(body.tier) } as never };
    },
    status: 201,
    present: ({ createUser }) => presentUser(createUser.user),
    doc: {
      summary: "Create a user",
      seed: "—",
      body: z.object({ email: z.string(), name: z.string(), password: z.string().meta({ description: "at least 12 characters" }), roles: z.array(z.string()), tier: z.string().optional() }),
      response: User,
    },
  }),

  route({
    method: "GET",
    path: "/api/v1/users/:user_id",
    operation: graphql(`
      query RestGetUser($id: ID!) {
        node(id: $id) { __typename ... on User { ...RestUser } }
      }
    `),
    variables: ({ params }) => ({ id: params.user_id! }),
    present: ({ node }, { params }) => {
      if (node?.__typename !== "User") throw new AppError("user_not_found", { details: { user_id: params.user_id } });
      return presentUser(node);
    },
    doc: { summary: "A user", seed: "—", response: User },
  }),

  route({
    method: "POST",
    path: "/api/v1/auth/login",
    operation: graphql(`
      mutation RestLogin($input: LoginInput!) {
        login(input: $input) { ...RestAuth }
      }
    `),
    variables: (req) => ({ input: bodyInput(req) as never }),
    present: ({ login }, { now }) => presentAuth(login, now),
    doc: { summary: "Log in with email and password", seed: "—", body: z.object({ email: z.string(), password: z.string() }), response: Auth },
  }),

  route({
    method: "POST",
    path: "/api/v1/auth/refresh",
    operation: graphql(`
      mutation RestRefresh($input: RefreshTokenInput!) {
        refreshToken(input: $input) { ...RestAuth }
      }
    `),
    variables: (req) => ({ input: bodyInput(req) as never }),
    present: ({ refreshToken }, { now }) => presentAuth(refreshToken, now),
    doc: { summary: "Exchange a refresh token for new tokens", seed: "—", body: z.object({ refresh_token: z.string() }), response: Auth },
  }),

  route({
    method: "GET",
    path: "/api/v1/budget",
    operation: graphql(`
      query RestBudget {
        budgetStatus { ...RestBudget }
      }
    `),
    variables: () => ({}),
    present: ({ budgetStatus }) => presentBudget(budgetStatus),
    doc: { summary: "Today's spend against the budget, and the monthly forecast", seed: "—", response: Budget },
  }),

  route({
    method: "PUT",
    path: "/api/v1/budget",
    operation: graphql(`
      mutation RestUpdateBudget($input: UpdateBudgetInput!) {
        updateBudget(input: $input) { budget { ...RestBudget } }
      }
    `),
    variables: ({ body }) => {
      const unknown = Object.keys(body).filter((k) => !["daily_budget", "monthly_ceiling", "thresholds"].includes(k));
      if (unknown.length) throw new AppError("VALIDATION_ERROR", { message: `Unknown field: ${unknown.join(", ")}`, details: { fields: unknown.map((field) => ({ field, message: "is not a budget setting" })) } });
      const input: Record<string, unknown> = { dailyBudget: decimalOf(body, "daily_budget"), monthlyCeiling: decimalOf(body, "monthly_ceiling"), thresholds: body.thresholds };
      return { input: Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as never };
    },
    present: ({ updateBudget }) => presentBudget(updateBudget.budget),
    doc: {
      summary: "Set the daily budget, monthly ceiling and alert thresholds (null: no limit)",
      seed: "—",
      body: z.object({ daily_budget: Usd.nullable().optional(), monthly_ceiling: Usd.nullable().optional(), thresholds: z.object({ notice: z.number(), warning: z.number(), critical: z.number() }).partial().optional() }),
      response: Budget,
    },
  }),

  route({
    method: "GET",
    path: "/api/v1/models",
    operation: graphql(`
      query RestModels {
        models { name provider vendor tier inputPricePerMTok outputPricePerMTok }
      }
    `),
    variables: () => ({}),
    present: ({ models }) => ({
      models: models.map((m) => ({
        name: m.name,
        provider: m.provider,
        vendor: m.vendor,
        tier: m.tier,
        input_price_per_mtok: usd(m.inputPricePerMTok),
        output_price_per_mtok: usd(m.outputPricePerMTok),
      })),
    }),
    doc: {
      summary: "The model catalogue with prices (US dollars per million tokens)",
      seed: "—",
      response: z.object({
        models: z.array(
          z.object({ name: z.string(), provider: z.string(), vendor: z.string(), tier: z.number().int(), input_price_per_mtok: Usd.nullable(), output_price_per_mtok: Usd.nullable() }),
        ),
      }),
    },
  }),
];
