// npx tsx bench/legacy-clients.ts [--calls N] [--subscribers N] [--events N]
// The clients people already have (issue 13), measured against the real server in its own process:
//  1. chat completions overhead: p50 of POST /v1/chat/completions (a catalogue model served by a local
//     OpenAI-compatible server) minus p50 of the same call made to that server directly, interleaved in
//     the same run; also through an agent;
//  2. fan-out: one agent status change delivered to N subscribers on graphql-ws, seed 001 /v1/ws and
//     seed 002 /ws/v1/connect (p50/p99 from the mutation to each subscriber's message).
// Prints the figures; asserts nothing.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import { fanout, graphqlWsReceiver, type FanoutResult } from "./lib/fanout.js";
import { median, percentile } from "./lib/load.js";
import { startTarget, stopAllTargets, type Target } from "./lib/target.js";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return Number(i >= 0 && args[i + 1] ? args[i + 1] : fallback);
};
const CALLS = option("calls", "300");
const SUBSCRIBERS = option("subscribers", "100");
const EVENTS = option("events", "30");
const ADMIN = "bench-admin-key-0123456789abcdefghijklmnop";
const AUTH = `ApiKey ${ADMIN}`;
const HIGH = 1_000_000_000;

/** A minimal OpenAI-compatible server: a fixed answer, streamed in 8 chunks with usage, or as one body. */
async function fakeProvider(): Promise<{ url: string; close(): void }> {
  const words = "The quick brown fox jumps over the lazy dog.".split(/(?<= )/);
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      const body = JSON.parse(raw) as { model: string; stream?: boolean };
      const base = { id: "chatcmpl-bench", created: 0, model: body.model };
      const usage = { prompt_tokens: 10, completion_tokens: 9, total_tokens: 19 };
      if (!body.stream) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ ...base, object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: words.join("") }, finish_reason: "stop" }], usage }));
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (const word of words) res.write(`data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: word } }] })}\n\n`);
      res.write(`data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`);
      res.write(`data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [], usage })}\n\n`);
      res.end("data: [DONE]\n\n");
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, close: () => server.close() };
}

