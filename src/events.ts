// Typed pub/sub. In memory by default; with REDIS_URL, events travel through Redis so every
// instance's subscribers see every instance's changes. Payloads are JSON-plain (ids, strings,
// ISO dates) because they cross that wire. Services publish only after their transaction commits.
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { createPubSub } from "graphql-yoga";
import { Redis } from "ioredis";
import { createFanout } from "./event-fanout.js";

export interface AgentStatusChangedEvent {
  agentId: string;
  previousStatus: string;
  status: string;
  changedAt: string;
}

export type SessionEventKind = "MESSAGE" | "RESPONSE_DELTA" | "CONTEXT_UPDATED" | "WARNING" | "RENEWED" | "EXPIRED" | "ENDED";

export interface SessionUpdatedEvent {
  sessionId: string;
  kind: SessionEventKind;
  at: string;
  /** MESSAGE: the message stored (user's or agent's). */
  messageId?: string;
  /** RESPONSE_DELTA: the next piece of the answer being streamed. */
  delta?: string;
  /** CONTEXT_UPDATED: what changed in the context. */
  contextUpdate?: Record<string, unknown>;
}

export interface MessageAddedEvent {
  channelId: string;
  messageId: string;
  /** 1, 2, 3… within the channel in commit order: resumable subscriptions skip and fill gaps by it. */
  position: number;
}

export interface BudgetAlertEvent {
  previousLevel: string;
  level: string;
  at: string;
  /** Cost spike protection revoked a key (src/domain/security); the level is unchanged then. */
  costSpike?: { apiKeyId: string; spentMicros: number; ceilingMicros: number };
}

export interface SystemTaskUpdatedEvent {
  taskId: string;
  status: string;
  at: string;
}

export interface TaskUpdatedEvent {
  taskId: string;
  status: string;
  at: string;
}

interface TaskCancelRequestedEvent {
  taskId: string;
  at: string;
}

export interface WorkflowRunUpdatedEvent {
  runId: string;
  kind: "RUN_QUEUED" | "RUN_STARTED" | "STEP_STARTED" | "STEP_COMPLETED" | "STEP_FAILED" | "RUN_COMPLETED" | "RUN_FAILED" | "RUN_CANCELLED";
  stepKey?: string;
  progress: number;
  at: string;
}

/**
 * A credential ended before its time: live connections opened with it close (on every instance,
 * see src/transport/credential-watch.ts). `api_key`: the key's id; `refresh_family`: a login's
 * refresh-token family, whose access tokens carry its id.
 */
export interface CredentialRevokedEvent {
  kind: "api_key" | "refresh_family";
  id: string;
  at: string;
}

interface EventMap {
  agentStatusChanged: AgentStatusChangedEvent;
  sessionUpdated: SessionUpdatedEvent;
  messageAdded: MessageAddedEvent;
  budgetAlert: BudgetAlertEvent;
  systemTaskUpdated: SystemTaskUpdatedEvent;
  taskUpdated: TaskUpdatedEvent;
  taskCancelRequested: TaskCancelRequestedEvent;
  workflowRunUpdated: WorkflowRunUpdatedEvent;
  credentialRevoked: CredentialRevokedEvent;
  /** The IP allowlist, IP blocks or audit settings changed: every instance reads them again. */
  securityChanged: { at: string };
}

type Topic = keyof EventMap;

export interface Events {
  publish<T extends Topic>(topic: T, payload: EventMap[T]): void;
  /**
   * Live events of a topic. Resolves once the subscription is live — with Redis, once Redis has
   * acknowledged it — so whatever is published after that is delivered. The iterator completes
   * when the server shuts down.
   */
  subscribe<T extends Topic>(topic: T, accept?: (payload: EventMap[T]) => boolean): Promise<AsyncIterableIterator<EventMap[T]>>;
  /**
   * An internal listener (the server reacting to its own events, such as a cancel request for a task
   * this instance runs). Not a client subscription: not counted, not ended by endSubscriptions.
   * Resolves, once live, with the function that stops it.
   */
  listen<T extends Topic>(topic: T, handler: (payload: EventMap[T]) => void): Promise<() => Promise<void>>;
  /** Subscriptions currently open on this instance (metrics; tests prove refused ones never open). */
  openSubscriptions(): number;
  /** Subscriptions ever opened on this instance (a counter: tests wait for theirs to be live). */
  subscriptionsOpened(): number;
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
  /** Told when an event reaches a subscription here: how long after its publication (metrics). */
  onDelivered?: (topic: Topic, latencyMs: number) => void;
}

/** What travels: the payload and when it was published (wall time, for delivery latency). */
interface Envelope<P = unknown> {
  payload: P;
  publishedAt: number;
}

