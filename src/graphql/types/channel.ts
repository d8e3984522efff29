// Channels and messages (seed 001 Messaging API): types, queries, mutations, resumable subscription.
import { formatPrismaCursor, parsePrismaCursor } from "@pothos/plugin-prisma";
import { CHANNEL_TYPES } from "../../domain/channels/rules.js";
import { AppError } from "../../errors.js";
import type { MessageAddedEvent } from "../../events.js";
import { builder } from "../builder.js";
import { channelWhere, messageWhere } from "../../domain/channels/visibility.js";

const MESSAGE_CURSOR = ["channelId", "position"];

/** The cursor of a message: the same in `channel.messages` edges and in `messageAdded(after:)`. */
const messageCursor = (message: { channelId: string; position: number }) => formatPrismaCursor(message, MESSAGE_CURSOR);

function positionFromCursor(cursor: string, channelId: string): number {
  let parsed: unknown;
  try {
    parsed = parsePrismaCursor(cursor);
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== channelId || typeof parsed[1] !== "number") {
    throw new AppError("VALIDATION_ERROR", {
      message: "`after` must be a message cursor of this channel",
      details: { fields: [{ field: "after", message: "is not a message cursor of this channel" }] },
    });
  }
  return parsed[1];
}

const ChannelType = builder.enumType("ChannelType", {
  values: {
    PUBLIC: { description: "Every principal with the messaging scopes may read and post." },
    PRIVATE: { description: "Members only (admins see every channel)." },
    DIRECT: { description: "Exactly two members." },
  },
});
const SenderType = builder.enumType("SenderType", { values: ["AGENT", "USER"] as const });

builder.prismaObject("ChannelMember", {
  fields: (t) => ({
    memberId: t.exposeID("memberId", { description: "An agent, user or API key id." }),
    memberType: t.field({ type: SenderType, resolve: (m) => m.memberType as "AGENT" | "USER" }),
    joinedAt: t.expose("joinedAt", { type: "DateTime" }),
  }),
});

const Message = builder.prismaNode("Message", {
  id: { field: "id" },
  // node/nodes and every fallback load pass the same rule as the services (a hidden row is null).
  findUnique: (id, ctx) => ({ ...messageWhere(ctx.principal), id }),
  nullable: true,
  fields: (t) => ({
    channel: t.relation("channel"),
    senderId: t.exposeID("senderId"),
    senderType: t.field({ type: SenderType, resolve: (m) => m.senderType as "AGENT" | "USER" }),
    postedBy: t.exposeID("postedBy", {
      nullable: true,
      description: "The key, user or agent that posted it — senderId may name someone it posts for (seed 001 sender_id). Null on messages older than this field.",
    }),
    content: t.exposeString("content"),
    metadata: t.field({ type: "JSONObject", nullable: true, resolve: (m) => m.metadata as Record<string, unknown> | null }),
    sentAt: t.expose("sentAt", { type: "DateTime" }),
    editedAt: t.expose("editedAt", { type: "DateTime", nullable: true }),
    position: t.exposeInt("position", { description: "1, 2, 3… within the channel, in the order messages were committed." }),
    replyToId: t.exposeID("replyToId", { nullable: true, description: "The user message an agent answered." }),
    cursor: t.string({ description: "Pass to messageAdded(after:) to resume from this message.", resolve: (m) => messageCursor(m) }),
  }),
});

const Channel = builder.prismaNode("Channel", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ ...channelWhere(ctx.principal), id }),
  nullable: true,
  fields: (t) => ({
    name: t.exposeString("name"),
    type: t.field({ type: ChannelType, resolve: (c) => c.type as (typeof CHANNEL_TYPES)[number] }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    createdBy: t.exposeID("createdBy"),
    memberCount: t.relationCount("members"),
    members: t.relation("members"),
    messages: t.relatedConnection("messages", {
      cursor: "channelId_position",
      totalCount: true,
      description: "Oldest first; `sentAfter`/`sentBefore` bound them by time (the seed's after/before).",
      args: { sentAfter: t.arg({ type: "DateTime" }), sentBefore: t.arg({ type: "DateTime" }) },
      query: ({ sentAfter, sentBefore }) => ({
        where: { sentAt: { ...(sentAfter ? { gt: sentAfter } : {}), ...(sentBefore ? { lt: sentBefore } : {}) } },
        orderBy: { position: "asc" },
      }),
    }),
  }),
});

