// Executing subscription events: once per group, not once per subscriber.
// Subscribers of one event that sent the same document, operation and variables and that see the
// same things (one visibility class, src/domain/auth/visibility.ts) get the same result, so the
// event is executed for the first of them and the others reuse that result. The fan-out hands every
// subscriber of a topic the same event object, which keys the memo (a WeakMap: it is gone with the
// event). Each execution gets a fresh context (so loaders never serve one event's data to the next),
// and each subscriber still awaits its own events in order.
//
// graphql-ws streams skip envelop's per-stream hooks: each hook wraps every subscriber's stream in
// iterators and closures (~6 KB per subscriber), to mask and log results that are the same for the
// whole group. Their stream travels through envelop inside a DirectStream (not iterable, so no hook
// wraps it; graphql-ws unwraps it, src/transport/ws.ts), and `direct` masks and logs each group
// result once, as those hooks would have.
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

/** What envelop's per-stream hooks do to results, done once per group result instead. */
export interface DirectResults {
  /** Whose streams bypass the hooks (graphql-ws's). */
  appliesTo(context: object): boolean;
  /** A result as the hooks would have sent it (errors masked, unexpected ones logged). */
  finish(result: ExecutionResult, context: object): ExecutionResult;
  /** The error to end a failed stream with, as the hooks would have made it (masked, logged). */
  failure(error: unknown, context: object): unknown;
}

/** A subscriber's results, handed through envelop unwrapped: src/transport/ws.ts takes them out. */
export class DirectStream {
  constructor(readonly results: AsyncIterableIterator<ExecutionResult>) {}
}

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
    /** Set for a stream that bypasses envelop's per-stream hooks. */
    private readonly direct?: DirectResults,
  ) {}

  // Not an async function: a subscriber waiting for its next event keeps a promise reaction, not a
  // suspended frame (~0.4 KB less per subscriber).
  next(): Promise<IteratorResult<ExecutionResult>> {
    return this.source.next().then(
      (event): IteratorResult<ExecutionResult> | Promise<IteratorResult<ExecutionResult>> => {
        if (event.done) return { done: true, value: undefined };
        try {
          return Promise.resolve(this.resultOf(event.value)).then((value) => ({ done: false, value }), (error: unknown) => this.fail(error));
        } catch (error) {
          return this.fail(error);
        }
      },
      (error: unknown) => this.fail(error),
    );
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ExecutionResult> {
    return this;
  }

  /** A result that could not be made (or a source that failed) ends the stream with that error. */
  private async fail(error: unknown): Promise<never> {
    await this.return().catch(() => undefined);
    throw this.direct ? this.direct.failure(error, this.args.contextValue as object) : error;
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
    const contextValue = { ...(this.args.contextValue as object) };
    const result = execute({ ...this.args, rootValue: event, contextValue });
    const { direct } = this;
    if (!direct) return result;
    return result instanceof Promise ? result.then((r) => direct.finish(r, contextValue)) : direct.finish(result, contextValue);
  }
}

export function useSharedSubscriptionEvents({ counts, direct }: { counts?: SubscriptionEventCounts; direct?: DirectResults } = {}): Plugin {
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
    const bypass = direct?.appliesTo(contextValue as object) ? direct : undefined;
    const results = (source: Awaited<typeof stream>) => {
      if (!isAsyncIterable(source)) return source; // the subscription was refused: an ordinary result
      const events = new EventResults(source[Symbol.asyncIterator](), args, group, shared, bypass);
      return bypass ? (new DirectStream(events) as never) : events;
    };
    return stream instanceof Promise ? stream.then(results) : results(stream);
  });

  return {
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(subscribe);
    },
  };
}
