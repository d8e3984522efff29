// An OpenAI Chat Completions request, read strictly: every parameter of the API is either honoured or
// refused with `unsupported_parameter` naming it — never silently ignored, so a client that asks for
// tools or n = 3 learns at once that it will not get them.
import { AppError } from "../../errors.js";
import type { CallOverrides } from "../runtime/runtime.js";
import type { ChatMessage } from "../runtime/providers/provider.js";

export interface ChatCall {
  model: string;
  history: ChatMessage[];
  overrides: CallOverrides;
  stream: boolean;
  includeUsage: boolean;
}

/** Parameters of the OpenAI API this server does not do: refused by name. */
const UNSUPPORTED = new Set([
  "tools", "tool_choice", "functions", "function_call", "parallel_tool_calls", "logprobs", "top_logprobs",
  "response_format", "audio", "modalities", "logit_bias", "seed", "prediction", "store", "reasoning_effort",
  "service_tier", "web_search_options", "verbosity", "prompt_cache_key", "safety_identifier",
]);

/** Honoured (or checked and harmless: `user`, `metadata` are the caller's labels, `n` must be 1). */
const KNOWN = new Set([
  "model", "messages", "temperature", "top_p", "max_tokens", "max_completion_tokens", "stop", "n", "user", "stream",
  "stream_options", "metadata", "frequency_penalty", "presence_penalty",
]);

const MAX_MESSAGES = 1_000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text must be well-formed Unicode (README "Input limits"): a lone surrogate is refused, never repaired. */
function wellFormed(text: string, param: string): string {
  if (LONE_SURROGATE.test(text)) throw invalid(param, "must be well-formed Unicode (it holds a lone surrogate)");
  return text;
}
const MAX_STOP = 4;

function invalid(param: string, message: string): AppError {
  return new AppError("VALIDATION_ERROR", { message: `Invalid '${param}': ${message}`, details: { param, fields: [{ field: param, message }] } });
}

function unsupported(param: string, message: string): AppError {
  return new AppError("unsupported_parameter", { message, details: { param } });
}

function number(body: Record<string, unknown>, param: string, min: number, max: number): number | undefined {
  const value = body[param];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) throw invalid(param, `must be a number from ${min} to ${max}`);
  return value;
}

function integer(body: Record<string, unknown>, param: string, min: number, max: number): number | undefined {
  const value = number(body, param, min, max);
  if (value !== undefined && !Number.isInteger(value)) throw invalid(param, "must be an integer");
  return value;
}

/** A message's content: a string, or text parts (other part types — images, audio, files — are refused). */
function contentOf(content: unknown, at: string): string {
  if (typeof content === "string") return wellFormed(content, `${at}.content`);
  if (!Array.isArray(content)) throw invalid(`${at}.content`, "must be a string or an array of content parts");
  return content
    .map((part: unknown, i) => {
      const p = part as { type?: unknown; text?: unknown } | null;
      if (!p || typeof p !== "object") throw invalid(`${at}.content[${i}]`, "must be a content part object");
      if (p.type !== "text") throw unsupported(`${at}.content[${i}].type`, `Content parts of type '${String(p.type)}' are not supported; only 'text'`);
      if (typeof p.text !== "string") throw invalid(`${at}.content[${i}].text`, "must be a string");
      return wellFormed(p.text, `${at}.content[${i}].text`);
    })
    .join("");
}

