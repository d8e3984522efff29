// Channels and messages (seed 001 Messaging API). Who may see a channel is decided here, once, for
// queries, mutations, REST and subscriptions alike: public channels are open to every principal with
// the messaging scopes, private and direct ones to their members (and admins). To anyone else they
// do not exist (channel_not_found).
import type { Clock } from "../../clock.js";
import type { Db, Prisma } from "../../db.js";
import type { Agent, Channel, Message } from "../../generated/sqlite/client.js";
import { AppError } from "../../errors.js";
import type { Events, MessageAddedEvent } from "../../events.js";
import { newId, typeOfId } from "../../ids.js";
import type { Logger } from "../../logger.js";
import { ANONYMOUS, hasScope, isAdmin, SYSTEM, type Principal } from "../auth/principal.js";
import type { PageQuery, SelectionQuery } from "../query.js";
import type { ChatMessage } from "../runtime/providers/provider.js";
import type { AgentRuntime } from "../runtime/runtime.js";
import { checkMessageContent } from "../sessions/rules.js";
import { validate } from "../validation.js";
import { CreateChannelInput, memberTypeOf, type ChannelType } from "./rules.js";
import { channelWhere, messageWhere, needsMembershipRecheck } from "./visibility.js";

export interface ChannelServiceDeps {
  db: Db;
  events: Events;
  clock: Clock;
  logger: Logger;
  runtime: AgentRuntime;
}

export interface SendChannelMessageInput {
  content: string;
  /** Post as this sender: yourself (default), an external end user, an agent of the channel (agents:write), or — admin only — another key or user. */
  senderId?: string | null;
  metadata?: Record<string, unknown> | null;
}

/** How many recent channel messages an answering agent reads. */
const REPLY_HISTORY = 20;
const REPLAY_BATCH = 200;
const MAX_EXTERNAL_SENDER_LENGTH = 200;

