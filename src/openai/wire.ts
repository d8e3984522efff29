// OpenAI's wire format: chat.completion, chat.completion.chunk, the model list and the error body
// ({"error": {message, type, param, code}}), from the chat service's results and the error catalogue.
import type { ChatCompletion, ModelListing } from "../domain/chat/service.js";
import type { AppError } from "../errors.js";

type Usage = ChatCompletion["usage"];

const usageBody = (u: Usage) => ({ prompt_tokens: u.promptTokens, completion_tokens: u.completionTokens, total_tokens: u.promptTokens + u.completionTokens });

export function completionBody(c: ChatCompletion) {
  return {
    id: c.id,
    object: "chat.completion",
    created: c.created,
    model: c.model,
    system_fingerprint: null,
    choices: [{ index: 0, message: { role: "assistant", content: c.text, refusal: null }, logprobs: null, finish_reason: c.finishReason }],
    usage: usageBody(c.usage),
  };
}

/**
 * One chunk of a stream. `delta` null with `usage` is the final usage chunk (`choices: []`), sent with
 * `stream_options.include_usage`; then every other chunk carries `usage: null`, as OpenAI's do.
 */
export function chunk(
  ids: { id: string; created: number; model: string; includeUsage: boolean },
  delta: { role?: "assistant"; content?: string } | null,
  finishReason: "stop" | "length" | null = null,
  usage?: Usage,
) {
  return {
    id: ids.id,
    object: "chat.completion.chunk",
    created: ids.created,
    model: ids.model,
    system_fingerprint: null,
    choices: delta ? [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] : [],
    ...(ids.includeUsage ? { usage: usage ? usageBody(usage) : null } : {}),
  };
}

export function modelBody(m: ModelListing) {
  return { id: m.id, object: "model", created: m.created, owned_by: m.ownedBy, ...(m.agent ? { agent: m.agent } : {}) };
}

/** OpenAI's error `type` for a status; the catalogue code is the `code` (OpenAI's own names where they exist). */
function typeOf(status: number, code: string): string {
  if (code === "budget_exceeded") return "insufficient_quota";
  if (status === 401) return "authentication_error";
  if (status === 403) return "permission_error";
  if (status === 429) return "rate_limit_error";
  if (status >= 500) return status === 503 ? "service_unavailable" : "server_error";
  return "invalid_request_error";
}

const OPENAI_CODES: Record<string, string> = { AUTH_FAILED: "invalid_api_key", rate_limit_exceeded: "rate_limit_exceeded", CONTEXT_LIMIT_EXCEEDED: "context_length_exceeded" };

export function openAIError(error: AppError): { status: number; body: { error: { message: string; type: string; param: string | null; code: string } } } {
  const fields = error.details.fields as { field?: string }[] | undefined;
  const param = typeof error.details.param === "string" ? error.details.param : (fields?.[0]?.field ?? null);
  return {
    status: error.status,
    body: { error: { message: error.message, type: typeOf(error.status, error.code), param, code: OPENAI_CODES[error.code] ?? error.code } },
  };
}
