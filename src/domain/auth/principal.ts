// Who is acting. Roles come from seed 001; scopes from seed 003 (plus the read scope a
// system_monitor needs). A role is a bundle of scopes; an API key may narrow its roles' scopes
// further ("keys can be scoped to reduce blast radius"). Every permission check is a scope check.
export const ROLES = ["admin", "agent_manager", "messaging", "system_monitor"] as const;
export type Role = (typeof ROLES)[number];

export const SCOPES = [
  "agents:read",
  "agents:write",
  "sessions:read",
  "sessions:write",
  "messages:read",
  "messages:write",
  "billing:read",
  "system:read",
  "admin:read",
  "admin:write",
] as const;
export type Scope = (typeof SCOPES)[number];

const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  admin: SCOPES,
  agent_manager: ["agents:read", "agents:write", "sessions:read", "sessions:write"],
  messaging: ["agents:read", "sessions:read", "sessions:write", "messages:read", "messages:write"],
  system_monitor: ["agents:read", "sessions:read", "billing:read", "system:read"],
};

type PrincipalKind = "api_key" | "user" | "system" | "anonymous";

export const TIERS = ["free", "pro", "enterprise"] as const;
export type Tier = (typeof TIERS)[number];

/**
 * The credential a principal authenticated with: what can end it while a connection opened with it
 * is still live (revocation, expiry). See src/transport/credential-watch.ts.
 */
export type Credential =
  | { kind: "api_key"; apiKeyId: string; expiresAt: Date | null }
  /** `familyId`: the login (refresh-token family) that issued it; null for tokens issued before families were recorded. */
  | { kind: "access_token"; userId: string; familyId: string | null; expiresAt: Date };

export interface Principal {
  kind: PrincipalKind;
  /** The API key, user or system component acting; null when anonymous. */
  id: string | null;
  name: string;
  roles: readonly Role[];
  /** Effective scopes: what the roles grant, narrowed by the key's own scopes. */
  scopes: readonly Scope[];
  /** Seed 002 tier: bounds context size and concurrent sessions. */
  tier: Tier;
  /** What it authenticated with; absent for anonymous and the system. */
  credential?: Credential;
}

export const ANONYMOUS: Principal = Object.freeze({ kind: "anonymous", id: null, name: "anonymous", roles: [], scopes: [], tier: "free" });

/** The server acting on its own behalf (bootstrap, sweepers, workflow steps). */
export const SYSTEM: Principal = Object.freeze({
  kind: "system",
  id: "system",
  name: "system",
  roles: ["admin"] as Role[],
  scopes: SCOPES,
  tier: "enterprise",
});

export function effectiveScopes(roles: readonly Role[], narrowTo: readonly Scope[] | null): Scope[] {
  const granted = new Set(roles.flatMap((role) => ROLE_SCOPES[role]));
  return SCOPES.filter((scope) => granted.has(scope) && (narrowTo === null || narrowTo.includes(scope)));
}

/** Has the credential the principal authenticated with expired by `now`? (Revocation is watched separately.) */
export function credentialExpired(principal: Principal, now: Date): boolean {
  const expiresAt = principal.credential?.expiresAt;
  return Boolean(expiresAt && expiresAt <= now);
}

export function isAuthenticated(principal: Principal): boolean {
  return principal.kind !== "anonymous";
}

export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.scopes.includes(scope);
}

export function isAdmin(principal: Principal): boolean {
  return principal.roles.includes("admin");
}

export function principalFor(
  kind: "api_key" | "user",
  id: string,
  name: string,
  roles: readonly Role[],
  { narrowTo = null, tier = "pro", credential }: { narrowTo?: readonly Scope[] | null; tier?: Tier; credential?: Credential } = {},
): Principal {
  return { kind, id, name, roles: [...roles], scopes: effectiveScopes(roles, narrowTo), tier, ...(credential ? { credential } : {}) };
}

export function tierOf(value: unknown): Tier {
  return (TIERS as readonly unknown[]).includes(value) ? (value as Tier) : "pro";
}

/** A monitoring role: sees the metadata of everyone's sessions and work (status, counts, cost), never their content. */
export function isMonitor(principal: Principal): boolean {
  return principal.roles.includes("system_monitor");
}
