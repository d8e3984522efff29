// The provider layer: the built-in offline provider by default; an OpenAI-compatible server
// (here a local one the test starts) when configured, streamed; every call's usage recorded with
// tokens (reported, or counted with the tokenizer) and cost from the price table; failures → 502.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countMessageTokens, countTokens } from "../src/domain/runtime/tokens.js";
import { errorCodes, gql, gqlOk, rest } from "./support/client.js";
import { CreateSession, GetAgent, SendSessionMessage, SessionUpdated } from "./support/documents.js";
import { runningAgent } from "./support/fixtures.js";
import { startFakeOpenAI, type FakeOpenAI } from "./support/openai-server.js";
import { startServer, type TestServer } from "./support/server.js";
import { subscribeOpen, wsClient } from "./support/ws.js";

let openai: FakeOpenAI;
let server: TestServer;

beforeAll(async () => {
  openai = await startFakeOpenAI();
  server = await startServer({
    env: {
      OPENAI_BASE_URL: openai.url,
      OPENAI_API_KEY: "sk-test-key",
      OPENAI_MODELS: "gpt-test,gpt-cheap",
      MODEL_CATALOGUE: JSON.stringify([{ name: "gpt-test", provider: "openai", inputPricePerMTok: 2.5, outputPricePerMTok: 10, tier: 2 }]),
    },
  });
});
afterAll(async () => {
  await server.stop();
  await openai.close();
});

async function sessionWith(model: string, config: Record<string, number> = {}) {
  const agent = await runningAgent(server, { config: { model, ...config } });
  const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id } });
  return { agent, session: createSession.session };
}

describe("the built-in provider", () => {
  it("answers every model nothing else serves, offline, and says so", async () => {
    const { agent, session } = await sessionWith("opus");
    const sent = (await gqlOk(server, SendSessionMessage, { input: { sessionId: session.id, content: "Plan the launch" } })).sendSessionMessage;
    expect(sent).toMatchObject({ provider: "builtin", model: "opus" });
    expect((await gqlOk(server, GetAgent, { id: agent.id })).agent).toBeTruthy();
    const record = await server.app.db.usageRecord.findFirstOrThrow({ where: { sessionId: session.id } });
    // opus: $15 / $75 per million tokens, counted with the tokenizer
    expect(record).toMatchObject({ provider: "builtin", model: "opus", status: "OK", purpose: "SESSION_MESSAGE" });
    expect(record.costMicros).toBe(Math.round(record.inputTokens * 15 + record.outputTokens * 75));
    expect(record.outputTokens).toBe(countTokens(sent.response));
  });
});

