// The dashboard's only way to the server: the public API, as any client would use it. Queries and
// mutations go over HTTP (urql) with the key as the Authorization header; subscriptions over graphql-ws
// with the key in connectionParams. A key the server refuses (401 AUTH_FAILED, or a socket closed with
// 4403 when the key is revoked) signs the dashboard out.
import { Client, fetchExchange, subscriptionExchange, type AnyVariables, type CombinedError } from "@urql/core";
import { createClient as createWsClient } from "graphql-ws/client";
import type { TypedDocumentString } from "./generated/graphql.js";

const KEY_STORAGE = "controlPlane.dashboard.apiKey";
/** graphql-ws close code of this server for a refused or revoked credential. */
const CLOSE_FORBIDDEN = 4403;

/** The key, kept in this tab's session storage only (never in the URL, gone when the tab closes). */
export const savedKey = (): string | null => sessionStorage.getItem(KEY_STORAGE);
export const saveKey = (key: string) => sessionStorage.setItem(KEY_STORAGE, key);
export const forgetKey = () => sessionStorage.removeItem(KEY_STORAGE);

/** "cpk_…" alone, or with its scheme as typed. */
const authorizationOf = (key: string) => (/^(ApiKey|Bearer)\s/i.test(key.trim()) ? key.trim() : `ApiKey ${key.trim()}`);

/** A failed operation, with the server's error code (`insufficient_permissions`, …) when it gave one. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

function apiError(error: CombinedError): ApiError {
  const first = error.graphQLErrors[0];
  if (first) return new ApiError(first.message, first.extensions?.code as string | undefined);
  return new ApiError(error.networkError?.message ?? error.message, undefined);
}

export type LinkState = "connecting" | "live" | "reconnecting";

export interface Api {
  query<R, V extends AnyVariables>(document: TypedDocumentString<R, V>, variables: V): Promise<R>;
  mutate<R, V extends AnyVariables>(document: TypedDocumentString<R, V>, variables: V): Promise<R>;
  /** Calls `onData` per event until the returned function is called; errors end it. */
  subscribe<R, V extends AnyVariables>(document: TypedDocumentString<R, V>, variables: V, onData: (data: R) => void, onError: (error: ApiError) => void): () => void;
  /** Called each time the socket is back after a loss (subscriptions that resume from a cursor restart then). */
  onReconnected(listener: () => void): () => void;
  dispose(): void;
}

export interface ApiOptions {
  key: string;
  /** The server refused the key: it was revoked, expired or never valid. */
  onRefused(reason: string): void;
  onLinkState(state: LinkState): void;
}

export function connectApi({ key, onRefused, onLinkState }: ApiOptions): Api {
  const authorization = authorizationOf(key);
  const reconnected = new Set<() => void>();
  let refused = false;
  const refuse = (reason: string) => {
    if (refused) return;
    refused = true;
    onRefused(reason);
  };

  const socket = createWsClient({
    url: new URL("/graphql", location.href).href.replace(/^http/, "ws"),
    connectionParams: { authorization },
    retryAttempts: Infinity,
    // Back soon after a blip, then every few seconds at most.
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** retries, 5_000) * (0.5 + Math.random() / 2))),
    shouldRetry: (event) => !(event instanceof CloseEvent && event.code === CLOSE_FORBIDDEN),
    on: {
      connecting: (wasRetry) => onLinkState(wasRetry ? "reconnecting" : "connecting"),
      connected: (_socket, _payload, wasRetry) => {
        onLinkState("live");
        if (wasRetry) for (const listener of reconnected) listener();
      },
      closed: (event) => {
        if (event instanceof CloseEvent && event.code === CLOSE_FORBIDDEN) refuse(event.reason || "The server refused the key.");
        else onLinkState("reconnecting");
      },
    },
  });

  const client = new Client({
    url: "/graphql",
    requestPolicy: "network-only",
    preferGetMethod: false,
    fetchOptions: () => ({ headers: { authorization } }),
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? "" }, sink) }),
        }),
      }),
    ],
  });

  const failed = (error: CombinedError): ApiError => {
    const failure = apiError(error);
    if (failure.code === "AUTH_FAILED" || error.response?.status === 401) refuse(failure.message);
    return failure;
  };

  return {
    async query(document, variables) {
      const result = await client.query(document.toString(), variables).toPromise();
      if (result.error) throw failed(result.error);
      return result.data as never;
    },
    async mutate(document, variables) {
      const result = await client.mutation(document.toString(), variables).toPromise();
      if (result.error) throw failed(result.error);
      return result.data as never;
    },
    subscribe(document, variables, onData, onError) {
      const { unsubscribe } = client.subscription(document.toString(), variables).subscribe((result) => {
        if (result.error) onError(failed(result.error));
        else if (result.data) onData(result.data as never);
      });
      return unsubscribe;
    },
    onReconnected(listener) {
      reconnected.add(listener);
      return () => reconnected.delete(listener);
    },
    dispose() {
      refused = true; // signing out: what closes now is not a refusal
      Promise.resolve(socket.dispose()).catch(() => {}); // closing anyway
    },
  };
}
