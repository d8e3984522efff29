// Seed 004 "OpenAI Compatibility": the official `openai` client talks to agents and catalogue models
// through POST /v1/chat/completions (and /api/v1/…), lists them with GET /v1/models, streams real
// chunks ending with [DONE], gets OpenAI-shaped errors, and a client that hangs up stops the provider
// call with its budget hold settled. Seed 004 "message agents" answers without a session first.
import http from "node:http";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlOk, rest } from "./support/client.js";
import { BudgetStatusQuery, CreateSession, GetAgent, StopAgent, UpdateBudget } from "./support/documents.js";
import { createKey, runningAgent } from "./support/fixtures.js";
import { startFakeOpenAI, type FakeOpenAI } from "./support/openai-server.js";
import { startServer, type TestServer } from "./support/server.js";
import { eventually } from "./support/ws.js";

let fake: FakeOpenAI;
let server: TestServer;

beforeAll(async () => {
  fake = await startFakeOpenAI({ answer: () => "Hello from the fake model, streamed word by word." });
  server = await startServer({
    env: {
      OPENAI_BASE_URL: fake.url,
      OPENAI_MODELS: "gpt-test",
      MODEL_CATALOGUE: JSON.stringify([{ name: "gpt-test", provider: "openai", inputPricePerMTok: 2.5, outputPricePerMTok: 10, tier: 2 }]),
    },
  });
});
afterAll(async () => {
  await server.stop();
  await fake.close();
});

const client = (auth = server.admin, baseURL = `${server.url}/v1`) =>
  new OpenAI({ apiKey: auth.replace(/^ApiKey /, ""), baseURL, maxRetries: 0 });

/** Reads a raw SSE response: every `data:` line, in order. */
async function sseLines(response: Response): Promise<string[]> {
  const text = await response.text();
  return text.split("\n\n").filter(Boolean).map((block) => {
    expect(block.startsWith("data: ")).toBe(true);
    return block.slice("data: ".length);
  });
}