async function timed(url: string, body: unknown, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${text.slice(0, 200)}`);
  return performance.now() - started;
}

async function graphql(project: Target, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${project.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: AUTH }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** N sockets of a legacy protocol, each subscribed (by `subscribe`) and counted live by the server. */
function legacyReceiver(url: string, n: number, subscribe: (ws: WebSocket) => void, isEvent: (m: Record<string, unknown>) => boolean, openOnServer: () => Promise<number>) {
  const sockets: WebSocket[] = [];
  let handler: (subscriber: number) => void = () => {};
  return {
    async open() {
      const before = await openOnServer();
      for (let i = 0; i < n; i++) {
        const ws = new WebSocket(url);
        ws.on("open", () => subscribe(ws));
        ws.on("message", (data) => {
          if (isEvent(JSON.parse(String(data)) as Record<string, unknown>)) handler(i);
        });
        sockets.push(ws);
      }
      const until = Date.now() + 120_000;
      while ((await openOnServer()) - before < n) {
        if (Date.now() > until) throw new Error("legacy subscribers did not all open within 120 s");
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    onMessage: (h: (subscriber: number) => void) => (handler = h),
    async close() {
      for (const ws of sockets) ws.close();
    },
  };
}

async function main() {
  const provider = await fakeProvider();
  const project = await startTarget("project", {
    BENCH_ADMIN_KEY: ADMIN,
    OPENAI_BASE_URL: provider.url,
    OPENAI_MODELS: "bench-model",
    PROVIDER_RATE_LIMITS: JSON.stringify({ openai: HIGH }),
    BUDGET_DAILY_USD: "none",
    BUDGET_MONTHLY_USD: "none",
    RATE_LIMIT_POLICIES: JSON.stringify({ role: { limits: { admin: HIGH } }, tier: { limits: { pro: HIGH } }, ip: { scope: "all", limits: { read: HIGH, write: HIGH, message: HIGH, workflow_run: HIGH } } }),
  });
  try {
    // 1. Chat completions overhead.
    const agent = (await graphql(project, `mutation { createAgent(input: { name: "chat-bench", type: "bench", config: { model: "bench-model" } }) { agent { id } } }`)).createAgent.agent.id as string;
    await graphql(project, `mutation($id: ID!) { startAgent(input: { id: $id }) { agent { id } } }`, { id: agent });
    const messages = [{ role: "user", content: "Say something short." }];
    const samples = { direct: [] as number[], directStreamed: [] as number[], viaModel: [] as number[], viaAgent: [] as number[], viaModelStreamed: [] as number[], viewer: [] as number[] };
    const serverAuth = { authorization: `Bearer ${ADMIN}` };
    for (let i = 0; i < 20; i++) await timed(`${project.url}/v1/chat/completions`, { model: "bench-model", messages }, serverAuth); // warm-up
    for (let i = 0; i < CALLS; i++) {
      samples.direct.push(await timed(`${provider.url}/chat/completions`, { model: "bench-model", messages }));
      samples.directStreamed.push(await timed(`${provider.url}/chat/completions`, { model: "bench-model", messages, stream: true, stream_options: { include_usage: true } }));
      samples.viaModel.push(await timed(`${project.url}/v1/chat/completions`, { model: "bench-model", messages }, serverAuth));
      samples.viaModelStreamed.push(await timed(`${project.url}/v1/chat/completions`, { model: "bench-model", messages, stream: true }, serverAuth));
      samples.viaAgent.push(await timed(`${project.url}/v1/chat/completions`, { model: agent, messages }, serverAuth));
      samples.viewer.push(await timed(`${project.url}/graphql`, { query: "{ viewer { __typename } }" }, serverAuth)); // the cheapest authenticated request, for scale
    }
    const p = (xs: number[]) => `p50 ${median(xs).toFixed(2)} ms, p99 ${percentile(xs, 99).toFixed(2)} ms`;
    console.log(`\nChat completions, ${CALLS} sequential calls each, interleaved (local OpenAI-compatible provider):`);
    console.log(`  provider directly (non-streamed)             ${p(samples.direct)}`);
    console.log(`  provider directly (streamed, as the server calls it) ${p(samples.directStreamed)}`);
    console.log(`  POST /v1/chat/completions, catalogue model   ${p(samples.viaModel)}`);
    console.log(`  POST /v1/chat/completions, stream: true      ${p(samples.viaModelStreamed)}`);
    console.log(`  POST /v1/chat/completions, an agent          ${p(samples.viaAgent)}`);
    console.log(`  reference: GraphQL { viewer { __typename } }  ${p(samples.viewer)}`);
    console.log(`  overhead (p50, catalogue model − provider streamed) ${(median(samples.viaModel) - median(samples.directStreamed)).toFixed(2)} ms; (− provider non-streamed) ${(median(samples.viaModel) - median(samples.direct)).toFixed(2)} ms; agent ${(median(samples.viaAgent) - median(samples.directStreamed)).toFixed(2)} ms`);

    // 2. Fan-out of one agent status change.
    const target = (await graphql(project, `mutation { createAgent(input: { name: "fanout-bench", type: "bench" }) { agent { id } } }`)).createAgent.agent.id as string;
    let running = false;
    const trigger = async () => {
      await graphql(project, `mutation($id: ID!) { ${running ? "stopAgent" : "startAgent"}(input: { id: $id }) { agent { id } } }`, { id: target });
      running = !running;
    };
    const heap = () => project.command<number>("heap");
    const openOnServer = () => project.command<number>("subscriptions");
    const wsBase = project.url.replace("http", "ws");
    const results: Record<string, FanoutResult> = {};
    results["graphql-ws"] = await fanout({
      subscribers: SUBSCRIBERS,
      events: EVENTS,
      receiver: graphqlWsReceiver(`${wsBase}/graphql`, AUTH, `subscription { agentStatusChanged(agentId: "${target}") { agentId previousStatus status changedAt } }`, SUBSCRIBERS, openOnServer),
      trigger,
      heap,
    });
    // Each run starts from no open subscription (the previous run's sockets have closed on the server).
    const settle = async () => {
      while ((await openOnServer()) > 0) await new Promise((r) => setTimeout(r, 50));
    };
    await settle();
    results["seed 001 /v1/ws"] = await fanout({
      subscribers: SUBSCRIBERS,
      events: EVENTS,
      receiver: legacyReceiver(`${wsBase}/v1/ws?token=${ADMIN}`, SUBSCRIBERS, (ws) => ws.send(JSON.stringify({ command: "subscribe", event_type: "agent_status", filter: { agent_id: target } })), (m) => m.event === "agent_status_update", openOnServer),
      trigger,
      heap,
    });
    await settle();
    results["seed 002 /ws/v1/connect"] = await fanout({
      subscribers: SUBSCRIBERS,
      events: EVENTS,
      receiver: legacyReceiver(
        `${wsBase}/ws/v1/connect`,
        SUBSCRIBERS,
        (ws) => {
          ws.send(JSON.stringify({ type: "auth", token: ADMIN }));
          ws.send(JSON.stringify({ type: "command", id: "s", command: "subscribe", params: { topic: "agent_status", agent_id: target } }));
        },
        (m) => m.type === "status",
        openOnServer,
      ),
      trigger,
      heap,
    });
    console.log(`\nFan-out of one agent status change to ${SUBSCRIBERS} subscribers, ${EVENTS} events (from the mutation's start to each message):`);
    for (const [name, r] of Object.entries(results)) {
      console.log(`  ${name.padEnd(26)} p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, lost ${r.lost}, heap ${(r.heapPerSubscriberBytes / 1024).toFixed(1)} KB/subscriber`);
    }
  } finally {
    await stopAllTargets();
    provider.close();
  }
}

await main();
