// One listener per topic on the pub/sub (in memory or Redis), fanning each event out to this
// instance's subscribers of the topic. A listener (and a Repeater) per subscriber cost a few KB each
// and warned MaxListenersExceeded past ten; here a subscriber is a filter and a small queue.
// Per subscriber, events keep the order in which they were published.

/** Events a subscriber may fall behind by before it is ended (it is not reading: a stuck client). */
const MAX_QUEUED = 1_024;

type Source<E> = AsyncIterableIterator<E>;

interface Sink<E> {
  accept: (event: E) => boolean;
  queue: E[];
  wake: (() => void) | null;
  overflowed: boolean;
}

interface Topic<E> {
  sinks: Set<Sink<E>>;
  source: Source<E>;
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

/** `open(channel)`: the pub/sub's own subscription, opened for the first subscriber of a channel and ended after the last. */
export function createFanout<E>(open: (channel: string) => Source<E>): Fanout<E> {
  const topics = new Map<string, Topic<E>>();

  function start(channel: string): Topic<E> {
    const source = open(channel);
    const topic: Topic<E> = { sinks: new Set(), source };
    const deliver = (event: E) => {
      for (const sink of topic.sinks) {
        if (!sink.accept(event)) continue;
        if (sink.queue.length >= MAX_QUEUED) sink.overflowed = true;
        else sink.queue.push(event);
        sink.wake?.();
      }
    };
    // The first next() registers the pub/sub listener synchronously.
    let pending = source.next();
    void (async () => {
      for (;;) {
        const result = await pending;
        if (result.done) break;
        deliver(result.value);
        pending = source.next();
      }
      // The source ended (shutdown): every subscriber of this topic ends too.
      if (topics.get(channel) === topic) topics.delete(channel);
      for (const sink of topic.sinks) sink.wake?.();
      topic.sinks.clear();
    })().catch(() => undefined);
    topics.set(channel, topic);
    return topic;
  }

  return {
    subscribe<V>(channel: string, { accept = () => true, map, onEnd }: Subscriber<E, V>) {
      const topic = topics.get(channel) ?? start(channel);
      const sink: Sink<E> = { accept, queue: [], wake: null, overflowed: false };
      topic.sinks.add(sink);
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        topic.sinks.delete(sink);
        sink.queue.length = 0;
        sink.wake?.();
        if (topic.sinks.size === 0 && topics.get(channel) === topic) {
          topics.delete(channel);
          topic.source.return?.().catch(() => undefined);
        }
        onEnd?.();
      };
      const ended: IteratorResult<V> = { done: true, value: undefined };
      const iterator: AsyncIterableIterator<V> = {
        next(): Promise<IteratorResult<V>> {
          if (done) return Promise.resolve(ended);
          if (sink.queue.length) return Promise.resolve({ done: false, value: map(sink.queue.shift()!) });
          if (sink.overflowed) {
            finish();
            return Promise.reject(new Error(`subscriber of ${channel} fell more than ${MAX_QUEUED} events behind`));
          }
          if (!topic.sinks.has(sink)) {
            finish(); // the topic's source ended
            return Promise.resolve(ended);
          }
          return new Promise<void>((resolve) => (sink.wake = resolve)).then(() => {
            sink.wake = null;
            return iterator.next();
          });
        },
        return() {
          finish();
          return Promise.resolve(ended);
        },
        [Symbol.asyncIterator]() {
          return iterator;
        },
      };
      return iterator;
    },
  };
}