describe("chat completions with the official openai client", () => {
  it("an agent answers by id or by name, in OpenAI's response shape, counted in its metrics and usage", async () => {
    const agent = await runningAgent(server, { skills: ["planning"] });
    const openai = client();
    const byId = await openai.chat.completions.create({ model: agent.id, messages: [{ role: "user", content: "How should we plan the launch roadmap?" }] });
    expect(byId).toMatchObject({ object: "chat.completion", model: agent.id, choices: [{ index: 0, message: { role: "assistant" }, finish_reason: "stop" }] });
    expect(byId.id).toMatch(/^chatcmpl-/);
    expect(typeof byId.created).toBe("number");
    expect(byId.choices[0]!.message.content).toContain("CTO Alex here.");
    expect(byId.choices[0]!.message.content).toContain("planning");
    expect(byId.usage!.prompt_tokens).toBeGreaterThan(0);
    expect(byId.usage!.total_tokens).toBe(byId.usage!.prompt_tokens + byId.usage!.completion_tokens);

    const byName = await openai.chat.completions.create({ model: agent.name, messages: [{ role: "system", content: "Be brief." }, { role: "user", content: [{ type: "text", text: "Roadmap?" }] }] });
    expect(byName.model).toBe(agent.name);
    const { agent: after } = await gqlOk(server, GetAgent, { id: agent.id });
    expect(after!.performanceMetrics.errorCount).toBe(0);
    const records = await server.app.db.usageRecord.findMany({ where: { agentId: agent.id } });
    expect(records.map((r) => [r.purpose, r.status])).toEqual([["CHAT_COMPLETION", "OK"], ["CHAT_COMPLETION", "OK"]]);
  });

  it("a catalogue model is answered by its provider directly, with the caller's parameters passed on", async () => {
    const answer = await client().chat.completions.create({
      model: "gpt-test",
      messages: [{ role: "user", content: "hi" }],
      temperature: 0.2,
      top_p: 0.5,
      max_completion_tokens: 33,
      stop: ["\n\n"],
      user: "end-user-1",
      metadata: { ticket: "42" },
    });
    expect(answer.choices[0]!.message.content).toBe("Hello from the fake model, streamed word by word.");
    expect(answer.usage).toMatchObject({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 });
    const sent = fake.requests.at(-1)!.body as unknown as Record<string, unknown>;
    expect(sent).toMatchObject({ model: "gpt-test", temperature: 0.2, top_p: 0.5, max_tokens: 33, stop: ["\n\n"], messages: [{ role: "user", content: "hi" }] });
    const record = await server.app.db.usageRecord.findFirst({ where: { model: "gpt-test", purpose: "CHAT_COMPLETION" }, orderBy: { createdAt: "desc" } });
    expect(record).toMatchObject({ provider: "openai", agentId: null, inputTokens: 11, outputTokens: 7, costMicros: 98, status: "OK" });
  });

  it("streams chat.completion.chunk objects through the SDK, with a final usage chunk when asked", async () => {
    const stream = await client().chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "stream please" }], stream: true, stream_options: { include_usage: true } });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(4);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(chunks[0]!.choices[0]!.delta).toEqual({ role: "assistant", content: "" });
    expect(chunks.flatMap((c) => c.choices.map((choice) => choice.delta.content ?? "")).join("")).toBe("Hello from the fake model, streamed word by word.");
    expect(chunks.at(-2)!.choices[0]!.finish_reason).toBe("stop");
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 } });
  });

  it("the wire format is SSE data lines ending with data: [DONE], under /api/v1 as well", async () => {
    const agent = await runningAgent(server);
    const response = await fetch(`${server.url}/api/v1/chat/completions`, {
      method: "POST",
      headers: { authorization: `Bearer ${server.adminKey}`, "content-type": "application/json" },
      body: JSON.stringify({ model: agent.id, messages: [{ role: "user", content: "Status of the migration?" }], stream: true }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(response.headers.get("x-ratelimit-limit")).not.toBeNull();
    const lines = await sseLines(response);
    expect(lines.at(-1)).toBe("[DONE]");
    const chunks = lines.slice(0, -1).map((l) => JSON.parse(l) as Record<string, any>);
    for (const chunk of chunks) {
      expect(Object.keys(chunk).sort()).toEqual(["choices", "created", "id", "model", "object", "system_fingerprint"]);
      expect(chunk).toMatchObject({ object: "chat.completion.chunk", model: agent.id });
    }
    expect(chunks.at(-1)!.choices[0]).toEqual({ index: 0, delta: {}, logprobs: null, finish_reason: "stop" });
    expect(chunks.slice(1, -1).map((c) => c.choices[0].delta.content).join("")).toContain("CTO Alex here.");
  });

  it("lists agents and catalogue models in OpenAI's list shape, and retrieves one", async () => {
    const agent = await runningAgent(server);
    const models = [];
    for await (const model of client().models.list()) models.push(model);
    expect(models).toContainEqual(expect.objectContaining({ id: agent.id, object: "model", owned_by: "agent", agent: expect.objectContaining({ name: agent.name }) }));
    expect(models.map((m) => m.id)).toEqual(expect.arrayContaining(["builtin", "k2p5", "sonnet", "opus", "gpt-test"]));
    expect(await client().models.retrieve("gpt-test")).toMatchObject({ id: "gpt-test", object: "model", owned_by: "openai" });
    const raw = await rest(server, "GET", "/v1/models");
    expect(raw.body.object).toBe("list");
  });
});

describe("chat completion errors, in OpenAI's shape", () => {
  it("401 without or with a bad key, 404 model_not_found, 400 unsupported_parameter naming the parameter", async () => {
    await expect(client("sk-wrong").chat.completions.create({ model: "builtin", messages: [{ role: "user", content: "x" }] })).rejects.toMatchObject({ status: 401, code: "invalid_api_key", type: "authentication_error" });
    const anonymous = await rest(server, "POST", "/v1/chat/completions", { auth: null, body: { model: "builtin", messages: [{ role: "user", content: "x" }] } });
    expect(anonymous.status).toBe(401);
    expect(Object.keys(anonymous.body.error).sort()).toEqual(["code", "message", "param", "type"]);

    await expect(client().chat.completions.create({ model: "no-such-model", messages: [{ role: "user", content: "x" }] })).rejects.toMatchObject({ status: 404, code: "model_not_found", param: "model" });
    await expect(client().chat.completions.create({ model: "builtin", n: 2, messages: [{ role: "user", content: "x" }] })).rejects.toMatchObject({ status: 400, code: "unsupported_parameter", param: "n" });
    await expect(
      client().chat.completions.create({ model: "builtin", messages: [{ role: "user", content: "x" }], tools: [{ type: "function", function: { name: "f", parameters: {} } }] }),
    ).rejects.toMatchObject({ status: 400, code: "unsupported_parameter", param: "tools" });
    await expect(client().chat.completions.create({ model: "builtin", messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "http://x/y.png" } }] }] })).rejects.toMatchObject({ status: 400, code: "unsupported_parameter", param: "messages[0].content[0].type" });
    const unknown = await rest(server, "POST", "/v1/chat/completions", { body: { model: "builtin", messages: [{ role: "user", content: "x" }], frobnicate: true } });
    expect(unknown.body.error).toEqual({ message: "Unrecognized request argument supplied: frobnicate", type: "invalid_request_error", param: "frobnicate", code: "unsupported_parameter" });
    await expect(client().chat.completions.create({ model: "builtin", messages: [], temperature: 1 })).rejects.toMatchObject({ status: 400, code: "VALIDATION_ERROR", param: "messages" });
    await expect(client().chat.completions.create({ model: "builtin", messages: [{ role: "user", content: "x" }], temperature: 3 })).rejects.toMatchObject({ status: 400, param: "temperature" });
  });

  it("an agent the caller may not use is a 404 / 403, a stopped agent 409; scopes are those of session messages", async () => {
    const agent = await runningAgent(server);
    await gqlOk(server, StopAgent, { id: agent.id });
    await expect(client().chat.completions.create({ model: agent.id, messages: [{ role: "user", content: "x" }] })).rejects.toMatchObject({ status: 409, code: "agent_not_running" });
    const monitor = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    await expect(client(monitor.auth).chat.completions.create({ model: "builtin", messages: [{ role: "user", content: "x" }] })).rejects.toMatchObject({ status: 403, code: "insufficient_permissions", type: "permission_error" });
  });

  it("a call the budget cannot hold is 402 insufficient_quota / budget_exceeded, streamed or not, before any chunk", async () => {
    const own = await startServer({ env: { OPENAI_BASE_URL: fake.url, OPENAI_MODELS: "gpt-test", MODEL_CATALOGUE: JSON.stringify([{ name: "gpt-test", provider: "openai", inputPricePerMTok: 2.5, outputPricePerMTok: 10 }]) } });
    await gqlOk(own, UpdateBudget, { input: { dailyBudget: "0.000001" } });
    const openai = client(own.admin, `${own.url}/v1`);
    await expect(openai.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "x" }] })).rejects.toMatchObject({ status: 402, code: "budget_exceeded", type: "insufficient_quota" });
    await expect(openai.chat.completions.create({ model: "gpt-test", messages: [{ role: "user", content: "x" }], stream: true })).rejects.toMatchObject({ status: 402, code: "budget_exceeded" });
    await own.stop();
  });

  it("429 with Retry-After in OpenAI's shape when the caller's message budget is used up (seed 004 message class)", async () => {
    const own = await startServer({ env: { RATE_LIMIT_POLICIES: JSON.stringify({ ip: { limits: { message: 2 }, scope: "all" } }) } });
    const openai = client(own.admin, `${own.url}/v1`);
    const ask = () => openai.chat.completions.create({ model: "builtin", messages: [{ role: "user", content: "x" }] });
    await ask();
    await ask();
    const refused = await rest(own, "POST", "/v1/chat/completions", { body: { model: "builtin", messages: [{ role: "user", content: "x" }] } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body.error).toMatchObject({ type: "rate_limit_error", code: "rate_limit_exceeded" });
    await own.stop();
  });
});