function messagesOf(value: unknown): ChatMessage[] {
  if (!Array.isArray(value) || value.length === 0) throw invalid("messages", "must be a non-empty array");
  if (value.length > MAX_MESSAGES) throw invalid("messages", `must have at most ${MAX_MESSAGES} messages`);
  return value.map((raw: unknown, i) => {
    const at = `messages[${i}]`;
    const m = raw as Record<string, unknown> | null;
    if (!m || typeof m !== "object" || Array.isArray(m)) throw invalid(at, "must be an object");
    const role = m.role === "developer" ? "system" : m.role;
    if (role === "tool" || role === "function") throw unsupported(`${at}.role`, `Messages with role '${String(m.role)}' are not supported (no tools)`);
    if (role !== "system" && role !== "user" && role !== "assistant") throw invalid(`${at}.role`, "must be one of system, developer, user, assistant");
    if (m.tool_calls !== undefined || m.function_call !== undefined || m.audio !== undefined) {
      throw unsupported(`${at}.${m.tool_calls !== undefined ? "tool_calls" : m.function_call !== undefined ? "function_call" : "audio"}`, "Tool calls and audio in messages are not supported");
    }
    if (m.name !== undefined && typeof m.name !== "string") throw invalid(`${at}.name`, "must be a string");
    if (role === "assistant" && (m.content === null || m.content === undefined)) return { role, content: "" };
    return { role, content: contentOf(m.content, at) };
  });
}

export function parseChatRequest(input: unknown): ChatCall {
  if (!input || typeof input !== "object" || Array.isArray(input)) throw invalid("(body)", "must be a JSON object");
  const body = input as Record<string, unknown>;
  for (const key of Object.keys(body)) {
    if (UNSUPPORTED.has(key) && body[key] !== null && body[key] !== false) throw unsupported(key, `'${key}' is not supported by this server`);
    if (!KNOWN.has(key) && !UNSUPPORTED.has(key)) throw unsupported(key, `Unrecognized request argument supplied: ${key}`);
  }
  if (typeof body.model !== "string" || !body.model.trim()) throw invalid("model", "is required");
  wellFormed(body.model, "model");
  const n = integer(body, "n", 1, 128);
  if (n !== undefined && n !== 1) throw unsupported("n", "Only n = 1 is supported");
  if (body.stream !== undefined && body.stream !== null && typeof body.stream !== "boolean") throw invalid("stream", "must be a boolean");
  const options = body.stream_options as Record<string, unknown> | null | undefined;
  if (options !== undefined && options !== null) {
    if (typeof options !== "object" || Array.isArray(options)) throw invalid("stream_options", "must be an object");
    if (!body.stream) throw invalid("stream_options", "is only allowed when stream is true");
    for (const key of Object.keys(options)) if (key !== "include_usage") throw unsupported(`stream_options.${key}`, `'stream_options.${key}' is not supported`);
    if (options.include_usage !== undefined && typeof options.include_usage !== "boolean") throw invalid("stream_options.include_usage", "must be a boolean");
  }
  if (body.user !== undefined && body.user !== null && typeof body.user !== "string") throw invalid("user", "must be a string");
  const metadata = body.metadata;
  if (metadata !== undefined && metadata !== null) {
    const entries = typeof metadata === "object" && !Array.isArray(metadata) ? Object.entries(metadata) : null;
    if (!entries || entries.length > 16 || entries.some(([k, v]) => k.length > 64 || typeof v !== "string" || v.length > 512)) {
      throw invalid("metadata", "must be an object of at most 16 string values (keys up to 64, values up to 512 characters)");
    }
  }
  const stop = body.stop === undefined || body.stop === null ? undefined : typeof body.stop === "string" ? [body.stop] : body.stop;
  if (stop !== undefined && (!Array.isArray(stop) || stop.length > MAX_STOP || stop.some((s) => typeof s !== "string" || !s))) {
    throw invalid("stop", `must be a string or an array of at most ${MAX_STOP} non-empty strings`);
  }
  stop?.forEach((s, i) => wellFormed(s as string, `stop[${i}]`));
  const maxTokens = integer(body, "max_completion_tokens", 1, 200_000) ?? integer(body, "max_tokens", 1, 200_000);
  const overrides: CallOverrides = {
    temperature: number(body, "temperature", 0, 2),
    topP: number(body, "top_p", 0, 1),
    maxTokens,
    frequencyPenalty: number(body, "frequency_penalty", -2, 2),
    presencePenalty: number(body, "presence_penalty", -2, 2),
    ...(stop ? { stop: stop as string[] } : {}),
  };
  return {
    model: body.model.trim(),
    history: messagesOf(body.messages),
    overrides: Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
    stream: body.stream === true,
    includeUsage: options?.include_usage === true,
  };
}
