// JWT access tokens (seed 002): HS256, one hour by default, carrying the user's roles.
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";
import { ROLES, tierOf, type Role, type Tier } from "./principal.js";

const ISSUER = "agent-control-plane";
const AUDIENCE = "agent-control-plane";
export const ACCESS_TOKEN_TTL_SECONDS = 3600;

export interface AccessClaims {
  userId: string;
  name: string;
  roles: Role[];
  tier: Tier;
  /** The login (refresh-token family) the token belongs to: revoking the family ends the token too. */
  familyId: string | null;
}

interface VerifiedAccessClaims extends AccessClaims {
  expiresAt: Date;
}

export function looksLikeJwt(credential: string): boolean {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(credential);
}

export function createAccessTokens(secret: string) {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(claims: AccessClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
      const issuedAt = Math.floor(now.getTime() / 1000);
      const expiresAt = new Date((issuedAt + ACCESS_TOKEN_TTL_SECONDS) * 1000);
      const token = await new SignJWT({ name: claims.name, roles: claims.roles, tier: claims.tier, typ: "access", ...(claims.familyId ? { fam: claims.familyId } : {}) })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(claims.userId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },

    /** The claims of a valid token, or null (bad signature, expired, wrong audience, not an access token). */
    async verify(token: string, now: Date): Promise<VerifiedAccessClaims | null> {
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER,
          audience: AUDIENCE,
          algorithms: ["HS256"],
          currentDate: now,
        });
        const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is Role => ROLES.includes(r)) : [];
        if (payload.typ !== "access" || typeof payload.sub !== "string" || typeof payload.exp !== "number") return null;
        return {
          userId: payload.sub,
          name: String(payload.name ?? ""),
          roles,
          tier: tierOf(payload.tier),
          familyId: typeof payload.fam === "string" ? payload.fam : null,
          expiresAt: new Date(payload.exp * 1000),
        };
      } catch (error) {
        if (error instanceof joseErrors.JOSEError) return null;
        throw error;
      }
    },
  };
}

export type AccessTokens = ReturnType<typeof createAccessTokens>;