const ChannelFilter = builder.inputType("ChannelFilter", { fields: (t) => ({ type: t.field({ type: [ChannelType] }) }) });

builder.queryFields((t) => ({
  channel: t.prismaField({
    type: "Channel",
    nullable: true,
    description: "One channel; channel_not_found if it does not exist or you may not see it.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.services.channels.get(ctx.principal, id, query),
  }),
  channels: t.prismaConnection({
    type: "Channel",
    cursor: "id",
    defaultSize: 20,
    maxSize: 100,
    description: "Channels you may see, newest first.",
    args: { filter: t.arg({ type: ChannelFilter }) },
    resolve: (query, _root, { filter }, ctx) => ctx.services.channels.list(ctx.principal, filter, query),
    totalCount: (_root, { filter }, ctx) => ctx.services.channels.count(ctx.principal, filter),
  }),
}));

builder.relayMutationField(
  "createChannel",
  {
    inputFields: (t) => ({
      name: t.string({ required: true }),
      type: t.field({ type: ChannelType, required: true }),
      members: t.idList({ description: "Agent, user or API key ids; required for private and direct channels. You are added yourself." }),
    }),
  },
  { resolve: async (_root, { input }, ctx) => ({ channel: await ctx.services.channels.create(ctx.principal, input) }) },
  { outputFields: (t) => ({ channel: t.field({ type: Channel, resolve: (p) => p.channel }) }) },
);

for (const [name, action] of [
  ["addChannelMember", "addMember"],
  ["removeChannelMember", "removeMember"],
] as const) {
  builder.relayMutationField(
    name,
    { inputFields: (t) => ({ channelId: t.id({ required: true }), memberId: t.id({ required: true }) }) },
    {
      resolve: async (_root, { input }, ctx) => ({
        channel: await ctx.services.channels[action](ctx.principal, input.channelId, input.memberId),
      }),
    },
    { outputFields: (t) => ({ channel: t.field({ type: Channel, resolve: (p) => p.channel }) }) },
  );
}

builder.relayMutationField(
  "sendMessage",
  {
    inputFields: (t) => ({
      channelId: t.id({ required: true }),
      content: t.string({ required: true, description: "1–4000 characters." }),
      senderId: t.id({
        description:
          "Who the message is from; defaults to you. Any id that is not a principal of this server names an external end user you post for; an agent of the channel needs agents:write; another key or user, admin.",
      }),
      metadata: t.field({ type: "JSONObject", description: "At most 10 KB of JSON." }),
    }),
  },
  {
    resolve: async (_root, { input: { channelId, ...message } }, ctx) => ({
      message: await ctx.services.channels.send(ctx.principal, channelId, message),
    }),
  },
  { outputFields: (t) => ({ message: t.field({ type: Message, resolve: (p) => p.message }) }) },
);

builder.relayMutationField(
  "editMessage",
  { inputFields: (t) => ({ messageId: t.id({ required: true }), content: t.string({ required: true }) }) },
  { resolve: async (_root, { input }, ctx) => ({ message: await ctx.services.channels.edit(ctx.principal, input.messageId, input.content) }) },
  { outputFields: (t) => ({ message: t.field({ type: Message, resolve: (p) => p.message }) }) },
);

const MessageAdded = builder.objectRef<MessageAddedEvent>("MessageAdded").implement({
  description: "A message committed to a channel (the seed's new_message).",
  fields: (t) => ({
    channelId: t.exposeID("channelId"),
    cursor: t.string({ description: "Resume from here with messageAdded(after:).", resolve: (e) => messageCursor(e) }),
    message: t.prismaField({
      type: "Message",
      nullable: true,
      resolve: (query, e, _args, ctx) => ctx.services.channels.findMessage(ctx.principal, e.messageId, query),
    }),
  }),
});

builder.subscriptionField("messageAdded", (t) =>
  t.field({
    type: MessageAdded,
    description:
      "New messages of a channel. With `after` (a message cursor), first every message after it — what you missed — then live, with no gap and no duplicate.",
    args: { channelId: t.arg.id({ required: true }), after: t.arg.string() },
    subscribe: (_root, { channelId, after }, ctx) =>
      ctx.services.channels.stream(ctx.principal, channelId, after ? positionFromCursor(after, channelId) : null),
    resolve: (event) => event,
  }),
);
