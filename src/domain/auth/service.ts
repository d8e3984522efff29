// Authentication (API keys, users, JWT access tokens, rotating refresh tokens) and the
// credential-management operations. Role and scope checks happen in the permission layer;
// this service decides what depends on data (a revoked key, a reused refresh token).
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../../clock.js";
import { Prisma, type Db } from "../../db.js";
import type { CredentialRevokedEvent, Events } from "../../events.js";
import type { ApiKey, User } from "../../generated/sqlite/client.js";
import { AppError } from "../../errors.js";
import { newId } from "../../ids.js";
import type { Logger } from "../../logger.js";
import { uniqueViolationOn } from "../prisma-errors.js";
import type { PageQuery } from "../query.js";
import { validate } from "../validation.js";
import { createPrincipalCache } from "./principal-cache.js";
import { ACCESS_TOKEN_TTL_SECONDS, createAccessTokens, looksLikeJwt, type AccessTokens } from "./access-tokens.js";
import { ANONYMOUS, ROLES, credentialExpired, SCOPES, TIERS, principalFor, tierOf, type Principal, type Role, type Scope, type Tier } from "./principal.js";
import { digest, hashPassword, randomSecret, verifyPassword } from "./secrets.js";
import { adminOnlyWhere } from "./visibility.js";
import { canonicalCidr } from "../security/ip-rules.js";

const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600 * 1000;
const LAST_USED_RESOLUTION_MS = 60_000;
const JWT_SECRET_SETTING = "jwt_secret";
const FIRST_ADMIN_KEY_SETTING = "first_admin_key_created_at";

export interface AuthServiceDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** From JWT_SECRET; when null a secret is generated once and kept in the database. */
  jwtSecret: string | null;
  /** Revocations are announced here, so every instance closes the connections opened with them. */
  events: Pick<Events, "publish">;
  /** Tier of new keys and users that name none (DEFAULT_TIER). */
  defaultTier?: Tier;
}

export interface CreateApiKeyInput {
  name: string;
  roles: Role[];
  scopes?: Scope[] | null;
  expiresAt?: Date | null;
  tier?: Tier | null;
  /** Seed 003: the addresses (CIDR ranges) the key may be used from; omit for anywhere. */
  allowedIps?: string[] | null;
  /** Seed 003 request signing: a signing secret is made (shown once) and every HTTP request must be signed. */
  requireSignature?: boolean | null;
}

export interface CreateUserInput {
  email: string;
  name: string;
  password: string;
  roles: Role[];
  tier?: Tier | null;
}

export interface TokenPair {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: User;
}

const ApiKeyInput = z.object({
  name: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  roles: z.array(z.enum(ROLES)).min(1, "at least one role is required"),
  scopes: z.array(z.enum(SCOPES)).min(1, "give at least one scope, or none to keep every scope the roles grant").nullish(),
  expiresAt: z.date().nullish(),
  tier: z.enum(TIERS).nullish(),
  allowedIps: z
    .array(z.string().trim().max(64).refine(isCidr, "must be an IPv4 or IPv6 address or CIDR range such as 10.0.0.0/8"))
    .min(1, "give at least one range, or omit the list for anywhere")
    .max(100)
    .nullish(),
  requireSignature: z.boolean().nullish(),
});

function isCidr(text: string): boolean {
  try {
    canonicalCidr(text);
    return true;
  } catch {
    return false;
  }
}

const UserInput = z.object({
  email: z.string().trim().toLowerCase().email("must be an email address"),
  name: z.string().trim().min(1, "must not be empty").max(100),
  password: z.string().min(12, "must be at least 12 characters").max(256),
  roles: z.array(z.enum(ROLES)).min(1, "at least one role is required"),
  tier: z.enum(TIERS).nullish(),
});

export function rolesOf(record: { roles: unknown }): Role[] {
  return (record.roles as string[]).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}

