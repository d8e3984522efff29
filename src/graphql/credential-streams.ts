// Subscription streams end when the credential they were opened with ends (revoked or expired):
// the subscriber gets one last result naming why (AUTH_FAILED) and then `complete`. This is how an
// SSE stream ends; a graphql-ws socket is closed with 4403 first by the transport itself
// (src/transport/ws.ts), which watched its credential before any of its streams.
import { GraphQLError, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Principal } from "../domain/auth/principal.js";
import type { CredentialEndReason, CredentialWatch } from "../transport/credential-watch.js";

function isAsyncIterable<T>(value: unknown): value is AsyncIterable<T> {
  return typeof value === "object" && value !== null && Symbol.asyncIterator in value;
}

/** `source`, until `watch` says the principal's credential ended: then `lastWord(reason)` once, and done. */
function untilCredentialEnds<T>(
  source: AsyncIterable<T>,
  principal: Principal,
  watch: CredentialWatch,
  lastWord: (reason: CredentialEndReason) => T,
): AsyncIterableIterator<T> {
  const inner = source[Symbol.asyncIterator]();
  let state: "open" | "ending" | "done" = "open";
  let reason: CredentialEndReason | null = null;
  let wake = () => {};
  const ended = new Promise<null>((resolve) => (wake = () => resolve(null)));
  const release = async () => {
    await inner.return?.();
  };
  const unwatch = watch.watch(principal, (why) => {
    if (state !== "open") return;
    state = "ending";
    reason = why;
    wake();
    release().catch(() => undefined); // stop listening for events now, not at the consumer's next pull
  });
  const finish = () => {
    state = "done";
    unwatch();
  };

  const iterator: AsyncIterableIterator<T> = {
    async next() {
      if (state === "open") {
        const result = await Promise.race([inner.next(), ended]);
        // An event that arrives with (or after) the end is not delivered.
        if (result && state === "open") {
          if (result.done) finish();
          return result;
        }
      }
      if (state === "ending") {
        finish();
        return { done: false, value: lastWord(reason!) };
      }
      return { done: true, value: undefined };
    },
    async return() {
      if (state !== "done") {
        finish();
        await release().catch(() => undefined);
      }
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      finish();
      if (inner.throw) return inner.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

function credentialEndedResult(reason: CredentialEndReason): ExecutionResult {
  return { errors: [new GraphQLError(`Subscription ended: ${reason}`, { extensions: { code: "AUTH_FAILED", reason } })] };
}

/**
 * Every subscription ends with the credential that opened it. Over graphql-ws the transport watches
 * the socket's credential (the one every operation on it authenticates with) and closes the socket,
 * ending all its operations; a watch per operation there would only cost memory per subscriber.
 */
export function useSubscriptionsEndWithCredential(watch: CredentialWatch): Plugin<{ principal?: Principal; connectionParams?: unknown }> {
  return {
    onSubscribe({ args }) {
      if (args.contextValue.connectionParams !== undefined) return; // graphql-ws: src/transport/ws.ts
      return {
        onSubscribeResult({ args, result, setResult }) {
          const principal = args.contextValue.principal;
          if (!principal?.credential || !isAsyncIterable<ExecutionResult>(result)) return;
          setResult(untilCredentialEnds(result, principal, watch, credentialEndedResult));
        },
      };
    },
  };
}
