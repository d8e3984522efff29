// Subscription fan-out: N subscribers of one event stream; each event's delivery time to every
// subscriber, measured from the moment the parent triggers it. Sockets live in the parent, the
// server in its own process, so the figures are the server's.
import { performance } from "node:perf_hooks";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { percentile } from "./load.js";

export interface FanoutResult {
  subscribers: number;
  events: number;
  p50: number;
  p99: number;
  lost: number;
  heapPerSubscriberBytes: number;
}

interface Receiver {
  /** Resolves once every subscriber is live. */
  open(): Promise<void>;
  /** Called with each subscriber's arrival callback. */
  onMessage(handler: (subscriber: number) => void): void;
  close(): Promise<void>;
}

export interface FanoutSpec {
  subscribers: number;
  events: number;
  receiver: Receiver;
  /** Publishes one event on the server. */
  trigger(n: number): Promise<void>;
  /** Used heap of the server process after GC (bytes). */
  heap(): Promise<number>;
  /** Called once every subscriber is open, before the first event (the profiler starts there). */
  opened?: () => Promise<void>;
  /** Called after the last event, before the subscribers close (the profiler stops there). */
  delivered?: () => Promise<void>;
  timeoutMs?: number;
}

export async function fanout(spec: FanoutSpec): Promise<FanoutResult> {
  const heapBefore = await spec.heap();
  let waiting: { seen: Set<number>; at: number; done: () => void } | null = null;
  const samples: number[] = [];
  spec.receiver.onMessage((subscriber) => {
    if (!waiting || waiting.seen.has(subscriber)) return;
    waiting.seen.add(subscriber);
    samples.push(performance.now() - waiting.at);
    if (waiting.seen.size === spec.subscribers) waiting.done();
  });
  await spec.receiver.open();
  const heapPerSubscriberBytes = Math.max(0, (await spec.heap()) - heapBefore) / spec.subscribers;
  await spec.opened?.();
  let lost = 0;
  for (let n = 0; n < spec.events; n++) {
    const seen = new Set<number>();
    const arrived = new Promise<void>((resolve) => (waiting = { seen, at: performance.now(), done: resolve }));
    await spec.trigger(n);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([arrived, new Promise((r) => (timer = setTimeout(r, spec.timeoutMs ?? 10_000)))]);
    clearTimeout(timer);
    lost += spec.subscribers - seen.size;
    waiting = null;
  }
  await spec.delivered?.();
  await spec.receiver.close();
  return { subscribers: spec.subscribers, events: spec.events, p50: percentile(samples, 50), p99: percentile(samples, 99), lost, heapPerSubscriberBytes };
}

/** Subscribers opened at once: a thousand simultaneous handshakes on a loaded 2-core machine time out. */
const OPEN_BATCH = 100;

/** Waits until `count()` reaches `n` (polling), or fails after `ms`. */
async function until(count: () => Promise<number>, n: number, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while ((await count()) < n) {
    if (Date.now() > deadline) throw new Error(`${what} did not all open within ${ms / 1000} s (${await count()} of ${n})`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** N graphql-ws clients, each subscribed to `query`; open() waits until the server counts them all. */
export function graphqlWsReceiver(wsUrl: string, authorization: string, query: string, n: number, openOnServer: () => Promise<number>): Receiver {
  const clients: Client[] = [];
  let handler: (subscriber: number) => void = () => {};
  let failures = 0;
  let firstFailure = "";
  const failed = (error: unknown) => {
    failures++;
    firstFailure ||= error instanceof Error ? error.message : String((error as { code?: number })?.code ?? error);
  };
  return {
    async open() {
      const before = await openOnServer();
      for (let i = 0; i < n; i++) {
        const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization }, onNonLazyError: failed });
        clients.push(client);
        client.subscribe({ query }, { next: () => handler(i), error: failed, complete: () => {} });
        if ((i + 1) % OPEN_BATCH === 0 || i === n - 1) {
          await until(async () => (await openOnServer()) - before + failures, i + 1, 120_000, "graphql-ws subscribers");
        }
      }
      if (failures) throw new Error(`${failures} of ${n} subscribers failed to open (first: ${firstFailure})`);
    },
    onMessage: (h) => (handler = h),
    async close() {
      failures = -Infinity; // closing makes every client report its socket closing
      await Promise.all(clients.map((c) => c.dispose()));
    },
  };
}

/**
 * N graphql-ws subscribers speaking the protocol (graphql-transport-ws) directly: each parses what it
 * receives and checks its type, as the raw receivers parse theirs, so both sides of the ratio do the
 * same client work and the difference is the server's. (The graphql-ws client library also validates
 * every message and dispatches it through its sinks, in the process that takes the timings: with it,
 * the graphql-ws side's p99 included client work the raw side's clients never do.)
 */
export function protocolWsReceiver(wsUrl: string, authorization: string, query: string, n: number, openOnServer: () => Promise<number>): Receiver {
  const sockets: WebSocket[] = [];
  let handler: (subscriber: number) => void = () => {};
  let failures = 0;
  let firstFailure = "";
  return {
    async open() {
      const before = await openOnServer();
      for (let i = 0; i < n; i++) {
        const socket = new WebSocket(wsUrl, "graphql-transport-ws");
        socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization } })));
        socket.on("message", (data) => {
          const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
          if (message.type === "next") handler(i);
          else if (message.type === "connection_ack") socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query } }));
          else if (message.type === "error") {
            failures++;
            firstFailure ||= JSON.stringify(message.payload);
          }
        });
        socket.on("error", (error) => {
          failures++;
          firstFailure ||= error.message;
        });
        sockets.push(socket);
        if ((i + 1) % OPEN_BATCH === 0 || i === n - 1) {
          await until(async () => (await openOnServer()) - before + failures, i + 1, 120_000, "graphql-ws subscribers");
        }
      }
      if (failures) throw new Error(`${failures} of ${n} subscribers failed to open (first: ${firstFailure})`);
    },
    onMessage: (h) => (handler = h),
    async close() {
      await Promise.all(sockets.map((socket) => new Promise((resolve) => (socket.once("close", resolve), socket.close(1000)))));
    },
  };
}

/** N plain `ws` sockets on the raw broadcast server; each parses what it receives, as any client of it would (graphql-ws clients parse theirs). */
export function rawWsReceiver(url: string, n: number, openOnServer: () => Promise<number>): Receiver {
  const sockets: WebSocket[] = [];
  let handler: (subscriber: number) => void = () => {};
  return {
    async open() {
      for (let i = 0; i < n; i++) {
        const socket = new WebSocket(url);
        socket.on("message", (data) => {
          JSON.parse(String(data));
          handler(i);
        });
        socket.on("error", () => undefined); // counted as not open below
        sockets.push(socket);
        if ((i + 1) % OPEN_BATCH === 0 || i === n - 1) await until(openOnServer, i + 1, 120_000, "raw ws sockets");
      }
    },
    onMessage: (h) => (handler = h),
    async close() {
      for (const socket of sockets) socket.close();
    },
  };
}