export function scopesOf(record: { scopes: unknown }): Scope[] | null {
  if (record.scopes === null || record.scopes === undefined) return null;
  return (record.scopes as string[]).filter((s): s is Scope => (SCOPES as readonly string[]).includes(s));
}

export function createAuthService({ db, clock, logger, jwtSecret, events, defaultTier = "pro" }: AuthServiceDeps) {
  let tokens: AccessTokens | null = jwtSecret ? createAccessTokens(jwtSecret) : null;
  const principals = createPrincipalCache();

  async function accessTokens(): Promise<AccessTokens> {
    if (tokens) return tokens;
    // First instance to start stores a generated secret; every later one reads the same row.
    const candidate = randomBytes(48).toString("base64url");
    await db.setting.upsert({
      where: { key: JWT_SECRET_SETTING },
      create: { key: JWT_SECRET_SETTING, value: candidate },
      update: {},
    });
    const stored = await db.setting.findUniqueOrThrow({ where: { key: JWT_SECRET_SETTING } });
    tokens = createAccessTokens(stored.value);
    return tokens;
  }

  async function principalForApiKey(secret: string): Promise<Principal | null> {
    const key = await db.apiKey.findUnique({ where: { secretHash: digest(secret) } });
    const now = clock.now();
    if (!key || key.revokedAt || (key.expiresAt && key.expiresAt <= now)) return null;
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      db.apiKey
        .update({ where: { id: key.id }, data: { lastUsedAt: now } })
        .catch((error: unknown) => logger.warn({ err: error, apiKeyId: key.id }, "could not record API key use"));
    }
    return principalFor("api_key", key.id, key.name, rolesOf(key), {
      narrowTo: scopesOf(key),
      tier: tierOf(key.tier),
      credential: { kind: "api_key", apiKeyId: key.id, expiresAt: key.expiresAt },
    });
  }

  /** null when the token is invalid or expired; AUTH_FAILED when its login was revoked. */
  async function principalForAccessToken(token: string): Promise<Principal | null> {
    const claims = await (await accessTokens()).verify(token, clock.now());
    if (!claims) return null;
    if (claims.familyId && (await familyRevoked(claims.familyId))) {
      throw new AppError("AUTH_FAILED", { message: "Access token belongs to a login that was revoked" });
    }
    return principalFor("user", claims.userId, claims.name, claims.roles, {
      tier: claims.tier,
      credential: { kind: "access_token", userId: claims.userId, familyId: claims.familyId, expiresAt: claims.expiresAt },
    });
  }

  /** A login whose refresh tokens were revoked (one was reused) no longer vouches for its access tokens. */
  async function familyRevoked(familyId: string): Promise<boolean> {
    const revoked = await db.refreshToken.findFirst({ where: { familyId, revokedAt: { not: null } }, select: { id: true } });
    return revoked !== null;
  }

  async function issueTokens(user: User, familyId: string): Promise<TokenPair> {
    const now = clock.now();
    const access = await (await accessTokens()).sign({ userId: user.id, name: user.name, roles: rolesOf(user), tier: tierOf(user.tier), familyId }, now);
    const refreshToken = randomSecret("rt");
    const refreshTokenExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_MS);
    await db.refreshToken.create({
      data: {
        id: newId("rtk", now),
        tokenHash: digest(refreshToken),
        familyId,
        userId: user.id,
        expiresAt: refreshTokenExpiresAt,
      },
    });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      refreshTokenExpiresAt,
      user,
    };
  }

  return {
    /**
     * The principal behind an Authorization header value. No header is anonymous; a header that
     * names no valid credential fails with AUTH_FAILED rather than silently becoming anonymous.
     */
    async authenticate(authorization: string | null | undefined): Promise<Principal> {
      if (!authorization) return ANONYMOUS;
      const match = /^(ApiKey|Bearer)\s+(\S+)\s*$/i.exec(authorization.trim());
      if (!match) {
        throw new AppError("AUTH_FAILED", {
          message: "Authorization must be 'ApiKey <key>' or 'Bearer <key or token>'",
        });
      }
      const [, scheme, credential] = match as unknown as [string, string, string];
      const isJwt = scheme.toLowerCase() === "bearer" && looksLikeJwt(credential);
      const principal = await principals.get(`${isJwt ? "token" : "key"}:${digest(credential)}`, () => (isJwt ? principalForAccessToken(credential) : principalForApiKey(credential)));
      if (!principal) throw new AppError("AUTH_FAILED", { message: isJwt ? "Access token is invalid or expired" : "API key is invalid, expired or revoked" });
      // Remembered for a second at most (src/domain/auth/principal-cache.ts); expiry is checked on every use.
      if (credentialExpired(principal, clock.now())) {
        throw new AppError("AUTH_FAILED", { message: isJwt ? "Access token is invalid or expired" : "API key is invalid, expired or revoked" });
      }
      return principal;
    },

    /** A credential was revoked (here or on another instance): no remembered principal outlives it. */
    forgetCredential(event: Pick<CredentialRevokedEvent, "kind" | "id">): void {
      principals.forget(event);
    },

    async createApiKey(actor: Principal, input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string; signingSecret: string | null }> {
      const data = validate(ApiKeyInput, input, "VALIDATION_ERROR");
      const now = clock.now();
      if (data.expiresAt && data.expiresAt <= now) {
        throw new AppError("VALIDATION_ERROR", {
          details: { fields: [{ field: "expiresAt", message: "must be in the future" }] },
        });
      }
      const secret = randomSecret("cpk");
      const signingSecret = data.requireSignature ? randomSecret("sig", 32) : null;
      const apiKey = await db.apiKey.create({
        data: {
          id: newId("key", now),
          name: data.name,
          prefix: secret.slice(0, 12),
          secretHash: digest(secret),
          roles: [...new Set(data.roles)],
          scopes: data.scopes ? [...new Set(data.scopes)] : undefined,
          expiresAt: data.expiresAt ?? null,
          createdBy: actor.id,
          tier: data.tier ?? defaultTier,
          allowedIps: data.allowedIps ? [...new Set(data.allowedIps.map(canonicalCidr))] : undefined,
          signingSecret,
          requireSignature: Boolean(data.requireSignature),
        },
      });
      return { apiKey, secret, signingSecret };
    },

    /**
     * Revoking is immediate (the principal cache forgets the key here, other instances on the event) and idempotent; sockets and streams
     * opened with the key close on every instance (announced again on a repeat, in case the first
     * announcement was lost in a pub/sub outage).
     */
    async revokeApiKey(actor: Principal, id: string): Promise<ApiKey> {
      const key = await db.apiKey.findFirst({ where: { id, ...adminOnlyWhere(actor) } });
      if (!key) throw new AppError("api_key_not_found", { details: { id } });
      const revoked = key.revokedAt ? key : await db.apiKey.update({ where: { id }, data: { revokedAt: clock.now() } });
      principals.forget({ kind: "api_key", id }); // here at once; other instances hear the event
      events.publish("credentialRevoked", { kind: "api_key", id, at: clock.now().toISOString() });
      return revoked;
    },

    async getApiKey(actor: Principal, id: string): Promise<ApiKey | null> {
      return db.apiKey.findFirst({ where: { id, ...adminOnlyWhere(actor) } });
    },

    /** Pothos connection arguments (take/skip/cursor/select) are passed through as `query`. */
    listApiKeys(actor: Principal, query: PageQuery) {
      return db.apiKey.findMany({ ...(query as object), where: adminOnlyWhere(actor), orderBy: { id: "asc" } });
    },

    countApiKeys(actor: Principal) {
      return db.apiKey.count({ where: adminOnlyWhere(actor) });
    },

    async createUser(_actor: Principal, input: CreateUserInput): Promise<User> {
      const data = validate(UserInput, input, "VALIDATION_ERROR");
      const now = clock.now();
      try {
        return await db.user.create({
          data: {
            id: newId("usr", now),
            email: data.email,
            name: data.name,
            passwordHash: await hashPassword(data.password),
            roles: [...new Set(data.roles)],
            tier: data.tier ?? defaultTier,
          },
        });
      } catch (error) {
        if (uniqueViolationOn(error, "User", ["email"])) throw new AppError("email_taken", { details: { email: data.email } });
        throw error;
      }
    },

    async getUser(actor: Principal, id: string): Promise<User | null> {
      return db.user.findFirst({ where: { id, ...adminOnlyWhere(actor) } });
    },

    async login(email: string, password: string): Promise<TokenPair> {
      const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
      // Verify against a dummy hash when the user is unknown so timing does not reveal which emails exist.
      const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !ok) throw new AppError("invalid_credentials");
      return issueTokens(user, newId("rtf", clock.now()));
    },

    /**
     * Rotation: a refresh token works once. Presenting one that was already used means it leaked,
     * so the whole family (every token descended from the same login) is revoked.
     */
    async refresh(refreshToken: string): Promise<TokenPair> {
      const now = clock.now();
      const stored = await db.refreshToken.findUnique({ where: { tokenHash: digest(refreshToken) } });
      if (!stored || stored.revokedAt || stored.expiresAt <= now) throw new AppError("invalid_refresh_token");
      const claimed = await db.refreshToken.updateMany({
        where: { id: stored.id, usedAt: null, revokedAt: null },
        data: { usedAt: now },
      });
      if (claimed.count === 0) {
        await db.refreshToken.updateMany({
          where: { familyId: stored.familyId, revokedAt: null },
          data: { revokedAt: now },
        });
        logger.warn({ familyId: stored.familyId, userId: stored.userId }, "refresh token reused; family revoked");
        principals.forget({ kind: "refresh_family", id: stored.familyId });
        events.publish("credentialRevoked", { kind: "refresh_family", id: stored.familyId, at: now.toISOString() });
        throw new AppError("invalid_refresh_token", {
          message: "Refresh token was already used; every token of this login has been revoked",
        });
      }
      const user = await db.user.findUniqueOrThrow({ where: { id: stored.userId } });
      return issueTokens(user, stored.familyId);
    },

    /** ADMIN_API_KEY: make sure an admin key with exactly this secret exists and works. */
    async ensureAdminKey(secret: string): Promise<ApiKey> {
      const now = clock.now();
      const secretHash = digest(secret);
      return db.apiKey.upsert({
        where: { secretHash },
        create: {
          id: newId("key", now),
          name: "admin (ADMIN_API_KEY)",
          prefix: secret.slice(0, 8),
          secretHash,
          roles: ["admin"],
          tier: "enterprise",
        },
        update: { roles: ["admin"], scopes: Prisma.DbNull, revokedAt: null, expiresAt: null, tier: "enterprise" },
      });
    },

    /** First start without ADMIN_API_KEY: create an admin key when none exists; its secret is shown once. */
    async createFirstAdminKey(): Promise<string | null> {
      if ((await db.apiKey.count()) > 0) return null;
      try {
        // A marker row makes this once-only even when several instances start together.
        await db.setting.create({ data: { key: FIRST_ADMIN_KEY_SETTING, value: clock.now().toISOString() } });
      } catch (error) {
        if (uniqueViolationOn(error, "Setting", ["key"])) return null;
        throw error;
      }
      const secret = randomSecret("cpk");
      await db.apiKey.create({
        data: {
          id: newId("key", clock.now()),
          name: "admin (first start)",
          prefix: secret.slice(0, 12),
          secretHash: digest(secret),
          roles: ["admin"],
          tier: "enterprise",
        },
      });
      return secret;
    },

    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
  };
}

const DUMMY_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$" + Buffer.alloc(64).toString("base64");

export type AuthService = ReturnType<typeof createAuthService>;
