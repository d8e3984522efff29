// API keys: stored hashed, the secret shown once, optional expiry, revocable.
import { rolesOf, scopesOf } from "../../domain/auth/service.js";
import { withOffset } from "../../domain/query.js";
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
    allowedIps: t.stringList({ nullable: true, description: "Addresses (CIDR ranges) the key may be used from; null: anywhere.", resolve: (k) => k.allowedIps as string[] | null }),
    requireSignature: t.exposeBoolean("requireSignature", { description: "Every HTTP request must carry X-Timestamp and X-Signature (seed 003 request signing)." }),
    revokeReason: t.exposeString("revokeReason", { nullable: true }),
  }),
});

builder.queryField("apiKeys", (t) =>
  t.prismaConnection({
    type: "ApiKey",
    cursor: "id",
    defaultSize: 20,
    maxSize: 100,
    args: { offset: t.arg.int({ description: "Skip this many first (page-number clients)." }) },
    resolve: (query, _root, { offset }, ctx) => ctx.services.auth.listApiKeys(ctx.principal, withOffset(query, offset)),
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
      allowedIps: t.stringList({ description: "Addresses or CIDR ranges (IPv4, IPv6) the key may be used from; omit for anywhere." }),
      requireSignature: t.boolean({ description: "Every HTTP request must be signed with the signingSecret returned here (README \"Security controls\")." }),
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
      signingSecret: t.string({
        nullable: true,
        description: "With requireSignature: the HMAC secret requests are signed with. Shown only here.",
        resolve: (p) => p.signingSecret,
      }),
    }),
  },
);

builder.relayMutationField(
  "revokeApiKey",
  {
    inputFields: (t) => ({
      id: t.id({ required: true }),
      reason: t.string({ description: "Kept with the key and in the audit trail (seed 003: suspected_leak, …)." }),
      notifyUser: t.boolean({ description: "Send the key.revoked webhook event." }),
    }),
  },
  {
    resolve: async (_root, { input }, ctx) => ({
      apiKey: await ctx.services.security.revokeKey(ctx.principal, input.id, input, { ipAddress: ctx.clientIp, requestId: ctx.requestId }),
    }),
  },
  { outputFields: (t) => ({ apiKey: t.field({ type: ApiKey, resolve: (p) => p.apiKey }) }) },
);
