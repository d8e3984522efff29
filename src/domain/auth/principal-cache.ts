// Authenticated principals, remembered for a second so a burst of requests with one credential costs
// one lookup (the API key row, or the login's refresh family) instead of one per request. A revocation
// forgets at once: on this instance directly, on the others through the `credentialRevoked` topic
// (src/transport/credential-watch.ts passes it on); without pub/sub the entry still lapses within TTL_MS.
// Expiry is compared with the injectable clock on every use, so a cached credential never outlives it.
import { AsyncLocalStorage } from "node:async_hooks";
import type { CredentialRevokedEvent } from "../../events.js";
import type { Principal } from "./principal.js";

/** How long a looked-up principal is trusted without looking again: the bound on a missed revocation. */
const TTL_MS = 1_000;
/** Distinct credentials remembered at once; beyond it the oldest go first. */
const MAX_ENTRIES = 10_000;

/**
 * Runs a function outside any request's async context. A lookup serves every request that presents the
 * credential meanwhile, so it belongs to none of them (nor to their SQL counts, logs or traces).
 */
const detached = AsyncLocalStorage.snapshot();

interface Entry {
  principal: Promise<Principal | null>;
  until: number;
}

export interface PrincipalCache {
  /**
   * The principal for `key` (a digest of the credential): remembered, or found by `lookup` — once for
   * every concurrent caller. A lookup that fails or finds nothing is not remembered.
   */
  get(key: string, lookup: () => Promise<Principal | null>): Promise<Principal | null>;
  /** Forgets every principal the revoked credential (an API key, a login's refresh family) authenticated. */
  forget(event: Pick<CredentialRevokedEvent, "kind" | "id">): void;
}

function revokedBy(principal: Principal, event: Pick<CredentialRevokedEvent, "kind" | "id">): boolean {
  const credential = principal.credential;
  if (event.kind === "api_key") return credential?.kind === "api_key" && credential.apiKeyId === event.id;
  return credential?.kind === "access_token" && credential.familyId === event.id;
}

export function createPrincipalCache(now: () => number = () => performance.now()): PrincipalCache {
  const entries = new Map<string, Entry>();
  const settled = new Map<string, Principal>(); // the resolved ones, for forget()
  // Bumped by every revocation: a lookup that began before one is not remembered (it may predate it).
  let generation = 0;

  function drop(key: string) {
    entries.delete(key);
    settled.delete(key);
  }

  return {
    get(key, lookup) {
      const at = now();
      const hit = entries.get(key);
      if (hit && hit.until > at) return hit.principal;
      if (hit) drop(key);
      if (entries.size >= MAX_ENTRIES) drop(entries.keys().next().value!);
      const began = generation;
      const principal = detached(lookup).then(
        (found) => {
          if (!found || generation !== began) {
            if (entries.get(key) === entry) drop(key);
          } else if (entries.get(key) === entry) {
            settled.set(key, found);
          }
          // Shared by every request that presents the credential within TTL_MS: nobody may change it.
          if (found) for (const part of [found, found.roles, found.scopes, found.credential]) if (part) Object.freeze(part);
          return found;
        },
        (error: unknown) => {
          if (entries.get(key) === entry) drop(key);
          throw error;
        },
      );
      const entry: Entry = { principal, until: at + TTL_MS };
      entries.set(key, entry);
      return principal;
    },

    forget(event) {
      generation++;
      for (const [key, principal] of settled) if (revokedBy(principal, event)) drop(key);
      // Lookups still in flight may predate the revocation: they answer their callers, but are not kept.
      for (const key of entries.keys()) if (!settled.has(key)) entries.delete(key);
    },
  };
}