// Channels are namespaced at run time (`<namespace>:<topic>`), so the pubsub itself is keyed by string.
type PublishArgs = Record<string, [unknown]>;

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

/**
 * The event target also fires SUBSCRIBE and forgets the promise. This subscriber reports a failure
 * instead of throwing it, and subscribes every wanted channel again whenever Redis is (back) up, so a
 * listener added during an outage goes live when the outage ends.
 */
function resilientSubscriber(client: Redis, onError?: (error: Error) => void) {
  const wanted = new Set<string>();
  // Never rejects: a failure is reported to onError.
  const subscribe = (channel: string): Promise<void> =>
    client
      .subscribe(channel)
      .then(() => undefined)
      .catch((error: Error) => onError?.(error));
  client.on("ready", () => {
    for (const channel of wanted) subscribe(channel).catch(() => undefined); // (already reported)
  });
  return {
    on: client.on.bind(client),
    subscribe(channel: string) {
      wanted.add(channel);
      return subscribe(channel);
    },
    unsubscribe(channel: string) {
      wanted.delete(channel);
      return client.unsubscribe(channel).catch((error: Error) => onError?.(error));
    },
  };
}

export function createEvents({ redisUrl, namespace = "cp", onError, onDelivered }: EventsOptions = {}): Events {
  const redis = redisUrl
    ? { publishClient: redisClient(redisUrl, onError), subscribeClient: redisClient(redisUrl, onError) }
    : null;
  // The event target fires PUBLISH and forgets the promise; a Redis outage must not become an
  // unhandled rejection, so publishing goes through a client that reports instead of throwing.
  const publisher = redis && {
    publish: (channelName: string, message: string) =>
      redis.publishClient.publish(channelName, message).catch((error: Error) => {
        onError?.(error);
        return 0;
      }),
  };
  const subscriber = redis && resilientSubscriber(redis.subscribeClient, onError);
  const pubsub = createPubSub<PublishArgs>(
    redis ? { eventTarget: createRedisEventTarget({ publishClient: publisher as unknown as Redis, subscribeClient: subscriber as unknown as Redis }) } : {},
  );
  const channel = (topic: Topic) => `${namespace}:${topic}`;
  // One pub/sub listener per topic, however many subscribers it has here (src/event-fanout.ts).
  const prefix = channel("" as Topic);
  const fanout = createFanout<Envelope, unknown>((name) => pubsub.subscribe(name) as AsyncIterableIterator<Envelope>, {
    payload: (envelope) => envelope.payload,
    delivered: onDelivered && ((name, envelope) => onDelivered(name.slice(prefix.length) as Topic, Date.now() - envelope.publishedAt)),
  });
  let opened = 0;

  return {
    publish(topic, payload) {
      pubsub.publish(channel(topic), { payload, publishedAt: Date.now() } satisfies Envelope);
    },

    async subscribe<T extends Topic>(topic: T, accept?: (payload: EventMap[T]) => boolean) {
      // Live now, not at the consumer's first pull, so nothing published after subscribe() returns
      // is missed (resumable subscriptions rely on it).
      const iterator = fanout.subscribe(channel(topic), accept as ((payload: unknown) => boolean) | undefined) as AsyncIterableIterator<EventMap[T]>;
      // SUBSCRIBE is idempotent and Redis answers a connection's commands in order: when this one is
      // acknowledged, so is the event target's.
      if (subscriber) await subscriber.subscribe(channel(topic)); // live now, or once Redis is reachable
      opened++;
      return iterator;
    },

    async listen(topic, handler) {
      const source = pubsub.subscribe(channel(topic)) as AsyncIterableIterator<Envelope<EventMap[typeof topic]>>;
      const pump = (async () => {
        for await (const { payload } of source) handler(payload);
      })();
      if (subscriber) await subscriber.subscribe(channel(topic)); // live now, or once Redis is reachable
      return async () => {
        await source.return?.();
        await pump;
      };
    },

    openSubscriptions() {
      return fanout.size();
    },

    subscriptionsOpened() {
      return opened;
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
      await fanout.endAll();
    },

    async close() {
      await this.endSubscriptions();
      if (redis) {
        for (const client of [redis.publishClient, redis.subscribeClient]) {
          // quit() waits for a connection that may never come; disconnect() does not.
          // A QUIT that gets no answer (Redis stalled) is given up after a second.
          if (client.status === "ready") {
            let timer: NodeJS.Timeout | undefined;
            await Promise.race([client.quit().catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, 1000)))]);
            clearTimeout(timer);
          }
          client.disconnect();
        }
      }
    },
  };
}
