// Who may see a session, decided once for every path (root fields, node/nodes, Agent.sessions,
// totalCount, events, REST): admins and its owner (the principal that created it, or the user whose
// user_id it is) see all of it; a monitoring role (system_monitor) sees every session's metadata —
// status, counts, timestamps — but never its context, messages or events. Nobody else sees it.
import type { Prisma } from "../../db.js";
import { NOTHING } from "../auth/visibility.js";
import { hasScope, isAdmin, isMonitor, type Principal } from "../auth/principal.js";

/** `content`: context, messages, events and every change; `metadata`: what a monitor may read. */
export type SessionAccess = "content" | "metadata";

function ownedBy(principal: Principal): Prisma.SessionWhereInput {
  const id = principal.id ?? "\0";
  return { OR: [{ ownerId: id }, { userId: id }] };
}

export function sessionWhere(principal: Principal, access: SessionAccess = "metadata"): Prisma.SessionWhereInput {
  if (!hasScope(principal, "sessions:read")) return NOTHING;
  if (isAdmin(principal) || (access === "metadata" && isMonitor(principal))) return {};
  return ownedBy(principal);
}

export function sessionMessageWhere(principal: Principal): Prisma.SessionMessageWhereInput {
  const session = sessionWhere(principal, "content");
  return Object.keys(session).length ? { session } : {};
}

/** Row check: may this principal read the session's content (context, messages)? */
export function seesSessionContent(principal: Principal, session: { ownerId: string; userId: string }): boolean {
  if (!hasScope(principal, "sessions:read")) return false;
  return isAdmin(principal) || (principal.id !== null && (session.ownerId === principal.id || session.userId === principal.id));
}
