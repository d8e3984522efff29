// Seed 001 Messaging API on the Channel operations of the GraphQL schema.
import { graphql } from "../../generated/graphql/index.js";
import { presentChannel, presentMessage } from "../presenters/channels.js";
import { bodyInput, dateParam, intParam, upperEnum } from "../params.js";
import { route } from "../route.js";
import { z } from "zod";
import { Channel, IntParam, JsonObject, Message, TextParam, Timestamp } from "../schemas.js";

graphql(`
  fragment RestChannel on Channel {
    id
    name
    type
    createdAt
    memberCount
  }
`);

graphql(`
  fragment RestMessage on Message {
    id
    channel { id }
    senderId
    senderType
    content
    metadata
    sentAt
    editedAt
  }
`);

export const channelRoutes = [
  route({
    method: "POST",
    path: "/api/v1/channels",
    operation: graphql(`
      mutation RestCreateChannel($input: CreateChannelInput!) {
        createChannel(input: $input) { channel { ...RestChannel } }
      }
    `),
    variables: (req) => {
      const body = bodyInput(req);
      return { input: { ...body, type: upperEnum(body.type) } as never };
    },
    status: 201,
    present: (data) => presentChannel(data.createChannel.channel),
    doc: {
      summary: "Create a channel",
      seed: "001",
      body: z.object({ name: z.string(), type: z.enum(["public", "private", "direct"]), members: z.array(z.string()).optional() }),
      response: Channel,
    },
  }),

  route({
    method: "POST",
    path: "/api/v1/channels/:channel_id/messages",
    operation: graphql(`
      mutation RestSendMessage($input: SendMessageInput!) {
        sendMessage(input: $input) { message { ...RestMessage } }
      }
    `),
    variables: (req) => ({ input: { ...bodyInput(req, ["metadata"]), channelId: req.params.channel_id! } as never }),
    invalidInputCode: "invalid_message_content",
    status: 201,
    present: (data) => {
      const { message_id, channel_id, sender_id, content, sent_at } = presentMessage(data.sendMessage.message);
      return { message_id, channel_id, sender_id, content, sent_at };
    },
    doc: {
      summary: "Send a message to a channel",
      seed: "001",
      body: z.object({ content: z.string(), sender_id: z.string().optional(), metadata: JsonObject.optional() }),
      response: z.object({ message_id: z.string(), channel_id: z.string(), sender_id: z.string(), content: z.string(), sent_at: Timestamp }),
    },
  }),

  route({
    method: "GET",
    path: "/api/v1/channels/:channel_id/messages",
    operation: graphql(`
      query RestChannelMessages($id: ID!, $last: Int!, $sentAfter: DateTime, $sentBefore: DateTime) {
        channel(id: $id) {
          messages(last: $last, sentAfter: $sentAfter, sentBefore: $sentBefore) { edges { node { ...RestMessage } } }
        }
      }
    `),
    // The `limit` most recent messages between `after` and `before` (timestamps), oldest first.
    variables: ({ params, query }) => ({
      id: params.channel_id!,
      last: intParam(query, "limit", { fallback: 50, min: 1, max: 100 }),
      sentAfter: dateParam(query, "after") ?? null,
      sentBefore: dateParam(query, "before") ?? null,
    }),
    cacheSeconds: 20,
    present: (data) => ({ messages: data.channel!.messages.edges.map((e) => presentMessage(e.node)) }),
    doc: {
      summary: "The `limit` (default 50, max 100) latest messages between the `after`/`before` timestamps, oldest first",
      seed: "001",
      query: z.object({ limit: IntParam("1–100, default 50"), before: TextParam("ISO-8601 timestamp"), after: TextParam("ISO-8601 timestamp") }),
      response: z.object({ messages: z.array(Message) }),
    },
  }),
];
