// graphql-ws (the graphql-transport-ws protocol) on the /graphql path of the HTTP server.
// Credentials come in connectionParams.authorization; a bad one closes the socket with 4403, and so
// does the credential ending (revoked, expired) while the socket is open — the reason says why.
// Every operation then runs through yoga's envelope, so it gets the same context, permission
// layer and error masking as HTTP (a subscription's events are masked once per group result:
// src/graphql/subscription-events.ts).
import type { IncomingMessage } from "node:http";
import { GraphQLError, type DocumentNode, type ExecutionArgs } from "graphql";
import { isAsyncIterable, type YogaServerInstance } from "graphql-yoga";
import { credentialExpired, type Principal } from "../domain/auth/principal.js";
import type { AuthService } from "../domain/auth/service.js";
import { AppError } from "../errors.js";
import { newRequestId } from "../http/request-id.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import { maskError } from "../graphql/errors.js";
import { DirectStream } from "../graphql/subscription-events.js";
import type { CredentialWatch } from "./credential-watch.js";
import { ALREADY_CHARGED } from "../limits/gate.js";
import { createGraphQLWsServer } from "./graphql-ws-server.js";

export interface WsDeps {
  yoga: YogaServerInstance<any, any>;
  auth: AuthService;
  clock: Clock;
  logger: Logger;
  connectionInitWaitTimeoutMs: number;
  credentials: CredentialWatch;
  /** Largest message accepted; a bigger one closes the socket with 1009 (Message Too Big). */
  maxPayloadBytes: number;
  /** Security controls (IP blocks and allowlist, a key's own rules): throws an AppError to refuse the socket. */
  admit?: (authorization: string | null, req: IncomingMessage) => Promise<void>;
  /** The client's address from the upgrade request (X-Forwarded-For through trusted proxies). */
  clientIp: (req: IncomingMessage) => string;
  /** Request limits: each operation is one request; a refusal ends that operation with an `error` message. */
  chargeOperation?: (args: { principal: Principal; ip: string; document: DocumentNode; operationName?: string | null; requestId?: string }) => Promise<GraphQLError | null>;
  /** How often sockets are pinged; one silent for a whole interval is dropped. */
  keepAliveMs: number;
  /** Told as each subscription stream starts and ends (the graphql_subscriptions_active gauge). */
  streams?: { opened(): void; closed(): void };
}

/** graphql-ws's Forbidden: the close code for a credential that is refused or has ended. */
const CLOSE_FORBIDDEN = 4403;

export function authorizationFromParams(params: unknown): string | null {
  if (!params || typeof params !== "object") return null;
  const value = (params as Record<string, unknown>).authorization ?? (params as Record<string, unknown>).Authorization;
  return typeof value === "string" ? value : null;
}

type EnvelopedRoot = { execute: (args: ExecutionArgs) => unknown; subscribe: (args: ExecutionArgs) => unknown };

/** What a socket's operations need of its connection, found once on connect. */
interface Connection {
  /** Who the socket authenticated as: its operations act as that principal while the credential lasts. */
  principal: Principal;
  ip: string;
  /** Names the socket in the keys of `streaming`. */
  number: number;
  /** Ends the watch on the socket's credential (when the socket closes). */
  unwatch: () => void;
}

