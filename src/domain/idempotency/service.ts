// Seed 003 "Idempotency for Write Operations": a POST repeated with the same Idempotency-Key and the
// same body within 24 hours gets the first answer again, without doing anything twice; the same key
// with another body is 409. Keys belong to the principal that used them.
import { createHash } from "node:crypto";
import type { Clock } from "../../clock.js";
import type { Db } from "../../db.js";
import { AppError } from "../../errors.js";
import { uniqueViolationOn } from "../prisma-errors.js";

const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

export type Begun = { kind: "proceed" } | { kind: "replay"; status: number; body: string };

export function createIdempotencyService({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /** Claims the key for this request, or returns the answer given the first time. */
    async begin(principalId: string, key: string, request: { method: string; path: string; body: unknown }): Promise<Begun> {
      if (!VALID_KEY.test(key)) {
        throw new AppError("VALIDATION_ERROR", { message: "Idempotency-Key must be 1–255 visible ASCII characters", details: { fields: [{ field: "Idempotency-Key", message: "is not a valid key" }] } });
      }
      const bodyHash = createHash("sha256").update(`${request.method} ${request.path}\n${JSON.stringify(request.body)}`).digest("hex");
      const now = clock.now();
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          await db.idempotencyKey.create({ data: { principalId, key, method: request.method, path: request.path, bodyHash, createdAt: now } });
          return { kind: "proceed" };
        } catch (error) {
          if (!uniqueViolationOn(error, "IdempotencyKey", ["principalId", "key"])) throw error;
        }
        const first = await db.idempotencyKey.findUnique({ where: { principalId_key: { principalId, key } } });
        if (!first) continue; // expired and removed meanwhile: claim it again
        if (now.getTime() - first.createdAt.getTime() > IDEMPOTENCY_TTL_MS) {
          await db.idempotencyKey.deleteMany({ where: { principalId, key, createdAt: first.createdAt } });
          continue;
        }
        if (first.bodyHash !== bodyHash) throw new AppError("idempotency_key_reused", { details: { idempotency_key: key } });
        if (first.status === null) throw new AppError("idempotency_key_in_progress", { details: { idempotency_key: key } });
        return { kind: "replay", status: first.status, body: first.responseBody ?? "" };
      }
      throw new AppError("idempotency_key_in_progress", { details: { idempotency_key: key } });
    },

    /** Keeps the answer for replays; a server error forgets the key instead, so the client may retry. */
    async complete(principalId: string, key: string, status: number, body: string): Promise<void> {
      if (status >= 500) await db.idempotencyKey.deleteMany({ where: { principalId, key } });
      else await db.idempotencyKey.updateMany({ where: { principalId, key }, data: { status, responseBody: body } });
    },

    /** Janitor: keys older than 24 hours are forgotten. */
    async expire(): Promise<number> {
      const { count } = await db.idempotencyKey.deleteMany({ where: { createdAt: { lt: new Date(clock.now().getTime() - IDEMPOTENCY_TTL_MS) } } });
      return count;
    },
  };
}

export type IdempotencyService = ReturnType<typeof createIdempotencyService>;
