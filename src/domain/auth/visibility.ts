// Who may see API keys, users, webhooks and system tasks: admins (admin:read) only. The filter is
// spread into every read of these types — root fields, node/nodes, nested relations — so a caller
// without it finds nothing, exactly as if the record did not exist.
import { hasScope, isAdmin, type Principal } from "./principal.js";

/** A filter no row passes (every model here has a string `id`); under AND so it never replaces an `id` beside it. */
export const NOTHING = { AND: [{ id: { in: [] as string[] } }] };

export function adminOnlyWhere(principal: Principal): Record<string, never> | typeof NOTHING {
  return hasScope(principal, "admin:read") ? {} : NOTHING;
}

/**
 * Principals that see exactly the same records and fields, whatever they read, share a class (a
 * subscription event executed for one member of a class may be sent to every other). Every rule of
 * this directory's siblings reads only roles and scopes — plus the principal's own id, except for
 * admins, who see everything. A rule that reads anything else about a principal must extend this key.
 */
export function visibilityClass(principal: Principal): string {
  const sees = `${principal.roles.join(",")}|${principal.scopes.join(",")}`; // tiers bound writes, not reads
  return isAdmin(principal) ? `all|${sees}` : `${principal.kind}:${principal.id ?? ""}|${sees}`;
}
