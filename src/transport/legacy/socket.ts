// What both legacy WebSocket protocols (seed 001 /v1/ws, seed 002 /ws/v1/connect) share: heartbeats,
// slow-consumer protection, live subscriptions over the services' event streams, the request limits per
// command, and closing when the credential ends or the server stops. Each protocol only decides the
// shape of its messages.
import type { IncomingMessage } from "node:http";
import type { WebSocket } from "ws";
import type { Clock } from "../../clock.js";
import type { Principal } from "../../domain/auth/principal.js";
import type { Services } from "../../domain/services.js";
import { AppError } from "../../errors.js";
import { newRequestId } from "../../http/request-id.js";
import type { Logger } from "../../logger.js";
import type { OperationClass } from "../../limits/policies.js";
import type { CredentialWatch } from "../credential-watch.js";

/** Close codes of the legacy sockets (README "Live events for existing clients"). */
export const CLOSE = {
  /** The server is stopping. */
  goingAway: 1001,
  /** Something unexpected failed on the server. */
  internal: 1011,
  /** Missing or refused credentials (seed 001 token, seed 002 auth message). */
  unauthorized: 4401,
  /** The credential the socket was opened with was revoked or expired (as graphql-ws). */
  credentialEnded: 4403,
  /** No auth message in time (seed 002), or no pong/message within two heartbeat intervals. */
  timeout: 4408,
  /** The client reads too slowly: its unsent messages passed LEGACY_WS_MAX_BUFFERED_BYTES. */
  slowConsumer: 4008,
} as const;

/** How long a closed socket may take to answer the close frame before it is cut (shutdown cuts sooner). */
const CLOSE_GRACE_MS = 5_000;

interface LegacyOptions {
  heartbeatMs: number;
  maxBufferedBytes: number;
  /** Seed 002: how long the client has to send its auth message. */
  authTimeoutMs: number;
}

export interface LegacyDeps {
  services: Services;
  clock: Clock;
  credentials: CredentialWatch;
  logger: Logger;
  options: LegacyOptions;
  /** Client address of the upgrade request (request limits per IP). */
  clientIp: (req: IncomingMessage) => string;
  /** Request limits are on (RATE_LIMITS). */
  limitsEnabled: boolean;
}

/** An event stream a command opened: pumped into the socket until unsubscribed or closed. */
interface Live {
  iterator: AsyncIterator<unknown>;
}

/** Ends an event stream (its pub/sub listener is released). */
function stop(iterator: AsyncIterator<unknown>): void {
  Promise.resolve(iterator.return?.()).catch(() => undefined);
}

/** One legacy socket: the protocol handlers call `send`, `subscribe`, `charge`, `close`. */
export class LegacySocket {
  principal: Principal | null = null;
  private readonly live = new Map<string, Live>();
  private alive = true;
  private heartbeat: NodeJS.Timeout | null = null;
  private unwatch: (() => void) | null = null;
  private closed = false;

  constructor(
    readonly ws: WebSocket,
    readonly req: IncomingMessage,
    private readonly deps: LegacyDeps,
    /** Called on each heartbeat tick while the socket is healthy (seed 002 also sends a heartbeat message). */
    private readonly onBeat?: () => void,
  ) {
    ws.on("pong", () => (this.alive = true));
    ws.on("message", () => (this.alive = true));
    ws.once("close", () => this.dispose());
    this.heartbeat = setInterval(() => this.beat(), deps.options.heartbeatMs);
    this.heartbeat.unref();
  }

  /** Authenticated: from now on the socket ends with its credential. */
  authenticated(principal: Principal): void {
    this.principal = principal;
    this.unwatch = this.deps.credentials.watch(principal, (reason) => this.close(CLOSE.credentialEnded, reason));
    if (this.closed) this.unwatch();
  }

  /** Sends a message unless the client lags too far behind, in which case it is disconnected. */
  send(message: unknown): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.deps.options.maxBufferedBytes) {
      this.close(CLOSE.slowConsumer, "slow consumer: send buffer limit exceeded");
      return;
    }
    this.ws.send(JSON.stringify(message));
  }

  /** Charges one command against the request limits; the refusal to report, or null. */
  async charge(operationClass: OperationClass): Promise<AppError | null> {
    if (!this.deps.limitsEnabled || !this.principal) return null;
    const verdict = await this.deps.services.requestLimits.charge({
      principal: this.principal,
      ip: this.deps.clientIp(this.req),
      operationClass,
      requestId: newRequestId(),
    });
    if (verdict.allowed) return null;
    const b = verdict.budget;
    return new AppError("rate_limit_exceeded", {
      details: { retry_after: verdict.retryAfterSeconds, ...(b ? { policy: b.policy, scope: b.scope, limit: b.limit, window_seconds: b.windowSeconds } : {}) },
    });
  }

  /**
   * Opens a live stream (a service's subscription: access is checked when it opens) and hands each
   * event to `deliver`, in order, until `unsubscribe(id)` or the socket closes.
   */
  subscribe<T>(id: string, iterator: AsyncIterableIterator<T>, deliver: (event: T) => Promise<void> | void): void {
    if (this.closed) {
      stop(iterator);
      return;
    }
    this.live.set(id, { iterator });
    (async () => {
      try {
        for await (const event of iterator) {
          if (this.closed) break;
          try {
            await deliver(event);
          } catch (error) {
            // One event that can no longer be shown (deleted meanwhile, access lost) does not end the stream.
            if (!(error instanceof AppError)) this.deps.logger.warn({ err: error }, "legacy socket could not deliver an event");
          }
        }
      } catch (error) {
        this.deps.logger.warn({ err: error }, "legacy socket event stream failed");
      } finally {
        this.live.delete(id);
      }
    })().catch(() => undefined); // every failure is handled inside
  }

  /** Closed, or closing (its client may still be reading the close frame). */
  get isClosed(): boolean {
    return this.closed;
  }

  subscriptionIds(): string[] {
    return [...this.live.keys()];
  }

  unsubscribe(id: string): boolean {
    const entry = this.live.get(id);
    if (!entry) return false;
    this.live.delete(id);
    stop(entry.iterator);
    return true;
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.ws.close(code, reason);
    this.dispose();
    // A client that never answers the close frame is dropped; a slow one gets a few seconds to read its backlog and see why.
    setTimeout(() => this.ws.terminate(), CLOSE_GRACE_MS).unref();
  }

  private beat(): void {
    if (!this.alive) {
      this.close(CLOSE.timeout, "heartbeat timeout");
      return;
    }
    this.alive = false;
    this.ws.ping();
    this.onBeat?.();
  }

  private dispose(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.unwatch?.();
    for (const id of [...this.live.keys()]) this.unsubscribe(id);
  }
}

/** A client's mistake or a refusal, as the code, message and details both protocols report. */
export function describeError(error: unknown, logger: Logger): AppError {
  if (error instanceof AppError) return error;
  logger.error({ err: error }, "legacy socket command failed");
  return new AppError("INTERNAL_ERROR");
}