export function createChannelService({ db, events, clock, logger, runtime }: ChannelServiceDeps) {
  const replies = new Set<Promise<void>>();

  const visibleTo = channelWhere;

  async function find(actor: Principal, id: string, query: SelectionQuery = {}): Promise<Channel> {
    const channel = await db.channel.findFirst({ ...(query as object), where: { id, ...visibleTo(actor) } });
    if (!channel) throw new AppError("channel_not_found", { details: { channel_id: id } });
    return channel;
  }

  /** Every member id must name an agent, a user or an API key that exists. */
  async function checkMembersExist(ids: string[]): Promise<void> {
    const byType = (type: string) => ids.filter((id) => typeOfId(id) === type);
    const [agents, users, keys] = await Promise.all([
      db.agent.findMany({ where: { id: { in: byType("Agent") } }, select: { id: true } }),
      db.user.findMany({ where: { id: { in: byType("User") } }, select: { id: true } }),
      db.apiKey.findMany({ where: { id: { in: byType("ApiKey") } }, select: { id: true } }),
    ]);
    const known = new Set([...agents, ...users, ...keys].map((r) => r.id));
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new AppError("invalid_channel_members", {
        message: "Members must be existing agents, users or API keys",
        details: { unknown_members: unknown },
      });
    }
  }

  async function post(channelId: string, data: Omit<Prisma.MessageUncheckedCreateInput, "id" | "position" | "channelId" | "sentAt">) {
    const now = clock.now();
    // Bumping lastPosition locks the channel row until commit: positions are gap-free, in commit order.
    const message = await db.$transaction(async (tx) => {
      const channel = await tx.channel.update({ where: { id: channelId }, data: { lastPosition: { increment: 1 }, lastMessageAt: now } });
      return tx.message.create({ data: { ...data, id: newId("msg", now), channelId, position: channel.lastPosition, sentAt: now } });
    });
    events.publish("messageAdded", { channelId, messageId: message.id, position: message.position });
    return message;
  }

  /**
   * Seed 001's `sender_id`: an integration posts on behalf of the people it bridges. Anyone who may
   * post may name an external end user (an id that is not a principal of this server); posting as an
   * agent needs agents:write and the agent's membership; as another key or user of this server, admin.
   */
  async function checkMayPostAs(actor: Principal, channelId: string, senderId: string): Promise<void> {
    const refuse = (message: string) => new AppError("insufficient_permissions", { message, details: { sender_id: senderId } });
    const type = typeOfId(senderId);
    if (type === "Agent") {
      if (!hasScope(actor, "agents:write")) throw refuse("Posting as an agent needs agents:write");
      if (!(await db.channelMember.count({ where: { channelId, memberId: senderId } }))) throw refuse("Posting as an agent needs the agent to be a member of the channel");
    } else if (type === "ApiKey" || type === "User" || senderId === SYSTEM.id || senderId === ANONYMOUS.name) {
      if (!isAdmin(actor)) throw refuse("Only an admin may post as another key or user of this server");
    } else if (type !== null) {
      throw new AppError("VALIDATION_ERROR", { details: { fields: [{ field: "sender_id", message: "must name you, an agent, a user or an external end user" }] } });
    } else if (senderId.length > MAX_EXTERNAL_SENDER_LENGTH) {
      throw new AppError("VALIDATION_ERROR", { details: { fields: [{ field: "sender_id", message: `must be at most ${MAX_EXTERNAL_SENDER_LENGTH} characters` }] } });
    }
  }

  /** Running member agents the message addresses: the other side of a direct channel, or @mentioned. */
  async function addressedAgents(channel: Channel, message: Message): Promise<Agent[]> {
    const members = await db.channelMember.findMany({ where: { channelId: channel.id, memberType: "AGENT" }, select: { memberId: true } });
    if (!members.length) return [];
    const agents = await db.agent.findMany({ where: { id: { in: members.map((m) => m.memberId) }, status: "RUNNING" } });
    const text = message.content.toLowerCase();
    return agents.filter(
      (agent) =>
        agent.id !== message.senderId &&
        (channel.type === "DIRECT" || text.includes(`@${agent.name.toLowerCase()}`) || text.includes(agent.id)),
    );
  }

  async function reply(actor: Principal, channel: Channel, agent: Agent, to: Message): Promise<void> {
    const recent = await db.message.findMany({ where: { channelId: channel.id }, orderBy: { position: "desc" }, take: REPLY_HISTORY });
    const history: ChatMessage[] = recent
      .reverse()
      .map((m) => (m.senderId === agent.id ? { role: "assistant", content: m.content } : { role: "user", content: m.content }));
    const answer = await runtime.answer({
      actor,
      agent,
      purpose: "CHANNEL_REPLY",
      task: "reply",
      history,
      links: { channelId: channel.id, messageId: to.id },
    });
    await post(channel.id, { senderId: agent.id, senderType: "AGENT", postedBy: agent.id, content: answer.text, replyToId: to.id });
  }

  return {
    async create(actor: Principal, input: { name: string; type: ChannelType; members?: string[] | null }) {
      const data = validate(CreateChannelInput, input, "VALIDATION_ERROR");
      // The creator always belongs to the channel it creates.
      const members = [...new Set([...(data.members ?? []), ...(actor.id ? [actor.id] : [])])];
      if (data.type === "DIRECT" && members.length !== 2) {
        throw new AppError("invalid_channel_members", {
          message: "A direct channel has exactly two members: you and one other",
          details: { members },
        });
      }
      if (data.type === "PRIVATE" && !(data.members ?? []).length) {
        throw new AppError("invalid_channel_members", { message: "A private channel needs its members listed", details: { members: [] } });
      }
      await checkMembersExist(members.filter((id) => id !== actor.id));
      const now = clock.now();
      return db.channel.create({
        data: {
          id: newId("chn", now),
          name: data.name,
          type: data.type,
          createdAt: now,
          createdBy: actor.id ?? "anonymous",
          members: { create: members.map((memberId) => ({ memberId, memberType: memberTypeOf(memberId), joinedAt: now })) },
        },
      });
    },

    get: find,

    list(actor: Principal, filter: { type?: ChannelType[] | null } | null | undefined, query: PageQuery) {
      return db.channel.findMany({
        ...(query as object),
        where: { ...visibleTo(actor), ...(filter?.type?.length ? { type: { in: filter.type } } : {}) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
    },

    count(actor: Principal, filter?: { type?: ChannelType[] | null } | null) {
      return db.channel.count({ where: { ...visibleTo(actor), ...(filter?.type?.length ? { type: { in: filter.type } } : {}) } });
    },

    async addMember(actor: Principal, channelId: string, memberId: string): Promise<Channel> {
      const channel = await find(actor, channelId);
      if (channel.type === "DIRECT") throw new AppError("invalid_channel_members", { message: "A direct channel always has exactly two members" });
      await checkMembersExist([memberId]);
      await db.channelMember.upsert({
        where: { channelId_memberId: { channelId, memberId } },
        create: { channelId, memberId, memberType: memberTypeOf(memberId), joinedAt: clock.now() },
        update: {},
      });
      return channel;
    },

    async removeMember(actor: Principal, channelId: string, memberId: string): Promise<Channel> {
      const channel = await find(actor, channelId);
      if (channel.type === "DIRECT") throw new AppError("invalid_channel_members", { message: "A direct channel always has exactly two members" });
      if (channel.type === "PRIVATE" && (await db.channelMember.count({ where: { channelId } })) <= 1) {
        throw new AppError("invalid_channel_members", { message: "A private channel keeps at least one member" });
      }
      await db.channelMember.deleteMany({ where: { channelId, memberId } });
      return channel;
    },

    /** Posts a message; running member agents it addresses answer in the background. */
    async send(actor: Principal, channelId: string, input: SendChannelMessageInput): Promise<Message> {
      const channel = await find(actor, channelId);
      checkMessageContent(input.content, input.metadata);
      const senderId = input.senderId || actor.id || "anonymous";
      if (senderId !== actor.id) await checkMayPostAs(actor, channelId, senderId);
      const message = await post(channelId, {
        senderId,
        postedBy: actor.id ?? "anonymous",
        senderType: memberTypeOf(senderId),
        content: input.content,
        metadata: (input.metadata ?? undefined) as Prisma.InputJsonValue | undefined,
      });
      if (senderId !== message.postedBy) logger.info({ messageId: message.id, channelId, senderId, postedBy: message.postedBy }, "message posted on behalf of its sender");
      // Agents answer users only, never each other: no loops.
      if (message.senderType === "USER") {
        for (const agent of await addressedAgents(channel, message)) {
          const pending: Promise<void> = reply(actor, channel, agent, message)
            .catch((error: unknown) => {
              if (!(error instanceof AppError)) logger.error({ err: error, agentId: agent.id, channelId }, "agent reply failed");
              else logger.warn({ code: error.code, agentId: agent.id, channelId }, "agent could not reply");
            })
            .finally(() => replies.delete(pending));
          replies.add(pending);
        }
      }
      return message;
    },

    async edit(actor: Principal, messageId: string, content: string): Promise<Message> {
      const message = await db.message.findFirst({ where: { id: messageId, ...messageWhere(actor) } });
      if (!message) throw new AppError("message_not_found", { details: { message_id: messageId } });
      if (message.senderId !== actor.id && !isAdmin(actor)) {
        throw new AppError("insufficient_permissions", { message: "Only the sender may edit a message" });
      }
      checkMessageContent(content, null);
      return db.message.update({ where: { id: messageId }, data: { content, editedAt: clock.now() } });
    },

    async findMessage(actor: Principal, id: string, query: SelectionQuery = {}): Promise<Message | null> {
      return db.message.findFirst({ ...(query as object), where: { id, ...messageWhere(actor) } });
    },

    /**
     * New messages of a channel. With `afterPosition`, first everything after it (what a client
     * missed while disconnected), then live — with no gap and no duplicate across the switch: live
     * events are listened to before the replay starts, already-replayed ones are skipped, and a live
     * event that arrives ahead of an earlier one fetches the missing positions from the database.
     */
    async stream(actor: Principal, channelId: string, afterPosition: number | null): Promise<AsyncIterableIterator<MessageAddedEvent>> {
      const channel = await find(actor, channelId); // access is checked before any stream exists
      const live = await events.subscribe("messageAdded", (event) => event.channelId === channelId); // live before the replay reads
      // Membership can change while the stream is open: a member removed from a private channel
      // stops receiving its messages (the stream ends, as if the channel no longer existed).
      const stillVisible = async () =>
        !needsMembershipRecheck(actor, channel) || (await db.channel.count({ where: { id: channelId, ...visibleTo(actor) } })) > 0;
      let last = afterPosition ?? (await db.channel.findUniqueOrThrow({ where: { id: channelId }, select: { lastPosition: true } })).lastPosition;

      /** Messages after `from`, up to `to` when given, in position order. */
      async function* between(from: number, to?: number): AsyncGenerator<MessageAddedEvent> {
        for (let cursor = from; to === undefined || cursor < to; ) {
          const batch = await db.message.findMany({
            where: { channelId, position: { gt: cursor, ...(to === undefined ? {} : { lte: to }) } },
            orderBy: { position: "asc" },
            take: REPLAY_BATCH,
            select: { id: true, position: true },
          });
          for (const m of batch) yield { channelId, messageId: m.id, position: m.position };
          if (batch.length < REPLAY_BATCH) return;
          cursor = batch[batch.length - 1]!.position;
        }
      }

      async function* merged(): AsyncGenerator<MessageAddedEvent> {
        try {
          for await (const event of between(last)) {
            last = event.position;
            yield event;
          }
          for await (const event of live) {
            if (event.position <= last) continue;
            if (!(await stillVisible())) return;
            for await (const missing of between(last, event.position - 1)) {
              last = missing.position;
              yield missing;
            }
            last = event.position;
            yield event;
          }
        } finally {
          await live.return?.();
        }
      }
      return merged();
    },

    /** Agent replies being written now (named when a shutdown step is cut). */
    pendingReplies: (): number => replies.size,

    /** Resolves when every agent reply started so far has been posted (shutdown, tests). */
    async idle(): Promise<void> {
      while (replies.size) await Promise.allSettled([...replies]);
    },
  };
}

