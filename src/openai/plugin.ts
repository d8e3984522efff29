// The OpenAI-compatible surface (seed 004 "OpenAI Compatibility"): POST /v1/chat/completions (also
// under /api), GET /v1/models, and seed 004's "message agents" POST /api/agents/{id}/message. Each
// request is authenticated, charged as a seed-004 "message" (or read) request, and answered by the chat
// service; errors are written in OpenAI's shape (seed 004's for the agents route). A streamed answer is
// the provider's own stream, chunk by chunk; when the client goes away the provider call is aborted
// and its budget hold settled.
import type { ServerResponse } from "node:http";
import type { Plugin } from "graphql-yoga";
import type { Clock } from "../clock.js";
import type { AuthService } from "../domain/auth/service.js";
import type { Principal } from "../domain/auth/principal.js";
import type { ChatService } from "../domain/chat/service.js";
import { databaseUnavailable } from "../domain/prisma-errors.js";
import { AppError } from "../errors.js";
import { readJsonBody } from "../http/request-body.js";
import type { RequestIdContext } from "../http/request-id.js";
import { setRouteTemplate } from "../http/route-template.js";
import type { OperationClass } from "../limits/policies.js";
import type { Logger } from "../logger.js";
import { agentos } from "../rest/error-formats.js";
import { camelCase, failureOf } from "../rest/errors.js";
import { chunk, completionBody, modelBody, openAIError } from "./wire.js";

type Charge = (charge: { request: Request; serverContext: unknown; principal: Principal; route: { method: string; path: string }; operationClass?: OperationClass; requestId?: string }) => Promise<unknown>;

export interface OpenAIDeps {
  auth: AuthService;
  chat: ChatService;
  clock: Clock;
  logger: Logger;
  /** Request limits (default: none). */
  limit?: Charge;
}

interface Route {
  method: "GET" | "POST";
  template: string;
  pattern: RegExp;
  operationClass: OperationClass;
  /** Seed 004's own routes answer errors in its format; the OpenAI paths in OpenAI's. */
  format: "openai" | "agentos";
}

const ROUTES: Route[] = [
  ...["/v1/chat/completions", "/api/v1/chat/completions"].map((template): Route => ({ method: "POST", template, pattern: new RegExp(`^${template}/?$`), operationClass: "message", format: "openai" })),
  // /api/v1/models is the REST model catalogue (seed 001 conventions, src/rest/routes/v1-more.ts).
  { method: "GET", template: "/v1/models", pattern: /^\/v1\/models\/?$/, operationClass: "read", format: "openai" },
  { method: "GET", template: "/v1/models/:model", pattern: /^\/v1\/models\/([^/]+)\/?$/, operationClass: "read", format: "openai" },
  { method: "POST", template: "/api/agents/:agent_id/message", pattern: /^\/api\/agents\/([^/]+)\/message\/?$/, operationClass: "message", format: "agentos" },
];

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" };
const encoder = new TextEncoder();

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

function retryHeaders(error: AppError): Record<string, string> {
  const retry = error.details.retry_after;
  return typeof retry === "number" ? { "retry-after": String(retry) } : {};
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new AppError("VALIDATION_ERROR", { message: "The path is not validly percent-encoded" });
  }
}

