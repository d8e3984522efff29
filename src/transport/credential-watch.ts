// Live connections (graphql-ws sockets, SSE streams, the legacy WebSocket protocols) honour their
// credential while they are open: a connection registers the principal it authenticated as, and is
// told to end when that credential is revoked (announced on the `credentialRevoked` topic, so every
// instance hears it) or expires (a sweep compares the injectable clock with the expiry — a timer
// alone could not see a test's fake clock).
import type { Clock } from "../clock.js";
import type { Credential, Principal } from "../domain/auth/principal.js";
import type { CredentialRevokedEvent, Events } from "../events.js";
import type { Logger } from "../logger.js";

/** Why a connection ended; graphql-ws sends it as the 4403 close reason, SSE as the last error. */
export type CredentialEndReason = "API key revoked" | "API key expired" | "access token expired" | "login revoked (refresh token reused)";

export interface CredentialWatch {
  /**
   * Calls `onEnd(reason)` once, when the credential `principal` authenticated with is revoked or
   * expires. Returns the function that stops watching (call it when the connection closes).
   * Principals without a credential (anonymous, the system) are never ended.
   */
  watch(principal: Principal, onEnd: (reason: CredentialEndReason) => void): () => void;
  /** Connections currently watched on this instance. */
  watching(): number;
  /** Starts hearing revocations (once the pub/sub listener is live) and the expiry sweep. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

interface CredentialWatchDeps {
  events: Pick<Events, "listen">;
  clock: Clock;
  logger: Logger;
  /** How often expiries are compared with the clock; bounds how late an expired credential is noticed. */
  sweepIntervalMs?: number;
  /** Told of every revocation heard, before connections end (the authentication cache forgets the credential). */
  onRevoked?: (event: CredentialRevokedEvent) => void;
}

/** A revocation heard this recently also ends a connection that registers just after it (the race between authenticating and watching). */
const REMEMBER_REVOCATIONS_MS = 60_000;

interface Entry {
  credential: Credential;
  onEnd: (reason: CredentialEndReason) => void;
}

function revokedBy(credential: Credential, event: Pick<CredentialRevokedEvent, "kind" | "id">): CredentialEndReason | null {
  if (event.kind === "api_key" && credential.kind === "api_key" && credential.apiKeyId === event.id) return "API key revoked";
  if (event.kind === "refresh_family" && credential.kind === "access_token" && credential.familyId === event.id) {
    return "login revoked (refresh token reused)";
  }
  return null;
}

function expiredBy(credential: Credential, now: Date): CredentialEndReason | null {
  if (!credential.expiresAt || credential.expiresAt > now) return null;
  return credential.kind === "api_key" ? "API key expired" : "access token expired";
}

export function createCredentialWatch({ events, clock, logger, sweepIntervalMs = 250, onRevoked }: CredentialWatchDeps): CredentialWatch {
  const entries = new Set<Entry>();
  /** `kind:id` → when it was heard (process time, only for forgetting). */
  const recentRevocations = new Map<string, { event: CredentialRevokedEvent; heardAt: number }>();
  let stopListening: (() => Promise<void>) | null = null;
  let sweeper: NodeJS.Timeout | null = null;

  function end(entry: Entry, reason: CredentialEndReason) {
    if (!entries.delete(entry)) return;
    try {
      entry.onEnd(reason);
    } catch (error) {
      logger.error({ err: error, reason }, "ending a connection whose credential ended failed");
    }
  }

  function revoked(event: CredentialRevokedEvent) {
    onRevoked?.(event);
    recentRevocations.set(`${event.kind}:${event.id}`, { event, heardAt: Date.now() });
    // In registration order: a socket is ended before the streams it carries.
    for (const entry of [...entries]) {
      const reason = revokedBy(entry.credential, event);
      if (reason) end(entry, reason);
    }
  }

  function sweep() {
    const now = clock.now();
    for (const entry of [...entries]) {
      const reason = expiredBy(entry.credential, now);
      if (reason) end(entry, reason);
    }
    const forgetBefore = Date.now() - REMEMBER_REVOCATIONS_MS;
    for (const [key, { heardAt }] of recentRevocations) if (heardAt < forgetBefore) recentRevocations.delete(key);
  }

  return {
    watch(principal, onEnd) {
      const credential = principal.credential;
      if (!credential) return () => undefined;
      const entry: Entry = { credential, onEnd };
      entries.add(entry);
      // Already over (revoked while the connection authenticated, or expired): end it right after registering.
      const already =
        [...recentRevocations.values()].map(({ event }) => revokedBy(credential, event)).find((r) => r !== null) ??
        expiredBy(credential, clock.now());
      if (already) queueMicrotask(() => end(entry, already));
      return () => void entries.delete(entry);
    },

    watching: () => entries.size,

    async start() {
      stopListening = await events.listen("credentialRevoked", revoked);
      sweeper = setInterval(sweep, sweepIntervalMs);
      sweeper.unref();
    },

    async stop() {
      if (sweeper) clearInterval(sweeper);
      sweeper = null;
      await stopListening?.();
      stopListening = null;
      entries.clear();
    },
  };
}
