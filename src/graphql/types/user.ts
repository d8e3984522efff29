// Users, password login and rotating refresh tokens (seed 002 JWT authentication).
import type { TokenPair } from "../../domain/auth/service.js";
import { rolesOf } from "../../domain/auth/service.js";
import { builder } from "../builder.js";
import { tierOf } from "../../domain/auth/principal.js";
import { Role, Tier } from "./access.js";
import { adminOnlyWhere } from "../../domain/auth/visibility.js";

const User = builder.prismaNode("User", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ ...adminOnlyWhere(ctx.principal), id }),
  nullable: true, // node(id:) of a deleted or unknown object is null, not an error
  fields: (t) => ({
    email: t.exposeString("email"),
    name: t.exposeString("name"),
    roles: t.field({ type: [Role], resolve: (u) => rolesOf(u) }),
    tier: t.field({ type: Tier, resolve: (u) => tierOf(u.tier) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const AuthPayload = builder.objectRef<TokenPair>("AuthPayload").implement({
  description: "Send `Authorization: Bearer <accessToken>`; trade the refresh token for a new pair before it expires. Each refresh token works once.",
  fields: (t) => ({
    tokenType: t.string({ resolve: () => "Bearer" }),
    accessToken: t.exposeString("accessToken"),
    accessTokenExpiresAt: t.expose("accessTokenExpiresAt", { type: "DateTime" }),
    refreshToken: t.exposeString("refreshToken"),
    refreshTokenExpiresAt: t.expose("refreshTokenExpiresAt", { type: "DateTime" }),
    user: t.field({ type: User, resolve: (p) => p.user }),
  }),
});

builder.relayMutationField(
  "createUser",
  {
    inputFields: (t) => ({
      email: t.string({ required: true }),
      name: t.string({ required: true }),
      password: t.string({ required: true, description: "At least 12 characters." }),
      roles: t.field({ type: [Role], required: true }),
      tier: t.field({ type: Tier, description: "Default: DEFAULT_TIER (PRO unless configured)." }),
    }),
  },
  { resolve: async (_root, { input }, ctx) => ({ user: await ctx.services.auth.createUser(ctx.principal, input) }) },
  { outputFields: (t) => ({ user: t.field({ type: User, resolve: (p) => p.user }) }) },
);

const LoginInput = builder.inputType("LoginInput", {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
});

const RefreshTokenInput = builder.inputType("RefreshTokenInput", {
  fields: (t) => ({ refreshToken: t.string({ required: true }) }),
});

builder.mutationField("login", (t) =>
  t.field({
    type: AuthPayload,
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.auth.login(input.email, input.password),
  }),
);

builder.mutationField("refreshToken", (t) =>
  t.field({
    type: AuthPayload,
    description: "Rotates: the token presented is used up. Presenting a used one revokes every token of that login.",
    args: { input: t.arg({ type: RefreshTokenInput, required: true }) },
    resolve: (_root, { input }, ctx) => ctx.services.auth.refresh(input.refreshToken),
  }),
);
