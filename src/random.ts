// Random hex for ids (request ids, object ids): bytes from the CSPRNG, drawn in 4 KiB batches and
// handed out once each — what Node's crypto.randomUUID does with its cache. One randomBytes call per
// id was a synchronous RandomBytesJob on every request (request id, audit entry id).
import { randomFillSync } from "node:crypto";

const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let offset = POOL_BYTES;

/** `bytes` random bytes (at most 4096) as lowercase hex. */
export function randomHex(bytes: number): string {
  if (offset + bytes > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const hex = pool.toString("hex", offset, offset + bytes);
  offset += bytes;
  return hex;
}