describe("a client that hangs up", () => {
  it("stops the provider call; the call is recorded as ABORTED and its budget hold settled", async () => {
    fake.hold();
    try {
      const body = JSON.stringify({ model: "gpt-test", messages: [{ role: "user", content: "a long answer please" }], stream: true });
      const request = http.request(`${server.url}/v1/chat/completions`, { method: "POST", headers: { authorization: server.admin, "content-type": "application/json" } });
      request.on("error", () => undefined);
      request.end(body);
      await eventually(() => fake.held === 1);
      expect((await gqlOk(server, BudgetStatusQuery, {})).budgetStatus.reserved).not.toBe("0");
      request.destroy(); // the client goes away while the model is still thinking
      await eventually(() => fake.inFlight === 0); // the provider call was aborted
      await expect.poll(async () => (await server.app.db.usageRecord.findFirst({ where: { purpose: "CHAT_COMPLETION", status: "ABORTED" } }))?.model).toBe("gpt-test");
      await expect.poll(async () => (await gqlOk(server, BudgetStatusQuery, {})).budgetStatus.reserved).toBe("0");
    } finally {
      fake.releaseAll();
    }
  });
});

describe("seed 004: message agents", () => {
  it("answers without a session first; with session_id it continues that session", async () => {
    const agent = await runningAgent(server);
    const first = await rest(server, "POST", `/api/agents/${agent.id}/message`, { body: { message: "What is our hiring plan?" } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ agentId: agent.id, sessionId: null, model: "builtin", messageId: null });
    expect(first.body.response).toContain("hiring");
    expect(first.body.usage).toMatchObject({ inputTokens: expect.any(Number), outputTokens: expect.any(Number), cost: 0 });

    const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id } });
    const continued = await rest(server, "POST", `/api/agents/${agent.id}/message`, { body: { message: "And the budget?", session_id: createSession.session.id } });
    expect(continued.body).toMatchObject({ agentId: agent.id, sessionId: createSession.session.id, messageId: expect.stringMatching(/^smg_/) });
    const stored = await server.app.db.sessionMessage.count({ where: { sessionId: createSession.session.id } });
    expect(stored).toBe(2);
  });

  it("errors in seed 004's format: unknown agent 404, missing message 400", async () => {
    const missing = await rest(server, "POST", "/api/agents/agt_nope/message", { body: { message: "hi" } });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: "Requested agent does not exist", code: "agent_not_found" });
    const agent = await runningAgent(server);
    const empty = await rest(server, "POST", `/api/agents/${agent.id}/message`, { body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe("invalid_message_content");
  });
});