export function attachGraphQLWs({ yoga, auth, clock, logger, connectionInitWaitTimeoutMs, credentials, maxPayloadBytes, chargeOperation, admit, clientIp, keepAliveMs, streams }: WsDeps) {
  // The watch set on connect closes the socket when its credential ends, so operations need not
  // authenticate again.
  const connections = new WeakMap<object, Connection>();
  let sockets = 0;
  /** The socket's principal while its credential lasts; past its expiry, none (the operation authenticates, and fails). */
  const principalOf = (connection: Connection | undefined): Principal | undefined =>
    connection && !credentialExpired(connection.principal, clock.now()) ? connection.principal : undefined;

  // Streaming operations still running, so shutdown can wait for their `complete` to be sent.
  const streaming = new Set<string>();
  const key = (ctx: object, id: string) => `${connections.get(ctx)?.number}:${id}`;
  const ended = (stream: string) => {
    if (streaming.delete(stream)) streams?.closed();
  };

  const server = createGraphQLWsServer(
    {
      connectionInitWaitTimeout: connectionInitWaitTimeoutMs,
      onConnect: async (ctx) => {
        try {
          const { socket, request } = ctx.extra;
          await admit?.(authorizationFromParams(ctx.connectionParams), request!);
          const principal = await auth.authenticate(authorizationFromParams(ctx.connectionParams));
          const unwatch = credentials.watch(principal, (reason) => socket.close(CLOSE_FORBIDDEN, reason));
          connections.set(ctx, { principal, ip: clientIp(request!), number: ++sockets, unwatch });
          // graphql-ws keeps `extra` as long as the socket is open; the upgrade request (its headers,
          // raw headers and stream state, ~2 KB) is needed no more: its address is in the connection.
          ctx.extra.request = undefined;
          if (socket.readyState !== socket.OPEN) unwatch(); // closed while authenticating: onClose has passed
          return true;
        } catch (error) {
          if (error instanceof AppError) return false; // graphql-ws closes with 4403 Forbidden
          throw error;
        }
      },
      onOperation: (ctx, id, _payload, _args, result) => {
        // A subscription's stream comes through envelop unwrapped (src/graphql/subscription-events.ts).
        const stream = result instanceof DirectStream ? result.results : result;
        if (!isAsyncIterable(stream)) return;
        streaming.add(key(ctx, id));
        streams?.opened();
        return stream;
      },
      onClose: (ctx) => connections.get(ctx)?.unwatch(),
      onComplete: (ctx, id) => ended(key(ctx, id)),
      onError: (ctx, id) => ended(key(ctx, id)),
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
      onSubscribe: async (ctx, _id, payload) => {
        const requestId = newRequestId();
        const connection = connections.get(ctx);
        // Only what operations use: this context lives as long as a subscription.
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          connectionParams: ctx.connectionParams,
          requestId,
          clientIp: connection?.ip,
          principal: principalOf(connection),
          [ALREADY_CHARGED]: true, // charged below, so a refusal is this operation's `error` message
        });
        try {
          const document = parse(payload.query);
          const errors = validate(schema, document);
          if (errors.length) return errors;
          const contextValue = await contextFactory();
          const refusal = await chargeOperation?.({ principal: contextValue.principal, ip: contextValue.clientIp, document, operationName: payload.operationName, requestId });
          if (refusal) return [refusal];
          return {
            schema,
            operationName: payload.operationName,
            document,
            variableValues: payload.variables,
            contextValue,
            rootValue: { execute, subscribe },
          };
        } catch (error) {
          // Syntax errors and refused credentials end this operation with an error message, not the socket.
          if (error instanceof GraphQLError || error instanceof AppError) return [maskError(error) as GraphQLError];
          logger.error({ err: error }, "graphql-ws subscribe failed");
          return [maskError(error) as GraphQLError];
        }
      },
    },
    { logger, keepAliveMs, maxPayload: maxPayloadBytes },
  );
  const wsServer = server.wss;

  return {
    /** The upgrade router (src/transport/upgrade.ts) hands it the sockets of yoga.graphqlEndpoint. */
    wsServer,
    /** Waits (up to `timeoutMs`) until every streaming operation has sent its `complete`. */
    async drain(timeoutMs = 2000) {
      const until = Date.now() + timeoutMs;
      while (streaming.size > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setImmediate(r));
    },
    /** Closes every socket (1001 Going Away) and the server; waits for each client to answer the close. */
    dispose: () => server.dispose(),
    /** Drops every socket still open, without waiting for its client (shutdown's last resort). */
    terminate(): void {
      for (const socket of wsServer.clients) socket.terminate();
    },
  };
}
