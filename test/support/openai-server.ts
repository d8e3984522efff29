// A local OpenAI-compatible chat completions server for tests: streams like OpenAI (SSE chunks,
// usage in the last chunk when asked), and can be told to be slow, to fail, or to omit usage.
import http from "node:http";
import { listenLocal } from "./local-server.js";

export interface FakeOpenAIOptions {
  /** Words of every answer (default: "Hello from the fake model."). */
  answer?: (body: ChatRequest) => string;
  /** Milliseconds to wait before answering. */
  delayMs?: number;
  /** Answer with this HTTP status and an OpenAI error body instead. */
  failWith?: number;
  /** Leave usage out, as some local servers do. */
  omitUsage?: boolean;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  stream?: boolean;
  temperature?: number;
  max_tokens?: number;
  top_p?: number;
  frequency_penalty?: number;
  presence_penalty?: number;
  stream_options?: { include_usage?: boolean };
}

export interface FakeOpenAI {
  url: string;
  requests: { body: ChatRequest; authorization: string | undefined }[];
  options: FakeOpenAIOptions;
  /** Requests being answered right now, and the most there ever were at once. */
  inFlight: number;
  maxInFlight: number;
  /** From now on every answer waits until it is released. */
  hold(): void;
  /** Answers the oldest request still held. */
  releaseNext(): void;
  /** Answers everything held and stops holding. */
  releaseAll(): void;
  /** How many requests are held. */
  readonly held: number;
  close(): Promise<void>;
}

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const requests: FakeOpenAI["requests"] = [];
  const state = { options, inFlight: 0, maxInFlight: 0, holding: false, held: [] as (() => void)[] };
  const server = http.createServer(async (req, res) => {
    state.inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
    res.on("close", () => state.inFlight--);
    let raw = "";
    for await (const chunk of req) raw += chunk;
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.parse(raw) as ChatRequest;
    requests.push({ body, authorization: req.headers.authorization });
    const o = state.options;
    if (state.holding) {
      await new Promise<void>((resolve) => {
        state.held.push(resolve);
        res.on("close", () => state.held.includes(resolve) && state.held.splice(state.held.indexOf(resolve), 1) && resolve());
      });
    }
    if (o.delayMs) await new Promise((r) => setTimeout(r, o.delayMs));
    if (res.destroyed) return; // the caller gave up (cancelled or timed out)
    if (o.failWith) {
      res.writeHead(o.failWith, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "the fake model is down", type: "server_error" } }));
      return;
    }
    const text = o.answer?.(body) ?? "Hello from the fake model.";
    const usage = o.usage ?? { prompt_tokens: 11, completion_tokens: 7 };
    const id = `chatcmpl-${requests.length}`;
    const created = Math.floor(Date.now() / 1000);
    if (!body.stream) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id,
          object: "chat.completion",
          created,
          model: body.model,
          choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
          ...(o.omitUsage ? {} : { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } }),
        }),
      );
      return;
    }
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
    const words = text.split(/(?<= )/);
    send({ id, object: "chat.completion.chunk", created, model: body.model, choices: [{ index: 0, delta: { role: "assistant", content: "" } }] });
    for (const word of words) {
      send({ id, object: "chat.completion.chunk", created, model: body.model, choices: [{ index: 0, delta: { content: word } }] });
    }
    send({ id, object: "chat.completion.chunk", created, model: body.model, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] });
    if (!o.omitUsage && body.stream_options?.include_usage) {
      send({ id, object: "chat.completion.chunk", created, model: body.model, choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } });
    }
    res.write("data: [DONE]\n\n");
    res.end();
  });
  const { port, close } = await listenLocal(server, "fake OpenAI server");
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    get options() {
      return state.options;
    },
    set options(next) {
      state.options = next;
    },
    get inFlight() {
      return state.inFlight;
    },
    get maxInFlight() {
      return state.maxInFlight;
    },
    get held() {
      return state.held.length;
    },
    hold() {
      state.holding = true;
    },
    releaseNext() {
      state.held.shift()?.();
    },
    releaseAll() {
      state.holding = false;
      for (const release of state.held.splice(0)) release();
    },
    close,
  };
}
