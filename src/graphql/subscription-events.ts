// Executing subscription events: once per group, not once per subscriber.
// Subscribers of one event that sent the same document, operation and variables and that see the
// same things (one visibility class, src/domain/auth/visibility.ts) get the same result, so the
// event is executed for the first of them and the others reuse that result. The fan-out hands every
// subscriber of a topic the same event object, which keys the memo (a WeakMap: it is gone with the
// event). Each execution gets a fresh context (so loaders never serve one event's data to the next),
// and each subscriber still awaits its own events in order.
import { hash } from "node:crypto";
import { createSourceEventStream, execute, print, type DocumentNode, type ExecutionArgs, type ExecutionResult } from "graphql";
import { isAsyncIterable, makeSubscribe, type Plugin } from "graphql-yoga";
import { visibilityClass } from "../domain/auth/visibility.js";
import type { Principal } from "../domain/auth/principal.js";

type Result = ExecutionResult | Promise<ExecutionResult>;

export interface SubscriptionEventCounts {
  /** An event executed for a group. */
  executed(): void;
  /** A subscriber served a result executed for another of its group. */
  shared(): void;
}

/** Key order does not make two variable sets different. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const digest = (key: string) => hash("sha256", key, "base64");

interface SharedResults {
  /** Per event object, the result executed for each group: gone with the event. */
  resultsByEvent: WeakMap<object, Map<string, Result>>;
  counts?: SubscriptionEventCounts;
}

/**
 * One subscriber's results: each event of its source, executed for its group unless another of the
 * group did already. A class, not a mapping iterator of closures: one small object per subscriber.
 */
class EventResults implements AsyncIterableIterator<ExecutionResult> {
  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
    /** null: this subscriber shares with nobody (no principal). */
    private readonly group: string | null,
    private readonly shared: SharedResults,
  ) {}

  async next(): Promise<IteratorResult<ExecutionResult>> {
    const event = await this.source.next();
    if (event.done) return event;
    try {
      return { done: false, value: await this.resultOf(event.value) };
    } catch (error) {
      await this.return().catch(() => undefined); // a result that could not be made ends the stream
      throw error;
    }
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  private resultOf(event: unknown): Result {
    if (!this.group || !event || typeof event !== "object") return this.execute(event);
    const { resultsByEvent, counts } = this.shared;
    let results = resultsByEvent.get(event);
    if (!results) resultsByEvent.set(event, (results = new Map()));
    const known = results.get(this.group);
    if (known) {
      counts?.shared();
      return known;
    }
    const result = this.execute(event);
    results.set(this.group, result);
    counts?.executed();
    return result;
  }

  /** A fresh context per execution: loaders never serve one event's data to the next. */
  private execute(event: unknown): Result {
    return execute({ ...this.args, rootValue: event, contextValue: { ...(this.args.contextValue as object) } });
  }
}

export function useSharedSubscriptionEvents(counts?: SubscriptionEventCounts): Plugin {
  // The parser cache hands equal queries the same document; printing once per document still keys
  // documents parsed apart (another cache entry, another instance) alike.
  const documentKeys = new WeakMap<DocumentNode, string>();
  const documentKey = (document: DocumentNode) => {
    let key = documentKeys.get(document);
    if (key === undefined) documentKeys.set(document, (key = print(document)));
    return key;
  };
  const resultsByEvent = new WeakMap<object, Map<string, Result>>();
  const shared: SharedResults = { resultsByEvent, counts };

  const subscribe = makeSubscribe((args: ExecutionArgs) => {
    const { contextValue, variableValues, operationName, document } = args;
    const principal = (contextValue as { principal?: Principal }).principal;
    // Kept per subscriber as a digest: the key itself is a long string built in parts.
    const group = principal ? digest(`${visibilityClass(principal)}\0${operationName ?? ""}\0${canonicalJson(variableValues ?? {})}\0${documentKey(document)}`) : null;
    const stream = createSourceEventStream(args);
    const results = (source: Awaited<typeof stream>) => (isAsyncIterable(source) ? new EventResults(source[Symbol.asyncIterator](), args, group, shared) : source);
    return stream instanceof Promise ? stream.then(results) : results(stream);
  });

  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribe);
    },
  };
}
