// Roles and scopes as GraphQL enums (seed 001 roles, seed 003 scopes).
import { ROLES, SCOPES, TIERS, type Role as RoleName, type Scope as ScopeName, type Tier as TierName } from "../../domain/auth/principal.js";
import { builder } from "../builder.js";

const enumName = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]+/g, "_");

export const Role = builder.enumType("Role", {
  description: "admin: everything · agent_manager: create, start, stop and delete agents · messaging: channels and messages · system_monitor: read-only status, usage and logs.",
  values: Object.fromEntries(ROLES.map((role) => [enumName(role), { value: role }])) as Record<string, { value: RoleName }>,
});

export const Scope = builder.enumType("Scope", {
  description: "A permission. Roles grant scopes; an API key may be narrowed to fewer.",
  values: Object.fromEntries(SCOPES.map((scope) => [enumName(scope), { value: scope, description: scope }])) as Record<
    string,
    { value: ScopeName; description: string }
  >,
});

export const Tier = builder.enumType("Tier", {
  description: "Seed 002 tiers — free: 100 requests an hour, 1 concurrent session, 32k-token context; pro: 1,000, 5, 128k; enterprise: unlimited, unlimited, 200k (request limits configurable, see README).",
  values: Object.fromEntries(TIERS.map((tier) => [enumName(tier), { value: tier }])) as Record<string, { value: TierName }>,
});
