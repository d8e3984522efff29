// A real graphql-ws client against a test server's port, with small helpers to await events.
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import type { ExecutionResult } from "graphql";
import type { TypedDocumentString } from "../../src/generated/graphql/graphql.js";
import type { TestServer } from "./server.js";
import { EVENT_TIMEOUT_MS, POLL_INTERVAL_MS } from "./timeouts.js";

export function wsClient(server: TestServer, authorization: string | null = server.admin): Client {
  return createClient({
    url: server.wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    // A socket the server closes (a stopping server says 1001) is what some tests wait for, not noise.
    onNonLazyError: () => undefined,
    retryAttempts: 0,
    connectionParams: authorization ? { authorization } : {},
  });
}

export interface Subscription<T> {
  /** The next event (waits for it). */
  next(timeoutMs?: number): Promise<ExecutionResult<T>>;
  /** Resolves when the server completes the subscription; rejects with its error. */
  done: Promise<void>;
  received: ExecutionResult<T>[];
  unsubscribe(): void;
}

export function subscribe<TResult, TVariables>(
  client: Client,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Subscription<TResult> {
  const received: ExecutionResult<TResult>[] = [];
  const waiters: ((r: ExecutionResult<TResult>) => void)[] = [];
  let delivered = 0;
  let unsubscribe = () => {};
  const done = new Promise<void>((resolve, reject) => {
    unsubscribe = client.subscribe<TResult>(
      { query: document.toString(), variables: variables as Record<string, unknown> | undefined },
      {
        next: (result) => {
          received.push(result as ExecutionResult<TResult>);
          waiters.shift()?.(received[delivered++]!);
        },
        error: reject,
        complete: resolve,
      },
    );
  });
  done.catch(() => undefined); // observed by tests that care
  return {
    received,
    done,
    unsubscribe: () => unsubscribe(),
    next(timeoutMs = EVENT_TIMEOUT_MS) {
      if (delivered < received.length) return Promise.resolve(received[delivered++]!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
        waiters.push((r) => {
          clearTimeout(timer);
          resolve(r);
        });
      });
    },
  };
}

/** Subscribes and waits until the server has opened the event stream, so nothing published next is missed. */
export async function subscribeOpen<TResult, TVariables>(
  server: TestServer,
  client: Client,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<Subscription<TResult>> {
  const before = server.app.events.subscriptionsOpened();
  const subscription = subscribe(client, document, variables);
  await eventually(() => server.app.events.subscriptionsOpened() > before);
  return subscription;
}

/** Waits until `predicate` holds, polling (for effects that happen on another connection). */
export async function eventually(predicate: () => boolean | Promise<boolean>, timeoutMs = EVENT_TIMEOUT_MS): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
  }
}
