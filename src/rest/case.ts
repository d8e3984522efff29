// REST bodies are snake_case (the seeds); GraphQL is camelCase.
const toCamel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const toSnake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Renames object keys to camelCase, deeply, so unknown or misspelt fields still reach GraphQL's
 * input validation (and are refused there). Values under `freeform` keys (user data such as a
 * session context or message metadata) are passed through untouched.
 */
export function camelizeKeys(value: unknown, freeform: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => camelizeKeys(item));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [toCamel(k), freeform.includes(k) ? v : camelizeKeys(v)]),
  );
}

/** "config.maxTokens" → "config.max_tokens" */
export const snakePath = (path: string) => path.split(".").map(toSnake).join(".");
