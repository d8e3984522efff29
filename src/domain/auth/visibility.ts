// Who may see API keys, users, webhooks and system tasks: admins (admin:read) only. The filter is
// spread into every read of these types — root fields, node/nodes, nested relations — so a caller
// without it finds nothing, exactly as if the record did not exist.
import { hasScope, type Principal } from "./principal.js";

/** A filter no row passes (every model here has a string `id`); under AND so it never replaces an `id` beside it. */
export const NOTHING = { AND: [{ id: { in: [] as string[] } }] };

export function adminOnlyWhere(principal: Principal): Record<string, never> | typeof NOTHING {
  return hasScope(principal, "admin:read") ? {} : NOTHING;
}
