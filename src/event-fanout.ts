// One listener per topic on the pub/sub (in memory or Redis), fanning each event out to this
// instance's subscribers of the topic. A listener (and a Repeater) per subscriber cost a few KB each
// and warned MaxListenersExceeded past ten; here a subscriber is a filter and a small queue.
// Per subscriber, events keep the order in which they were published.

/** Events a subscriber may fall behind by before it is ended (it is not reading: a stuck client). */
const MAX_QUEUED = 1_024;

type Source<E> = AsyncIterableIterator<E>;

interface Topic<E> {
  channel: string;
  sinks: Set<Sink<E, unknown>>;
  source: Source<E>;
  /** Called once the last subscriber has left: the pub/sub subscription is ended. */
  close: () => void;
}

interface Subscriber<E, V> {
  /** Which events this subscriber wants (called as each is published). */
  accept?: (event: E) => boolean;
  /** What the subscriber receives for an event (called as it pulls the event). */
  map: (event: E) => V;
  /** Called once when the subscription ends, however it ends. */
  onEnd?: () => void;
}

export interface Fanout<E> {
  /**
   * A subscriber of `channel`, live when this returns (the topic's listener is registered now, not at
   * the first pull), so nothing published afterwards is missed. One small object per subscriber: no
   * async function frames are kept while it waits.
   */
  subscribe<V>(channel: string, subscriber: Subscriber<E, V>): AsyncIterableIterator<V>;
}

const ENDED: IteratorResult<never> = Object.freeze({ done: true, value: undefined });
const acceptAll = () => true;

/**
 * One subscriber: its queue and its iterator in one object, with methods on the prototype rather
 * than closures per subscriber (thousands of them are open at once).
 */
class Sink<E, V> implements AsyncIterableIterator<V> {
  queue: E[] = [];
  wake: (() => void) | null = null;
  overflowed = false;
  private done = false;

  constructor(
    private readonly topic: Topic<E>,
    private readonly accept: (event: E) => boolean,
    private readonly map: (event: E) => V,
    private readonly onEnd: (() => void) | undefined,
  ) {}

  /** Called as an event is published. */
  offer(event: E): void {
    if (!this.accept(event)) return;
    if (this.queue.length >= MAX_QUEUED) this.overflowed = true;
    else this.queue.push(event);
    this.wake?.();
  }

  next(): Promise<IteratorResult<V>> {
    if (this.done) return Promise.resolve(ENDED);
    if (this.queue.length) return Promise.resolve({ done: false, value: this.map(this.queue.shift()!) });
    if (this.overflowed) {
      this.finish();
      return Promise.reject(new Error(`subscriber of ${this.topic.channel} fell more than ${MAX_QUEUED} events behind`));
    }
    if (!this.topic.sinks.has(this)) {
      this.finish(); // the topic's source ended
      return Promise.resolve(ENDED);
    }
    return new Promise<void>((resolve) => (this.wake = resolve)).then(() => {
      this.wake = null;
      return this.next();
    });
  }

  return(): Promise<IteratorResult<V>> {
    this.finish();
    return Promise.resolve(ENDED);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<V> {
    return this;
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    const { sinks } = this.topic;
    sinks.delete(this);
    this.queue.length = 0;
    this.wake?.();
    if (sinks.size === 0) this.topic.close();
    this.onEnd?.();
  }
}

/** `open(channel)`: the pub/sub's own subscription, opened for the first subscriber of a channel and ended after the last. */
export function createFanout<E>(open: (channel: string) => Source<E>): Fanout<E> {
  const topics = new Map<string, Topic<E>>();

  function start(channel: string): Topic<E> {
    const source = open(channel);
    const topic: Topic<E> = {
      channel,
      sinks: new Set(),
      source,
      close: () => {
        if (topics.get(channel) !== topic) return;
        topics.delete(channel);
        source.return?.().catch(() => undefined);
      },
    };
    // The first next() registers the pub/sub listener synchronously.
    let pending = source.next();
    void (async () => {
      for (;;) {
        const result = await pending;
        if (result.done) break;
        for (const sink of topic.sinks) sink.offer(result.value);
        pending = source.next();
      }
      // The source ended (shutdown): every subscriber of this topic ends too.
      if (topics.get(channel) === topic) topics.delete(channel);
      const sinks = [...topic.sinks];
      topic.sinks.clear();
      for (const sink of sinks) sink.wake?.();
    })().catch(() => undefined);
    topics.set(channel, topic);
    return topic;
  }

  return {
    subscribe<V>(channel: string, { accept = acceptAll, map, onEnd }: Subscriber<E, V>) {
      const topic = topics.get(channel) ?? start(channel);
      const sink = new Sink<E, V>(topic, accept, map, onEnd);
      topic.sinks.add(sink as Sink<E, unknown>);
      return sink;
    },
  };
}
