// Limits on every JSON value a client sends (session context, message metadata, workflow inputs,
// system task parameters — anything typed JSONObject), checked before any database work: a value
// nested hundreds of levels deep would otherwise fail deep inside the database driver.

interface JsonLimits {
  /** Levels of nested objects/arrays; `{"a": 1}` is 1 level, `{"a": {"b": []}}` is 3. */
  maxDepth: number;
  /** Bytes of the value written as JSON (UTF-8). */
  maxBytes: number;
}

/** Every JSON input: the largest documented one is a session context (256 KB). */
export const JSON_LIMITS: JsonLimits = { maxDepth: 32, maxBytes: 256 * 1024 };

/** Does `value` nest deeper than `maxDepth`? Stops looking past the limit, so the walk stays shallow. */
function deeperThan(value: unknown, maxDepth: number, depth = 0): boolean {
  if (value === null || typeof value !== "object") return false;
  if (depth + 1 > maxDepth) return true;
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (deeperThan(child, maxDepth, depth + 1)) return true;
  }
  return false;
}

/** What is wrong with `value` as a JSON input, or null when it is within the limits. */
export function jsonLimitProblem(value: unknown, limits: JsonLimits = JSON_LIMITS): string | null {
  if (deeperThan(value, limits.maxDepth)) return `must not nest deeper than ${limits.maxDepth} levels`;
  // Within the depth limit, writing the value out cannot overflow the stack.
  const bytes = Buffer.byteLength(JSON.stringify(value) ?? "");
  if (bytes > limits.maxBytes) return `must be at most ${limits.maxBytes} bytes of JSON (got ${bytes})`;
  return null;
}
