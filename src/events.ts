// Typed pub/sub. In memory by default; with REDIS_URL, events travel through Redis so every
// instance's subscribers see every instance's changes. Payloads are JSON-plain (ids, strings,
// ISO dates) because they cross that wire. Services publish only after their transaction commits.
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import { Redis } from "ioredis";

export interface AgentStatusChangedEvent {
  agentId: string;
  previousStatus: string;
  status: string;
  changedAt: string;
}

export interface EventMap {
  agentStatusChanged: AgentStatusChangedEvent;
}

export type Topic = keyof EventMap;

export interface Events {
  publish<T extends Topic>(topic: T, payload: EventMap[T]): void;
  /** Live events of a topic; the iterator completes when the server shuts down. */
  subscribe<T extends Topic>(topic: T, accept?: (payload: EventMap[T]) => boolean): AsyncIterableIterator<EventMap[T]>;
  /** Subscriptions currently open on this instance (metrics; tests prove refused ones never open). */
  openSubscriptions(): number;
  /** Is the transport able to deliver (always for in-memory; a PING for Redis)? */
  probe(): Promise<boolean>;
  /** Completes every open subscription (the transport stays up for late publishers). */
  endSubscriptions(): Promise<void>;
  /** Ends subscriptions and releases the transport. */
  close(): Promise<void>;
}

export interface EventsOptions {
  redisUrl?: string | null;
  /** Channel prefix, so several deployments (or test servers) can share one Redis. */
  namespace?: string;
  /** Told about transport trouble (once per outage, not per reconnect attempt). */
  onError?: (error: Error) => void;
}

type PublishArgs = { [T in Topic as string]: [EventMap[T]] };

function redisClient(url: string, onError?: (error: Error) => void): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 3 });
  let healthy = true;
  client.on("error", (error: Error) => {
    if (healthy) onError?.(error);
    healthy = false;
  });
  client.on("ready", () => (healthy = true));
  return client;
}

export function createEvents({ redisUrl, namespace = "cp", onError }: EventsOptions = {}): Events {
  const redis = redisUrl
    ? { publishClient: redisClient(redisUrl, onError), subscribeClient: redisClient(redisUrl, onError) }
    : null;
  const pubsub = createPubSub<PublishArgs>(redis ? { eventTarget: createRedisEventTarget(redis) } : {});
  const channel = (topic: Topic) => `${namespace}:${topic}`;
  const open = new Set<AsyncIterableIterator<unknown>>();

  return {
    publish(topic, payload) {
      pubsub.publish(channel(topic), payload);
    },

    subscribe<T extends Topic>(topic: T, accept?: (payload: EventMap[T]) => boolean) {
      const source = pubsub.subscribe(channel(topic)) as AsyncIterableIterator<EventMap[T]>;
      const iterator: AsyncIterableIterator<EventMap[T]> = {
        async next() {
          for (;;) {
            const result = await source.next();
            if (result.done || !accept || accept(result.value)) return result;
          }
        },
        async return() {
          open.delete(iterator);
          await source.return?.();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      open.add(iterator);
      return iterator;
    },

    openSubscriptions() {
      return open.size;
    },

    async probe() {
      if (!redis) return true;
      if (redis.publishClient.status !== "ready" || redis.subscribeClient.status !== "ready") return false;
      try {
        return (await redis.publishClient.ping()) === "PONG";
      } catch {
        return false;
      }
    },

    async endSubscriptions() {
      await Promise.all([...open].map((iterator) => iterator.return?.()));
    },

    async close() {
      await this.endSubscriptions();
      if (redis) {
        for (const client of [redis.publishClient, redis.subscribeClient]) {
          // quit() waits for a connection that may never come; disconnect() does not.
          if (client.status === "ready") await client.quit().catch(() => client.disconnect());
          else client.disconnect();
        }
      }
    },
  };
}
