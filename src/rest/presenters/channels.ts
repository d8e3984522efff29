// Channels and messages in the seed-001 shapes.
import type { RestChannelFragment, RestMessageFragment } from "../../generated/graphql/graphql.js";

export function presentChannel(c: RestChannelFragment) {
  return {
    channel_id: c.id,
    name: c.name,
    type: c.type.toLowerCase(),
    created_at: c.createdAt,
    member_count: c.memberCount,
  };
}

/** The Message object of seed 001 "Data Models". */
export function presentMessage(m: RestMessageFragment) {
  return {
    message_id: m.id,
    channel_id: m.channel.id,
    sender_id: m.senderId,
    sender_type: m.senderType.toLowerCase(),
    content: m.content,
    metadata: m.metadata ?? {},
    sent_at: m.sentAt,
    edited_at: m.editedAt ?? null,
  };
}
