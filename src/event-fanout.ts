// One listener per topic on the pub/sub (in memory or Redis), fanning each event out to this
// instance's subscribers of the topic. A listener (and a Repeater) per subscriber cost a few KB each
// and warned MaxListenersExceeded past ten; here a subscriber is a filter and a small queue.
// Per subscriber, events keep the order in which they were published.

/** Events a subscriber may fall behind by before it is ended (it is not reading: a stuck client). */
const MAX_QUEUED = 1_024;

type Source<E> = AsyncIterableIterator<E>;

interface Topic<E, P> {
  channel: string;
  sinks: Set<Sink<E, P>>;
  source: Source<E>;
  fanout: FanoutOptions<E, P>;
  /** Called once the last subscriber has left: the pub/sub subscription is ended. */
  close: () => void;
}

/** What every subscriber gets of an event, the same for all: a subscriber costs no closures of its own. */
export interface FanoutOptions<E, P> {
  /** What a subscriber receives (and filters on) for an event. */
  payload: (event: E) => P;
  /** Told as a subscriber pulls an event (delivery metrics). */
  delivered?: (channel: string, event: E) => void;
}

export interface Fanout<P> {
  /**
   * A subscriber of `channel`, live when this returns (the topic's listener is registered now, not at
   * the first pull), so nothing published afterwards is missed. `accept` picks the payloads it wants
   * (called as each is published). One small object per subscriber: no async function frames are
   * kept while it waits.
   */
  subscribe(channel: string, accept?: (payload: P) => boolean): AsyncIterableIterator<P>;
  /** Subscribers open now. */
  size(): number;
  /** Ends every subscriber (each completes). */
  endAll(): Promise<void>;
}

const ENDED: IteratorResult<never> = Object.freeze({ done: true, value: undefined });

/**
 * One subscriber: its queue and its iterator in one object, with methods on the prototype rather
 * than closures per subscriber (thousands of them are open at once).
 */
class Sink<E, P> implements AsyncIterableIterator<P> {
  queue: E[] = [];
  /** Resolves the next() that is waiting for an event, if one is. */
  private waiting: ((outcome: Promise<IteratorResult<P>>) => void) | null = null;
  overflowed = false;
  private done = false;

  constructor(
    private readonly topic: Topic<E, P>,
    private readonly accept: ((payload: P) => boolean) | undefined,
  ) {}

  /** Called as an event is published. */
  offer(event: E): void {
    if (this.accept && !this.accept(this.topic.fanout.payload(event))) return;
    if (this.queue.length >= MAX_QUEUED) this.overflowed = true;
    else this.queue.push(event);
    this.wake();
  }

  next(): Promise<IteratorResult<P>> {
    // A waiting next() holds only its resolver: no reaction chain per waiting subscriber.
    return this.ready() ?? new Promise((resolve) => (this.waiting = resolve));
  }

  /** Hands a waiting next() its outcome, once there is one. */
  wake(): void {
    const resolve = this.waiting;
    if (!resolve) return;
    this.waiting = null;
    const outcome = this.ready();
    if (outcome) resolve(outcome);
    else this.waiting = resolve;
  }

  /** What next() answers now (an event, the end, or falling behind); null while there is nothing yet. */
  private ready(): Promise<IteratorResult<P>> | null {
    if (this.done) return Promise.resolve(ENDED);
    if (this.queue.length) return Promise.resolve({ done: false, value: this.deliver(this.queue.shift()!) });
    if (this.overflowed) {
      this.finish();
      return Promise.reject(new Error(`subscriber of ${this.topic.channel} fell more than ${MAX_QUEUED} events behind`));
    }
    if (!this.topic.sinks.has(this)) {
      this.finish(); // the topic's source ended
      return Promise.resolve(ENDED);
    }
    return null;
  }

  return(): Promise<IteratorResult<P>> {
    this.finish();
    return Promise.resolve(ENDED);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<P> {
    return this;
  }

  private deliver(event: E): P {
    const { fanout, channel } = this.topic;
    fanout.delivered?.(channel, event);
    return fanout.payload(event);
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    const { sinks } = this.topic;
    sinks.delete(this);
    this.queue.length = 0;
    this.wake();
    if (sinks.size === 0) this.topic.close();
  }
}

/** `open(channel)`: the pub/sub's own subscription, opened for the first subscriber of a channel and ended after the last. */
export function createFanout<E, P>(open: (channel: string) => Source<E>, options: FanoutOptions<E, P>): Fanout<P> {
  const topics = new Map<string, Topic<E, P>>();

  function start(channel: string): Topic<E, P> {
    const source = open(channel);
    const topic: Topic<E, P> = {
      channel,
      sinks: new Set(),
      source,
      fanout: options,
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
      for (const sink of sinks) sink.wake();
    })().catch(() => undefined);
    topics.set(channel, topic);
    return topic;
  }

  return {
    subscribe(channel, accept) {
      const topic = topics.get(channel) ?? start(channel);
      const sink = new Sink<E, P>(topic, accept);
      topic.sinks.add(sink);
      return sink;
    },
    size() {
      let open = 0;
      for (const topic of topics.values()) open += topic.sinks.size;
      return open;
    },
    async endAll() {
      const sinks = [...topics.values()].flatMap((topic) => [...topic.sinks]);
      await Promise.all(sinks.map((sink) => sink.return()));
    },
  };
}
