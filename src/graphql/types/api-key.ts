// API keys: stored hashed, the secret shown once, optional expiry, revocable.
import { rolesOf, scopesOf } from "../../domain/auth/service.js";
import { builder } from "../builder.js";
import { Role, Scope, Tier } from "./access.js";
import { effectiveScopes, tierOf } from "../../domain/auth/principal.js";
import { adminOnlyWhere } from "../../domain/auth/visibility.js";

const ApiKeyStatus = builder.enumType("ApiKeyStatus", { values: ["ACTIVE", "EXPIRED", "REVOKED"] as const });

const ApiKey = builder.prismaNode("ApiKey", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ ...adminOnlyWhere(ctx.principal), id }),
  nullable: true, // node(id:) of a deleted or unknown object is null, not an error
  fields: (t) => ({
    name: t.exposeString("name"),
    prefix: t.exposeString("prefix", { description: "First characters of the secret, to recognise a key." }),
    roles: t.field({ type: [Role], resolve: (k) => rolesOf(k) }),
    scopes: t.field({
      type: [Scope],
      description: "Scopes in effect: what the roles grant, narrowed to the key's own list when it has one.",
      resolve: (k) => effectiveScopes(rolesOf(k), scopesOf(k)),
    }),
    tier: t.field({ type: Tier, resolve: (k) => tierOf(k.tier) }),
    status: t.field({
      type: ApiKeyStatus,
      resolve: (k, _args, ctx) =>
        k.revokedAt ? "REVOKED" : k.expiresAt && k.expiresAt <= ctx.clock.now() ? "EXPIRED" : "ACTIVE",
    }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryField("apiKeys", (t) =>
  t.prismaConnection({
    type: "ApiKey",
    cursor: "id",
    defaultSize: 20,
    maxSize: 100,
    resolve: (query, _root, _args, ctx) => ctx.services.auth.listApiKeys(ctx.principal, query),
    totalCount: (_root, _args, ctx) => ctx.services.auth.countApiKeys(ctx.principal),
  }),
);

builder.relayMutationField(
  "createApiKey",
  {
    inputFields: (t) => ({
      name: t.string({ required: true }),
      roles: t.field({ type: [Role], required: true }),
      scopes: t.field({ type: [Scope], description: "Narrow the roles' scopes to these; omit for all of them." }),
      expiresAt: t.field({ type: "DateTime", description: "Omit for a key that does not expire." }),
      tier: t.field({ type: Tier, description: "Default: DEFAULT_TIER (PRO unless configured)." }),
    }),
  },
  { resolve: (_root, { input }, ctx) => ctx.services.auth.createApiKey(ctx.principal, input) },
  {
    outputFields: (t) => ({
      apiKey: t.field({ type: ApiKey, resolve: (p) => p.apiKey }),
      secret: t.string({
        description: "The key itself. It is shown only here: the server keeps nothing but its hash.",
        resolve: (p) => p.secret,
      }),
    }),
  },
);

builder.relayMutationField(
  "revokeApiKey",
  { inputFields: (t) => ({ id: t.id({ required: true }) }) },
  { resolve: async (_root, { input }, ctx) => ({ apiKey: await ctx.services.auth.revokeApiKey(ctx.principal, input.id) }) },
  { outputFields: (t) => ({ apiKey: t.field({ type: ApiKey, resolve: (p) => p.apiKey }) }) },
);
