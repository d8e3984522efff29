// graphql-ws (the graphql-transport-ws protocol) on the /graphql path of the HTTP server.
// Credentials come in connectionParams.authorization; a bad one closes the socket with 4403, and so
// does the credential ending (revoked, expired) while the socket is open — the reason says why.
// Every operation then runs through yoga's envelope, so it gets the same context, permission
// layer and error masking as HTTP.
import type { IncomingMessage } from "node:http";
import { GraphQLError, type DocumentNode, type ExecutionArgs } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import type { YogaServerInstance } from "graphql-yoga";
import { WebSocketServer } from "ws";
import { credentialExpired, type Principal } from "../domain/auth/principal.js";
import type { AuthService } from "../domain/auth/service.js";
import { AppError } from "../errors.js";
import { newRequestId } from "../http/request-id.js";
import type { Clock } from "../clock.js";
import type { Logger } from "../logger.js";
import { maskError } from "../graphql/errors.js";
import type { CredentialWatch } from "./credential-watch.js";
import { ALREADY_CHARGED } from "../limits/gate.js";

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
}

export function attachGraphQLWs({ yoga, auth, clock, logger, connectionInitWaitTimeoutMs, credentials, maxPayloadBytes, chargeOperation, admit, clientIp }: WsDeps) {
  // The upgrade router (src/transport/upgrade.ts) hands this server the sockets of yoga.graphqlEndpoint.
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: maxPayloadBytes });

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

  const server = useServer(
    {
      connectionInitWaitTimeout: connectionInitWaitTimeoutMs,
      onConnect: async (ctx) => {
        try {
          const { socket, request } = ctx.extra;
          await admit?.(authorizationFromParams(ctx.connectionParams), request);
          const principal = await auth.authenticate(authorizationFromParams(ctx.connectionParams));
          connections.set(ctx, { principal, ip: clientIp(request), number: ++sockets });
          // graphql-ws keeps `extra` as long as the socket is open; the upgrade request (its headers,
          // raw headers and stream state, ~2 KB) is needed no more: its address is in the connection.
          (ctx.extra as { request?: IncomingMessage }).request = undefined;
          const unwatch = credentials.watch(principal, (reason) => socket.close(CLOSE_FORBIDDEN, reason));
          socket.once("close", unwatch);
          if (socket.readyState !== socket.OPEN) unwatch(); // closed while authenticating: "close" has passed
          return true;
        } catch (error) {
          if (error instanceof AppError) return false; // graphql-ws closes with 4403 Forbidden
          throw error;
        }
      },
      onOperation: (ctx, id, _payload, _args, result) => {
        if (result && typeof result === "object" && Symbol.asyncIterator in result) streaming.add(key(ctx, id));
      },
      onComplete: (ctx, id) => void streaming.delete(key(ctx, id)),
      onError: (ctx, id) => void streaming.delete(key(ctx, id)),
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args) as never,
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args) as never,
      onSubscribe: async (ctx, _id, payload) => {
        const requestId = newRequestId();
        const connection = connections.get(ctx);
        // Only what operations use: this context lives as long as a subscription.
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          connectionParams: ctx.connectionParams,
          params: payload,
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
    wsServer,
  );

  return {
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
