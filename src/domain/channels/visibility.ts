// Who may see a channel and its messages, decided once for every path (root fields, node/nodes,
// nested relations, totalCount, subscription events, REST): admins everything; public channels
// anyone with messages:read; private and direct ones their members only. Messages follow their channel.
import type { Prisma } from "../../db.js";
import { NOTHING } from "../auth/visibility.js";
import { hasScope, isAdmin, type Principal } from "../auth/principal.js";

export function channelWhere(principal: Principal): Prisma.ChannelWhereInput {
  if (!hasScope(principal, "messages:read")) return NOTHING;
  if (isAdmin(principal)) return {};
  return { OR: [{ type: "PUBLIC" }, { members: { some: { memberId: principal.id ?? "\0" } } }] };
}

export function messageWhere(principal: Principal): Prisma.MessageWhereInput {
  const channel = channelWhere(principal);
  return Object.keys(channel).length ? { channel } : {};
}

/** Row check for an event about a channel the caller already saw: only membership can change. */
export function needsMembershipRecheck(principal: Principal, channel: { type: string }): boolean {
  return !isAdmin(principal) && channel.type !== "PUBLIC";
}
