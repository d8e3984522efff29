// Reading a request body safely: a size limit enforced before and while reading (a 5 MB body is
// refused after 1 MB, not buffered first), JSON only when declared as JSON, and UTF-8 that is
// valid — refused, never silently "repaired" with U+FFFD.
import { AppError } from "../errors.js";
import { jsonLimitProblem } from "../domain/json-limits.js";

/** The largest request body any route accepts (REST, /graphql, the WebSocket's messages). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A whole REST body may nest this deep; each JSON value inside it still obeys JSON_LIMITS. */
const MAX_BODY_DEPTH = 64;

const tooLarge = (limit: number) =>
  new AppError("PAYLOAD_TOO_LARGE", { message: `Request body is larger than ${limit} bytes`, details: { limit_bytes: limit } });

/** application/json or application/<something>+json, in UTF-8 (the only encoding JSON has, RFC 8259). */
function isJsonMediaType(contentType: string | null): boolean {
  if (!contentType) return false;
  const [type = "", ...parameters] = contentType.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json" && !/^application\/[\w.+-]+\+json$/.test(type)) return false;
  const charset = parameters.find((p) => p.startsWith("charset="))?.slice("charset=".length).replace(/"/g, "");
  return charset === undefined || charset === "utf-8" || charset === "utf8";
}

/** A Content-Length value as HTTP allows it: decimal digits only. */
export const DECIMAL_LENGTH = /^\d+$/;

/** The body's bytes, refusing it (PAYLOAD_TOO_LARGE) as soon as it is known to exceed `maxBytes`. */
export async function readBodyBytes(request: Request, maxBytes = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
  // A declared length within the limit bounds what can arrive (Node's HTTP parser never reads past
  // it), so the body is read in one go — far cheaper than pulling it through a ReadableStream reader.
  // The size is still checked, for bodies handed over in-process.
  if (declared !== null && DECIMAL_LENGTH.test(declared)) {
    // whatwg-node answers with a Buffer (a Uint8Array): used as it is, not copied.
    const body: ArrayBuffer | Uint8Array<ArrayBuffer> = await request.arrayBuffer();
    const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
    if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
    return bytes;
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new AppError("VALIDATION_ERROR", { message: "Request body is not valid UTF-8", details: { reason: "invalid UTF-8 byte sequence" } });
  }
}

/**
 * A JSON request body: undefined when empty; otherwise it must be declared JSON (415), fit the size
 * limit (413), be valid UTF-8 and JSON and nest at most `maxDepth` levels (400). The media type is
 * judged before a byte is read.
 */
export async function readJsonBody(request: Request, { maxBytes = MAX_BODY_BYTES, maxDepth = MAX_BODY_DEPTH } = {}): Promise<unknown> {
  const contentType = request.headers.get("content-type");
  const declaredJson = isJsonMediaType(contentType);
  if (contentType && !declaredJson) throw new AppError("UNSUPPORTED_MEDIA_TYPE", { details: { content_type: contentType } });
  const bytes = await readBodyBytes(request, maxBytes);
  const text = decodeUtf8(bytes);
  if (!text.trim()) return undefined;
  if (!declaredJson) throw new AppError("UNSUPPORTED_MEDIA_TYPE", { details: { content_type: null } });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AppError("VALIDATION_ERROR", { message: "Request body is not valid JSON", details: { reason: (error as Error).message } });
  }
  const problem = jsonLimitProblem(parsed, { maxDepth, maxBytes });
  if (problem) throw new AppError("VALIDATION_ERROR", { message: `Request body ${problem}`, details: { fields: [{ field: "(body)", message: problem }] } });
  return parsed;
}