describe("hostile input", () => {
  const deep = (n: number): unknown => (n === 0 ? "x" : { a: deep(n - 1) });
  const bodies: [string, RequestInit][] = [
    ["JSON 500 levels deep", { body: JSON.stringify({ model: "builtin", messages: [{ role: "user", content: "x" }], metadata: deep(500) }) }],
    ["prototype keys", { body: '{"model":"builtin","messages":[{"role":"user","content":"x"}],"__proto__":{"admin":true},"constructor":{"prototype":{}}}' }],
    ["a lone surrogate", { body: '{"model":"builtin","messages":[{"role":"user","content":"\\ud800"}]}' }],
    ["invalid UTF-8", { body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }],
    ["text/plain", { body: "{}", headers: { "content-type": "text/plain" } }],
    ["a 2 MB body", { body: JSON.stringify({ model: "builtin", messages: [{ role: "user", content: "x".repeat(2_000_000) }] }) }],
    ["messages not an array", { body: '{"model":"builtin","messages":"hi"}' }],
    ["a number as model", { body: '{"model":42,"messages":[{"role":"user","content":"x"}]}' }],
    ["null everywhere", { body: '{"model":null,"messages":[null],"stream":null,"stop":[null]}' }],
    ["an array body", { body: "[1,2,3]" }],
  ];
  it.each(bodies)("%s: a 4xx in OpenAI's error shape, never a 5xx", async (_name, init) => {
    for (const path of ["/v1/chat/completions", "/api/v1/chat/completions"]) {
      const response = await server.fetch(path, { method: "POST", ...init, headers: { authorization: server.admin, "content-type": "application/json", ...(init.headers as Record<string, string>) } });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      const body = (await response.json()) as { error: Record<string, unknown> };
      expect(Object.keys(body.error).sort()).toEqual(["code", "message", "param", "type"]);
    }
  });
});