export function useOpenAICompatibility({ auth, chat, clock, logger, limit }: OpenAIDeps): Plugin<RequestIdContext> {
  /** Aborts when the client goes away before the answer is complete. */
  function disconnectSignal(request: Request, serverContext: unknown): AbortSignal {
    const controller = new AbortController();
    const gone = () => controller.abort(new Error("client disconnected"));
    const res = (serverContext as { res?: ServerResponse }).res;
    res?.once("close", () => {
      if (!res.writableFinished) gone();
    });
    request.signal?.addEventListener("abort", gone, { once: true });
    return controller.signal;
  }

  async function chatCompletion(principal: Principal, request: Request, serverContext: unknown): Promise<Response> {
    const call = await chat.prepare(principal, await readJsonBody(request));
    const signal = disconnectSignal(request, serverContext);
    if (!call.stream) return json(200, completionBody(await chat.complete(principal, call, { signal })));

    // Streamed: the first piece of the answer (or a failure before it) decides the status, so a refusal
    // before the provider answers (budget, provider quota, agent not running) is still a proper HTTP error.
    let controller!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({
      start: (c) => void (controller = c),
      cancel: () => undefined, // the response closing aborts the call (disconnectSignal)
    });
    const send = (data: unknown) => {
      if (!signal.aborted) controller.enqueue(encoder.encode(`data: ${JSON.stringify(data)}\n\n`));
    };
    const ids = { id: call.id, created: call.created, model: call.model, includeUsage: call.includeUsage };
    let streaming = false;
    let started!: () => void;
    const firstPiece = new Promise<void>((resolve) => (started = resolve));
    send(chunk(ids, { role: "assistant", content: "" }));
    const done = chat
      .complete(principal, call, {
        signal,
        onDelta: (text) => {
          streaming = true;
          send(chunk(ids, { content: text }));
          started();
        },
      })
      .then((completion) => {
        send(chunk(ids, {}, completion.finishReason));
        if (call.includeUsage) send(chunk(ids, null, null, completion.usage));
        if (!signal.aborted) {
          controller.enqueue(encoder.encode("data: [DONE]\n\n"));
          controller.close();
        }
      });
    const early = await Promise.race([firstPiece.then(() => null), done.then(() => null, (error: unknown) => ({ error }))]);
    if (early && !streaming) throw early.error; // nothing of the answer exists yet: the failure is the HTTP answer
    done.catch((error: unknown) => {
      if (signal.aborted) return; // the client left: the runtime recorded the call as ABORTED and settled its hold
      const failure = error instanceof AppError ? error : new AppError("INTERNAL_ERROR");
      if (!(error instanceof AppError)) logger.error({ err: error }, "chat completion stream failed");
      controller.enqueue(encoder.encode(`data: ${JSON.stringify(openAIError(failure).body)}\n\n`));
      controller.close();
    });
    return new Response(body, {
      status: 200,
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
    });
  }

  async function handle(route: Route, match: RegExpExecArray, request: Request, serverContext: unknown, requestId: string): Promise<Response> {
    const principal = await auth.authenticate(request.headers.get("authorization"));
    await limit?.({ request, serverContext, principal, route: { method: request.method, path: new URL(request.url).pathname }, operationClass: route.operationClass, requestId });
    if (route.template.endsWith("/chat/completions")) return chatCompletion(principal, request, serverContext);
    if (route.template.endsWith("/:model")) return json(200, modelBody(await chat.getModel(principal, decode(match[1]!))));
    if (route.template.endsWith("/models")) return json(200, { object: "list", data: (await chat.listModels(principal)).map(modelBody) });
    const body = ((await readJsonBody(request)) ?? {}) as Record<string, unknown>;
    if (typeof body !== "object" || Array.isArray(body)) throw new AppError("VALIDATION_ERROR", { message: "Request body must be a JSON object" });
    const result = await chat.messageAgent(principal, decode(match[1]!), { message: body.message, sessionId: body.session_id ?? body.sessionId }, { signal: disconnectSignal(request, serverContext) });
    return json(200, { ...result, timestamp: result.timestamp.toISOString() });
  }

  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      // Every request passes here (GraphQL too): a path outside these prefixes is not tried against the routes.
      if (!url.pathname.startsWith("/v1/") && !url.pathname.startsWith("/api/")) return;
      const candidates = ROUTES.map((route) => ({ route, match: route.pattern.exec(url.pathname) })).filter((c) => c.match);
      if (!candidates.length) return;
      const found = candidates.find((c) => c.route.method === request.method);
      if (!found) {
        if (request.method === "OPTIONS") return; // CORS preflight: yoga answers it
        const allow = candidates.map((c) => c.route.method).join(", ");
        endResponse(json(405, openAIError(new AppError("VALIDATION_ERROR", { message: `Method ${request.method} is not allowed on ${url.pathname}` })).body, { allow }));
        return;
      }
      const { route, match } = found as { route: Route; match: RegExpExecArray };
      setRouteTemplate(request, route.template);
      const requestId = (serverContext as RequestIdContext).requestId ?? "";
      try {
        endResponse(await handle(route, match, request, serverContext, requestId));
      } catch (error) {
        if (!(error instanceof AppError) && !databaseUnavailable(error)) logger.error({ err: error, requestId }, "unexpected error in an OpenAI-compatible route");
        const failure = error instanceof AppError ? error : (databaseUnavailable(error) ?? new AppError("INTERNAL_ERROR"));
        if (route.format === "agentos") {
          endResponse(json(failure.status, agentos(failureOf(failure, requestId, clock.now(), camelCase)), retryHeaders(failure)));
          return;
        }
        const { status, body } = openAIError(failure);
        endResponse(json(status, body, retryHeaders(failure)));
      }
    },
  };
}