describe("an OpenAI-compatible provider", () => {
  it("streams the answer, forwards the agent's config, and records the usage it reports at the listed price", async () => {
    openai.options = { answer: () => "Streaming works fine.", usage: { prompt_tokens: 120, completion_tokens: 30 } };
    const { agent, session } = await sessionWith("gpt-test", { temperature: 0.3, maxTokens: 256, topP: 0.9, frequencyPenalty: 0.5, presencePenalty: -0.5 });
    const client = wsClient(server);
    const events = await subscribeOpen(server, client, SessionUpdated, { sessionId: session.id });
    const sent = (await gqlOk(server, SendSessionMessage, { input: { sessionId: session.id, content: "Say something" } })).sendSessionMessage;
    expect(sent).toMatchObject({ provider: "openai", model: "gpt-test", response: "Streaming works fine." });

    await expect.poll(() => events.received.filter((e) => e.data?.sessionUpdated.kind === "RESPONSE_DELTA").length).toBe(3);
    const deltas = events.received.filter((e) => e.data!.sessionUpdated.kind === "RESPONSE_DELTA").map((e) => e.data!.sessionUpdated.delta);
    expect(deltas).toEqual(["Streaming ", "works ", "fine."]);
    await client.dispose();

    const request = openai.requests.at(-1)!;
    expect(request.authorization).toBe("Bearer sk-test-key");
    expect(request.body).toMatchObject({ model: "gpt-test", stream: true, temperature: 0.3, max_tokens: 256, top_p: 0.9, frequency_penalty: 0.5, presence_penalty: -0.5 });
    expect(request.body.messages[0]).toMatchObject({ role: "system", content: expect.stringContaining(agent.name) });
    expect(request.body.messages.at(-1)).toEqual({ role: "user", content: "Say something" });

    const record = await server.app.db.usageRecord.findFirstOrThrow({ where: { sessionId: session.id } });
    // 120 × $2.50 + 30 × $10 per million tokens = 300 + 300 micro-dollars
    expect(record).toMatchObject({ provider: "openai", model: "gpt-test", inputTokens: 120, outputTokens: 30, costMicros: 600, status: "OK" });
  });

  it("counts tokens with the tokenizer when the server reports no usage", async () => {
    openai.options = { answer: () => "No usage reported here.", omitUsage: true };
    const { session } = await sessionWith("gpt-cheap");
    await gqlOk(server, SendSessionMessage, { input: { sessionId: session.id, content: "Count me" } });
    const record = await server.app.db.usageRecord.findFirstOrThrow({ where: { sessionId: session.id } });
    const sentMessages = openai.requests.at(-1)!.body.messages.map((m) => ({ role: m.role as "user", content: m.content }));
    expect(record.inputTokens).toBe(countMessageTokens(sentMessages));
    expect(record.outputTokens).toBe(countTokens("No usage reported here."));
    expect(record.costMicros).toBe(0); // gpt-cheap has no price listed
  });

  it("maps a provider failure to PROVIDER_ERROR (502 over REST), records it, and counts it against the agent", async () => {
    openai.options = { failWith: 500 };
    const { agent, session } = await sessionWith("gpt-test");
    const viaGraphQL = await gql(server, SendSessionMessage, { input: { sessionId: session.id, content: "fail please" } });
    expect(errorCodes(viaGraphQL)).toEqual(["PROVIDER_ERROR"]);
    expect(viaGraphQL.errors![0]!.extensions!.details).toMatchObject({ provider: "openai", model: "gpt-test" });
    const viaRest = await rest(server, "POST", `/api/v1/sessions/${session.id}/message`, { body: { content: "fail again" } });
    expect(viaRest.status).toBe(502);
    expect(viaRest.body.error.code).toBe("PROVIDER_ERROR");

    openai.options = {};
    await gqlOk(server, SendSessionMessage, { input: { sessionId: session.id, content: "now work" } });
    const records = await server.app.db.usageRecord.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: "asc" } });
    expect(records.map((r) => r.status).sort()).toEqual(["ERROR", "ERROR", "OK"]);
    const metrics = (await gqlOk(server, GetAgent, { id: agent.id })).agent!.performanceMetrics;
    expect(metrics.errorCount).toBe(2);
    expect(metrics.successRate).toBeCloseTo(1 / 3);
    expect(metrics.responseTimeMs).toBeGreaterThanOrEqual(0);
  });
});

describe("choosing the provider", () => {
  it("with OPENAI_BASE_URL and no model list, every model outside the catalogue goes to that server", async () => {
    const open = await startFakeOpenAI({ answer: () => "from the open server" });
    const anyModel = await startServer({ env: { OPENAI_BASE_URL: open.url } });
    try {
      const agent = await runningAgent(anyModel, { config: { model: "llama3.1:8b" } });
      const { createSession } = await gqlOk(anyModel, CreateSession, { input: { agentId: agent.id } });
      const sent = (await gqlOk(anyModel, SendSessionMessage, { input: { sessionId: createSession.session.id, content: "hi" } })).sendSessionMessage;
      expect(sent).toMatchObject({ provider: "openai", model: "llama3.1:8b", response: "from the open server" });
      // The seed models stay on the built-in provider until the catalogue moves them.
      const seedAgent = await runningAgent(anyModel, { config: { model: "sonnet" } });
      const seedSession = (await gqlOk(anyModel, CreateSession, { input: { agentId: seedAgent.id } })).createSession.session;
      expect((await gqlOk(anyModel, SendSessionMessage, { input: { sessionId: seedSession.id, content: "hi" } })).sendSessionMessage.provider).toBe("builtin");
    } finally {
      await anyModel.stop();
      await open.close();
    }
  });
});
