// The rules an API key carries itself (seed 003 "Security"): the addresses it may be used from and
// whether its requests must be signed. Looked up by the key's digest before authentication runs —
// from memory after the first request of a key, so an unsigned, unrestricted request pays one hash
// and one map lookup. Request signing: X-Timestamp (ISO 8601, within SIGNATURE_WINDOW_MS of the
// server's time) and X-Signature, the hex HMAC-SHA256 of `timestamp\nMETHOD\npath\nbody` with the
// key's signing secret, exactly as the seed's example computes it; each signature works once.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { Clock } from "../../clock.js";
import type { Db } from "../../db.js";
import { AppError } from "../../errors.js";
import { inAnyCidr, parseCidr, type Cidr } from "../../http/client-ip.js";
import { looksLikeJwt } from "../auth/access-tokens.js";
import { digest } from "../auth/secrets.js";
import { uniqueViolationOn } from "../prisma-errors.js";

const SIGNATURE_WINDOW_MS = 5 * 60_000;
const CACHE_TTL_MS = 60_000;
const CACHE_MAX = 10_000;

export interface KeyRules {
  apiKeyId: string;
  allowedIps: string[] | null;
  ranges: Cidr[] | null;
  signingSecret: string | null;
  requireSignature: boolean;
}

export interface SignedRequest {
  method: string;
  /** Path and query string as sent (`/api/spawn`, `/api/agents?status=running`). */
  path: string;
  timestamp: string | null;
  signature: string | null;
  /** The raw body (empty string when there is none). */
  body: () => Promise<string>;
}

/** The API key secret in an Authorization header, or null (no header, a JWT, another scheme). */
function apiKeySecretOf(authorization: string | null): string | null {
  const match = authorization ? /^(?:ApiKey|Bearer)\s+(\S+)\s*$/i.exec(authorization.trim()) : null;
  return match && !looksLikeJwt(match[1]!) ? match[1]! : null;
}

/** ISO 8601; without a zone it is UTC (Python's `datetime.utcnow().isoformat()`, as in the seed). */
function parseTimestamp(text: string): number {
  const value = /(Z|[+-]\d\d:?\d\d)$/i.test(text) ? text : `${text}Z`;
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?/.test(value) ? Date.parse(value) : NaN;
}

/** @public (bench, README examples) The signature a client sends. */
export function signRequest(secret: string, timestamp: string, method: string, path: string, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}\n${method.toUpperCase()}\n${path}\n${body}`).digest("hex");
}

export function createKeyGuard({ db, clock }: { db: Db; clock: Clock }) {
  const cache = new Map<string, { rules: KeyRules | null; at: number }>();

  async function rulesOf(secret: string): Promise<KeyRules | null> {
    const hash = digest(secret);
    const hit = cache.get(hash);
    if (hit && Date.now() - hit.at < CACHE_TTL_MS) return hit.rules;
    const key = await db.apiKey.findUnique({ where: { secretHash: hash }, select: { id: true, allowedIps: true, signingSecret: true, requireSignature: true } });
    const allowedIps = (key?.allowedIps as string[] | null | undefined) ?? null;
    const rules = key
      ? { apiKeyId: key.id, allowedIps, ranges: allowedIps?.map(parseCidr) ?? null, signingSecret: key.signingSecret, requireSignature: key.requireSignature }
      : null;
    if (cache.size >= CACHE_MAX) cache.clear(); // random keys must not grow it without bound
    cache.set(hash, { rules, at: Date.now() });
    return rules;
  }

  async function verifySignature(rules: KeyRules, request: SignedRequest): Promise<void> {
    if (!request.timestamp || !request.signature) throw new AppError("signature_required");
    const sent = parseTimestamp(request.timestamp);
    if (Number.isNaN(sent) || Math.abs(clock.now().getTime() - sent) > SIGNATURE_WINDOW_MS) {
      throw new AppError("signature_expired", { details: { server_time: clock.now().toISOString(), window_seconds: SIGNATURE_WINDOW_MS / 1000 } });
    }
    const expected = Buffer.from(signRequest(rules.signingSecret!, request.timestamp, request.method, request.path, await request.body()), "hex");
    const given = /^[0-9a-f]{64}$/i.test(request.signature) ? Buffer.from(request.signature, "hex") : Buffer.alloc(0);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError("signature_invalid");
    // Each signature once, on every instance: the row outlives the window in which it could be accepted.
    try {
      await db.usedSignature.create({ data: { signature: expected.toString("hex"), expiresAt: new Date(sent + SIGNATURE_WINDOW_MS) } });
    } catch (error) {
      if (uniqueViolationOn(error, "UsedSignature", ["signature"])) throw new AppError("signature_replayed");
      throw error;
    }
  }

  return {
    /**
     * The key's own rules for this request: throws `ip_not_allowed` outside its ranges and a
     * signature_* error when a signature is required (or sent) and does not hold. Resolves with the
     * key's rules (null when the header names no stored key: authentication refuses it next).
     */
    async admit(authorization: string | null, ip: string, signed: SignedRequest | null): Promise<KeyRules | null> {
      const secret = apiKeySecretOf(authorization);
      if (!secret) return null;
      const rules = await rulesOf(secret);
      if (!rules) return null;
      if (rules.ranges && !inAnyCidr(ip, rules.ranges)) throw new AppError("ip_not_allowed", { details: { your_ip: ip, scope: "api_key" } });
      if (signed && rules.signingSecret && (rules.requireSignature || signed.signature)) await verifySignature(rules, signed);
      else if (rules.requireSignature) throw new AppError("signature_required", { message: "This API key must sign its requests; it cannot open sockets" });
      return rules;
    },

    /** A key's rules changed or it was revoked: read them again. */
    forget(): void {
      cache.clear();
    },

    /** Signatures past their window (a periodic job). */
    async expire(): Promise<number> {
      return (await db.usedSignature.deleteMany({ where: { expiresAt: { lt: clock.now() } } })).count;
    },
  };
}
