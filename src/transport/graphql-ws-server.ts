// graphql-ws's protocol server (makeServer) on `ws` sockets: what graphql-ws's `useServer` does,
// without its per-socket closures, listeners and timers. Thousands of sockets stay open at once, so a
// socket costs one small object here, and one interval pings every socket.
import type { IncomingMessage } from "node:http";
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from "graphql-ws";
import { WebSocket, WebSocketServer } from "ws";
import type { Logger } from "../logger.js";

/** What graphql-ws's hooks find in `ctx.extra`. The request is there until `onConnect` lets it go. */
interface SocketExtra {
  socket: WebSocket;
  request?: IncomingMessage;
}

/** The protocol server's view of one socket; its methods are on the prototype. */
class ProtocolSocket {
  /** The protocol server's handler of each message. */
  receive: ((data: string) => Promise<void>) | null = null;
  /** Ends the protocol server's side of the socket (its operations). */
  closed: ((code: number, reason: string) => Promise<void>) | null = null;
  /** A ping is out and its pong has not come back. */
  awaitingPong = false;
  /** Closes the socket unless `connection_init` arrives first. */
  initTimer: NodeJS.Timeout | null = null;

  constructor(readonly socket: WebSocket) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  /** Resolves once the message is written, so a stream waits for a slow client rather than piling up. */
  send(data: string): Promise<void> {
    const { socket } = this;
    if (socket.readyState !== WebSocket.OPEN) return Promise.resolve();
    return new Promise((resolve, reject) => socket.send(data, (error) => (error ? reject(error) : resolve())));
  }

  close(code: number, reason: string): void {
    this.socket.close(code, reason);
  }

  onMessage(receive: (data: string) => Promise<void>): void {
    this.receive = receive;
  }
}

export interface GraphQLWsServerOptions {
  logger: Logger;
  /** How often every socket is pinged; one that has not answered the previous ping is dropped. 0: never. */
  keepAliveMs: number;
  /** Largest message accepted; a bigger one closes the socket with 1009 (Message Too Big). */
  maxPayload: number;
}

function initTimedOut(socket: WebSocket): void {
  socket.close(CloseCode.ConnectionInitialisationTimeout, "Connection initialisation timeout");
}

/** A WebSocket server speaking graphql-ws (sockets are handed to it with `handleUpgrade`). */
export function createGraphQLWsServer(options: ServerOptions<Record<string, unknown>, SocketExtra>, { logger, keepAliveMs, maxPayload }: GraphQLWsServerOptions) {
  // makeServer's own wait keeps its timer (and the socket's context) until it fires, long after
  // connection_init came; this one is cleared as connection_init arrives.
  const { connectionInitWaitTimeout = 3_000, onConnect } = options;
  const server = makeServer({
    ...options,
    connectionInitWaitTimeout: 0,
    onConnect: (ctx) => {
      const { link } = ctx.extra.socket as GraphQLWebSocket;
      if (link?.initTimer) {
        clearTimeout(link.initTimer);
        link.initTimer = null;
      }
      return onConnect?.(ctx);
    },
  });

  const internalError = (socket: WebSocket, error: unknown, what: string) => {
    logger.error({ err: error }, what);
    socket.close(CloseCode.InternalServerError, "Internal server error");
  };

  /**
   * A socket that hands its events to its protocol side itself: no listeners (an emitter's listener
   * table is ~0.3 KB per socket), and listeners added by others are still called.
   */
  class GraphQLWebSocket extends WebSocket {
    link: ProtocolSocket | null = null;

    override emit(event: string | symbol, ...args: unknown[]): boolean {
      const { link } = this;
      if (link) {
        switch (event) {
          case "message":
            link.receive?.(String(args[0])).catch((error) => internalError(this, error, "graphql-ws message failed"));
            break;
          case "pong":
            link.awaitingPong = false;
            break;
          case "error":
            // ws closes the socket itself (1009 for a message over maxPayload); this only records why.
            logger.warn({ err: args[0] }, "graphql-ws socket error");
            if (this.listenerCount("error") === 0) return true; // handled: an unheard "error" would throw
            break;
          case "close":
            this.link = null;
            if (link.initTimer) clearTimeout(link.initTimer);
            link.closed?.(args[0] as number, String(args[1])).catch((error) => logger.error({ err: error }, "graphql-ws close failed"));
            break;
        }
      }
      return super.emit(event, ...args);
    }
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload, WebSocket: GraphQLWebSocket, handleProtocols });
  wss.on("connection", (ws: GraphQLWebSocket, request: IncomingMessage) => {
    const link = new ProtocolSocket(ws);
    ws.link = link;
    link.closed = server.opened(link, { socket: ws, request });
    if (connectionInitWaitTimeout > 0 && ws.readyState === WebSocket.OPEN) link.initTimer = setTimeout(initTimedOut, connectionInitWaitTimeout, ws);
  });
  wss.on("error", (error) => {
    for (const ws of wss.clients) internalError(ws, error, "graphql-ws server error");
  });

  const keepAlive =
    keepAliveMs > 0
      ? setInterval(() => {
          for (const ws of wss.clients) {
            const { link } = ws as GraphQLWebSocket;
            if (!link || ws.readyState !== WebSocket.OPEN) continue;
            if (link.awaitingPong) {
              ws.terminate(); // silent for a whole interval: the peer is gone
              continue;
            }
            link.awaitingPong = true;
            ws.ping();
          }
        }, keepAliveMs).unref()
      : null;

  return {
    wss,
    /** Closes every socket (1001 Going Away) and the server; waits for each client to answer the close. */
    async dispose(): Promise<void> {
      if (keepAlive) clearInterval(keepAlive);
      for (const ws of wss.clients) ws.close(1001, "Going away");
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
