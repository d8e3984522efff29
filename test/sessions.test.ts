// Seed 001 Session Management API + Sessions API over GraphQL: timeout configuration, real expiry
// (410, never 404), renewal, busy policy under real concurrency, live events, restarts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSessionTurns } from "../src/domain/sessions/turns.js";
import { errorCodes, gql, gqlOk } from "./support/client.js";
import { FakeClock, minutes } from "./support/clock.js";
import {
  CreateSession,
  EndSession,
  GetSession,
  HeartbeatSession,
  ListSessions,
  RenewSession,
  SendSessionMessage,
  SessionUpdated,
  SessionsHealth,
  StopAgent,
} from "./support/documents.js";
import { createKey, runningAgent } from "./support/fixtures.js";
import { startFakeOpenAI, type FakeOpenAI } from "./support/openai-server.js";
import { freshDatabase, startServer, type TestServer } from "./support/server.js";
import { EVENT_TIMEOUT_MS } from "./support/timeouts.js";
import { subscribe, subscribeOpen, wsClient } from "./support/ws.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ env: { SESSION_SWEEP_INTERVAL_MS: "20" } });
});
afterAll(() => server.stop());

async function newSession(input: Record<string, unknown> = {}, auth?: string) {
  const agent = await runningAgent(server, { skills: ["strategy"], type: "ceo_mimi" });
  const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id, userId: "user-123", ...input } as never }, { auth });
  return createSession.session;
}

const send = (sessionId: string, content: string, extra: Record<string, unknown> = {}, auth?: string) =>
  gql(server, SendSessionMessage, { input: { sessionId, content, ...extra } as never }, { auth });

describe("creating a session", () => {
  it("is ACTIVE with the default timeouts, and expires timeoutMinutes after creation", async () => {
    const session = await newSession({ context: { conversation_topic: "Q4 strategy planning" } });
    expect(session).toMatchObject({
      status: "ACTIVE",
      userId: "user-123",
      context: { conversation_topic: "Q4 strategy planning" },
      messageCount: 0,
      renewalCount: 0,
      timeoutConfig: { timeoutMinutes: 30, autoRenew: true, maxDurationMinutes: 720, warningThresholdMinutes: 5 },
      timeRemaining: 30 * 60,
      isNearExpiration: false,
    });
    expect(session.expiresAt).toBe(new Date(server.clock.now().getTime() + minutes(30)).toISOString());
  });

  it.each([
    [{ timeoutMinutes: 4 }, "timeoutConfig.timeoutMinutes", { min: 5, max: 1440 }],
    [{ timeoutMinutes: 1441 }, "timeoutConfig.timeoutMinutes", { min: 5, max: 1440 }],
    [{ timeoutMinutes: 60, maxDurationMinutes: 59 }, "timeoutConfig.maxDurationMinutes", { min: 60, max: 2880 }],
    [{ maxDurationMinutes: 2881 }, "timeoutConfig.maxDurationMinutes", { min: 30, max: 2880 }],
    [{ warningThresholdMinutes: 0 }, "timeoutConfig.warningThresholdMinutes", { min: 1, max: 30 }],
  ])("refuses %o with invalid_timeout_config naming the allowed range (never clamped)", async (timeoutConfig, field, allowed) => {
    const agent = await runningAgent(server);
    const before = await server.app.db.session.count();
    const result = await gql(server, CreateSession, { input: { agentId: agent.id, timeoutConfig } });
    expect(errorCodes(result)).toEqual(["invalid_timeout_config"]);
    expect(result.errors![0]!.extensions!.details).toEqual({ fields: [expect.objectContaining({ field, allowed })] });
    expect(await server.app.db.session.count()).toBe(before);
  });

  it("refuses an unknown agent with agent_not_found", async () => {
    expect(errorCodes(await gql(server, CreateSession, { input: { agentId: "agt_nobody" } }))).toEqual(["agent_not_found"]);
  });

  it("holds a free-tier principal to one concurrent active session (seed 002 tiers)", async () => {
    const { auth } = await createKey(server, { tier: "FREE" });
    await newSession({}, auth);
    const agent = await runningAgent(server);
    const second = await gql(server, CreateSession, { input: { agentId: agent.id } }, { auth });
    expect(errorCodes(second)).toEqual(["session_limit_reached"]);
  });
});

describe("talking to the agent", () => {
  it("answers with a response, a context update and a timestamp; counts both messages; renews the session", async () => {
    const session = await newSession({ context: { conversation_topic: "Q4" } });
    server.clock.advance(minutes(10));
    const result = await send(session.id, "How should we plan the quarterly budget?");
    const sent = result.data!.sendSessionMessage;
    expect(result.errors).toBeUndefined();
    expect(sent.response).toContain("CEO Mimi");
    expect(sent.response).toContain("budget");
    expect(sent.contextUpdate).toEqual({ turns: 1, lastTopic: "quarterly" });
    expect(sent.timestamp).toBe(server.clock.now().toISOString());
    expect(sent.message).toMatchObject({ role: "AGENT", content: sent.response });
    expect(sent.userMessage).toMatchObject({ role: "USER", content: "How should we plan the quarterly budget?" });
    expect(sent.session).toMatchObject({
      messageCount: 2,
      lastActivity: server.clock.now().toISOString(),
      // auto-renew: lastActivity + 30 minutes
      expiresAt: new Date(server.clock.now().getTime() + minutes(30)).toISOString(),
      context: { conversation_topic: "Q4", turns: 1, lastTopic: "quarterly" },
    });
  });

  it("is answered the same way every time by the built-in provider (deterministic)", async () => {
    const [a, b] = [await newSession(), await newSession()];
    const first = (await send(a.id, "Draft a hiring plan")).data!.sendSessionMessage.response;
    const second = (await send(b.id, "Draft a hiring plan")).data!.sendSessionMessage.response;
    expect(first).toBe(second);
  });

  it("refuses empty, too long (> 4000 characters) and too heavy (metadata > 10 KB) messages with invalid_message_content", async () => {
    const session = await newSession();
    for (const [content, metadata] of [
      ["   ", null],
      ["x".repeat(4001), null],
      ["fine", { blob: "y".repeat(11 * 1024) }],
    ] as const) {
      expect(errorCodes(await send(session.id, content, { metadata }))).toEqual(["invalid_message_content"]);
    }
    expect((await send(session.id, "x".repeat(4000))).errors).toBeUndefined();
  });

  it("refuses messages to a stopped agent with agent_not_running and stores nothing", async () => {
    const session = await newSession();
    await gqlOk(server, StopAgent, { id: session.agent.id });
    expect(errorCodes(await send(session.id, "anyone there?"))).toEqual(["agent_not_running"]);
    expect((await gqlOk(server, GetSession, { id: session.id })).session!.messageCount).toBe(0);
  });

  it("exposes the messages as a connection and the usage so far", async () => {
    const agent = await runningAgent(server, { config: { model: "k2p5" } });
    const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id } });
    await send(createSession.session.id, "first question about pricing");
    await send(createSession.session.id, "second question about churn");
    const session = (await gqlOk(server, GetSession, { id: createSession.session.id, first: 10 })).session!;
    expect(session.messages.totalCount).toBe(4);
    expect(session.messages.edges.map((e) => e.node.role)).toEqual(["USER", "AGENT", "USER", "AGENT"]);
    expect(session.usage.calls).toBe(2);
    expect(session.usage.inputTokens).toBeGreaterThan(0);
    const records = await server.app.db.usageRecord.findMany({ where: { sessionId: session.id } });
    const micros = records.reduce((sum, r) => sum + r.costMicros, 0);
    expect(micros).toBeGreaterThan(0);
    expect(Number(session.usage.cost) * 1e6).toBeCloseTo(micros, 6);
    expect(records.every((r) => r.provider === "builtin" && r.model === "k2p5" && r.agentId === agent.id)).toBe(true);
  });
});

describe("keeping a session alive", () => {
  it("never lets activity push expiry past createdAt + maxDuration", async () => {
    const session = await newSession({ timeoutConfig: { timeoutMinutes: 30, maxDurationMinutes: 40 } });
    const created = new Date(session.createdAt).getTime();
    server.clock.advance(minutes(20));
    const sent = (await send(session.id, "still here")).data!.sendSessionMessage;
    expect(sent.session.expiresAt).toBe(new Date(created + minutes(40)).toISOString());
  });

  it("does not move expiry on activity when autoRenew is off (createdAt + timeout)", async () => {
    const session = await newSession({ timeoutConfig: { autoRenew: false } });
    server.clock.advance(minutes(10));
    const sent = (await send(session.id, "hello")).data!.sendSessionMessage;
    expect(sent.session.expiresAt).toBe(session.expiresAt);
    const beat = (await gqlOk(server, HeartbeatSession, { id: session.id })).heartbeatSession.session;
    expect(beat.expiresAt).toBe(session.expiresAt);
    expect(beat.lastActivity).toBe(server.clock.now().toISOString());
  });

  it("heartbeat renews an auto-renewing session from now", async () => {
    const session = await newSession();
    server.clock.advance(minutes(25));
    const beat = (await gqlOk(server, HeartbeatSession, { id: session.id })).heartbeatSession.session;
    expect(beat.expiresAt).toBe(new Date(server.clock.now().getTime() + minutes(30)).toISOString());
    expect(beat.renewalCount).toBe(0);
  });

  it("renewSession always renews, counts renewals, and answers 422 session_max_duration at the limit", async () => {
    const session = await newSession({ timeoutConfig: { autoRenew: false, timeoutMinutes: 30, maxDurationMinutes: 50 } });
    server.clock.advance(minutes(10));
    const renewed = (await gqlOk(server, RenewSession, { id: session.id })).renewSession.session;
    expect(renewed.expiresAt).toBe(new Date(server.clock.now().getTime() + minutes(30)).toISOString());
    expect(renewed.renewalCount).toBe(1);
    server.clock.advance(minutes(15)); // 25 min in: a renewal can reach the 50-minute limit
    const capped = (await gqlOk(server, RenewSession, { id: session.id })).renewSession.session;
    expect(capped.expiresAt).toBe(new Date(new Date(session.createdAt).getTime() + minutes(50)).toISOString());
    const again = await gql(server, RenewSession, { id: session.id });
    expect(errorCodes(again)).toEqual(["session_max_duration"]);
  });
});

describe("the end of a session", () => {
  it("endSession: ENDED, endedAt, and a summary written by the agent; later calls get session_ended", async () => {
    const session = await newSession();
    await send(session.id, "Let us discuss the product roadmap");
    server.clock.advance(minutes(1));
    const ended = (await gqlOk(server, EndSession, { id: session.id })).endSession.session;
    expect(ended).toMatchObject({ status: "ENDED", endedAt: server.clock.now().toISOString(), timeRemaining: 0 });
    expect(ended.summary).toMatch(/Conversation of 1 message with CEO Mimi .* about .*roadmap/);
    for (const result of [await send(session.id, "hello?"), await gql(server, HeartbeatSession, { id: session.id }), await gql(server, EndSession, { id: session.id })]) {
      expect(errorCodes(result)).toEqual(["session_ended"]);
    }
  });

  it("an expired session stays, as EXPIRED: reads show it, every call gets session_expired (410, not 404)", async () => {
    const session = await newSession({ timeoutConfig: { timeoutMinutes: 5, warningThresholdMinutes: 1 } });
    server.clock.advance(minutes(6));
    expect((await gqlOk(server, GetSession, { id: session.id })).session).toMatchObject({ status: "EXPIRED", timeRemaining: 0 });
    for (const result of [
      await send(session.id, "hello?"),
      await gql(server, HeartbeatSession, { id: session.id }),
      await gql(server, RenewSession, { id: session.id }),
      await gql(server, EndSession, { id: session.id }),
    ]) {
      expect(errorCodes(result)).toEqual(["session_expired"]);
    }
    expect((await server.app.db.session.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("EXPIRED");
  });

  it("unknown sessions, and other principals' sessions, are session_not_found", async () => {
    const mine = await newSession();
    const { auth: someoneElse } = await createKey(server);
    expect(errorCodes(await gql(server, GetSession, { id: "ses_unknown" }))).toEqual(["session_not_found"]);
    expect(errorCodes(await gql(server, GetSession, { id: mine.id }, { auth: someoneElse }))).toEqual(["session_not_found"]);
    expect(errorCodes(await send(mine.id, "hijack", {}, someoneElse))).toEqual(["session_not_found"]);
  });
});

describe("expiry without traffic (the sweeper)", () => {
  it("pushes WARNING when the threshold is crossed and EXPIRED when the time is up, with nobody calling", async () => {
    const session = await newSession({ timeoutConfig: { timeoutMinutes: 10, warningThresholdMinutes: 3 } });
    const client = wsClient(server);
    const events = await subscribeOpen(server, client, SessionUpdated, { sessionId: session.id });

    server.clock.advance(minutes(7) + 1000); // inside the 3-minute warning window
    const warning = await events.next();
    expect(warning.data!.sessionUpdated).toMatchObject({ kind: "WARNING", session: { status: "ACTIVE" } });
    expect(warning.data!.sessionUpdated.session!.timeRemaining).toBeLessThanOrEqual(3 * 60);

    server.clock.advance(minutes(3));
    const expired = await events.next();
    expect(expired.data!.sessionUpdated).toMatchObject({ kind: "EXPIRED", session: { status: "EXPIRED" } });
    expect((await server.app.db.session.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("EXPIRED");
    expect(events.received.filter((e) => e.data?.sessionUpdated.kind === "WARNING")).toHaveLength(1); // once per expiry
    await client.dispose();
  });
});

describe("live events of a session", () => {
  it("streams MESSAGE (user), RESPONSE_DELTA…, MESSAGE (agent), CONTEXT_UPDATED, then RENEWED and ENDED", async () => {
    const session = await newSession();
    const client = wsClient(server);
    const events = await subscribeOpen(server, client, SessionUpdated, { sessionId: session.id });
    const sent = (await send(session.id, "Summarize market risks")).data!.sendSessionMessage;
    await gqlOk(server, RenewSession, { id: session.id });
    await gqlOk(server, EndSession, { id: session.id });
    await expect.poll(() => events.received.length).toBeGreaterThan(5);
    await expect.poll(() => events.received.at(-1)?.data?.sessionUpdated.kind).toBe("ENDED");

    const kinds = events.received.map((e) => e.data!.sessionUpdated.kind);
    const deltas = events.received.filter((e) => e.data!.sessionUpdated.kind === "RESPONSE_DELTA").map((e) => e.data!.sessionUpdated.delta);
    expect(deltas.join("")).toBe(sent.response);
    expect(kinds.filter((k) => k !== "RESPONSE_DELTA")).toEqual(["MESSAGE", "MESSAGE", "CONTEXT_UPDATED", "RENEWED", "ENDED"]);
    expect(events.received[0]!.data!.sessionUpdated.message).toMatchObject({ role: "USER", content: "Summarize market risks" });
    expect(events.received.at(-1)!.data!.sessionUpdated.session!.summary).toContain("market");
    await client.dispose();
  });

  it("refuses to subscribe to a session you may not see", async () => {
    const session = await newSession();
    const { auth } = await createKey(server);
    const client = wsClient(server, auth);
    const events = subscribe(client, SessionUpdated, { sessionId: session.id });
    await events.done;
    expect(events.received[0]!.errors![0]!.extensions!.code).toBe("session_not_found");
    await client.dispose();
  });
});

describe("admin listing and health", () => {
  it("admins list every session with stats; others see only their own", async () => {
    const { auth } = await createKey(server, { roles: ["MESSAGING"] });
    const own = await newSession({}, auth);
    const all = await gqlOk(server, ListSessions, { first: 100 });
    expect(all.sessions.totalCount).toBeGreaterThan(1);
    expect(all.sessionStats.total).toBe(all.sessionStats.active + all.sessionStats.expired + all.sessionStats.ended);
    expect(all.sessionStats.total).toBe(all.sessions.totalCount);
    const mine = await gqlOk(server, ListSessions, { first: 100 }, { auth });
    expect(mine.sessions.edges.map((e) => e.node.id)).toEqual([own.id]);
    expect(mine.sessionStats).toEqual({ total: 1, active: 1, expired: 0, ended: 0 });
  });

  it("sessionsHealth counts active sessions and those about to expire", async () => {
    const fresh = await startServer();
    try {
      const agent = await runningAgent(fresh);
      await gqlOk(fresh, CreateSession, { input: { agentId: agent.id, timeoutConfig: { timeoutMinutes: 10, warningThresholdMinutes: 5 } } });
      await gqlOk(fresh, CreateSession, { input: { agentId: agent.id, timeoutConfig: { timeoutMinutes: 60 } } });
      fresh.clock.advance(minutes(6));
      expect((await gqlOk(fresh, SessionsHealth)).sessionsHealth).toEqual({ status: "healthy", activeSessions: 2, expiringSoon: 1, uptime: 360 });
    } finally {
      await fresh.stop();
    }
  });
});

describe("one message at a time (busy policy)", () => {
  let openai: FakeOpenAI;
  let busy: TestServer;
  beforeAll(async () => {
    openai = await startFakeOpenAI({ delayMs: 300, answer: (body) => `answer to: ${body.messages.at(-1)!.content}` });
    busy = await startServer({ env: { OPENAI_BASE_URL: openai.url, OPENAI_MODELS: "fake-slow" } });
  });
  afterAll(async () => {
    await busy.stop();
    await openai.close();
  });

  async function slowSession() {
    const agent = await runningAgent(busy, { config: { model: "fake-slow" } });
    return (await gqlOk(busy, CreateSession, { input: { agentId: agent.id } })).createSession.session;
  }
  const sendTo = (sessionId: string, content: string, onBusy?: "REJECT" | "ENQUEUE") =>
    gql(busy, SendSessionMessage, { input: { sessionId, content, ...(onBusy ? { onBusy } : {}) } });

  it("REJECT fails with 409 session_busy naming the message in progress", async () => {
    const session = await slowSession();
    const before = openai.requests.length;
    openai.hold(); // the first answer waits until the second sender has been turned away
    const first = sendTo(session.id, "first");
    await expect.poll(() => openai.requests.length).toBeGreaterThan(before);
    const second = await sendTo(session.id, "second", "REJECT");
    openai.releaseAll();
    expect(errorCodes(second)).toEqual(["session_busy"]);
    const inProgress = (second.errors![0]!.extensions!.details as { message_in_progress: string }).message_in_progress;
    expect((await first).data!.sendSessionMessage.userMessage.id).toBe(inProgress);
  });

  it("ENQUEUE answers concurrent senders one after another, never interleaving the context", async () => {
    const session = await slowSession();
    const before = openai.requests.length;
    const sent = ["one", "two", "three"];
    const results = await Promise.all(sent.map((c) => sendTo(session.id, c)));
    // Three requests sent at once reach the session in whatever order the server reads them (each
    // first authenticates and loads the session): the turns tell the order they were answered in.
    expect(results.map((r) => r.data!.sendSessionMessage.response)).toEqual(sent.map((c) => `answer to: ${c}`));
    const turnOf = new Map(results.map((r, i) => [sent[i]!, r.data!.sendSessionMessage.contextUpdate.turns as number]));
    expect([...turnOf.values()].sort()).toEqual([1, 2, 3]);
    const answered = [...sent].sort((a, b) => turnOf.get(a)! - turnOf.get(b)!);
    const stored = (await gqlOk(busy, GetSession, { id: session.id, first: 10 })).session!.messages.edges.map((e) => e.node.content);
    expect(stored).toEqual(answered.flatMap((c) => [c, `answer to: ${c}`]));
    // Each call saw the previous answers: the last prompt holds both earlier exchanges, in order.
    const last = openai.requests[before + 2]!.body.messages.map((m) => m.content);
    expect(last.slice(1)).toEqual([answered[0], `answer to: ${answered[0]}`, answered[1], `answer to: ${answered[1]}`, answered[2]]);
  });

  it("takes a session's turns in the order they arrive, one at a time", async () => {
    const turns = createSessionTurns();
    const order: string[] = [];
    let running = 0;
    const gates = new Map<string, () => void>();
    const turn = (name: string) =>
      turns.run("ses_1", async () => {
        running++;
        expect(running).toBe(1); // never two at once
        order.push(name);
        await new Promise<void>((resolve) => gates.set(name, resolve));
        running--;
      });
    const all = ["first", "second", "third"].map(turn);
    expect(turns.isBusy("ses_1")).toBe(true);
    for (const name of ["first", "second", "third"]) {
      await expect.poll(() => gates.has(name), { timeout: EVENT_TIMEOUT_MS }).toBe(true);
      gates.get(name)!();
    }
    await Promise.all(all);
    expect(order).toEqual(["first", "second", "third"]);
    expect(turns.isBusy("ses_1")).toBe(false);
  });
});

describe("restarting in the middle of a session", () => {
  it("keeps state and expiry, and expires at start-up what expired while the server was down", async () => {
    const database = await freshDatabase();
    const clock = new FakeClock();
    const first = await startServer({ database, clock });
    const agent = await runningAgent(first);
    const live = (await gqlOk(first, CreateSession, { input: { agentId: agent.id, timeoutConfig: { timeoutMinutes: 120 } } })).createSession.session;
    const doomed = (await gqlOk(first, CreateSession, { input: { agentId: agent.id, timeoutConfig: { timeoutMinutes: 30 } } })).createSession.session;
    await gqlOk(first, SendSessionMessage, { input: { sessionId: live.id, content: "remember the launch date" } });
    await first.stop();

    clock.advance(minutes(45)); // the server is down for 45 minutes
    const second = await startServer({ database, clock });
    try {
      const resumed = (await gqlOk(second, GetSession, { id: live.id, first: 10 })).session!;
      expect(resumed).toMatchObject({ status: "ACTIVE", messageCount: 2, context: { turns: 1 } });
      expect(resumed.messages.edges.map((e) => e.node.content)[0]).toBe("remember the launch date");
      expect((await second.app.db.session.findUniqueOrThrow({ where: { id: doomed.id } })).status).toBe("EXPIRED");
      expect(errorCodes(await gql(second, SendSessionMessage, { input: { sessionId: doomed.id, content: "hi" } }))).toEqual(["session_expired"]);
      expect((await gql(second, SendSessionMessage, { input: { sessionId: live.id, content: "and now?" } })).errors).toBeUndefined();
    } finally {
      await second.stop();
    }
  });
});

describe("context size (seed 002 tiers)", () => {
  it("refuses a prompt over the tier's context size with CONTEXT_LIMIT_EXCEEDED (413)", async () => {
    const { auth } = await createKey(server, { tier: "FREE", roles: ["MESSAGING"] });
    const agent = await runningAgent(server);
    const huge = { notes: Array.from({ length: 3000 }, (_, i) => `fact ${i}: the customer prefers option ${(i * 7) % 13}`).join("; ") }; // ≈ 35k tokens
    const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id, context: huge } }, { auth });
    const result = await send(createSession.session.id, "what do you know?", {}, auth);
    expect(errorCodes(result)).toEqual(["CONTEXT_LIMIT_EXCEEDED"]);
    expect(result.errors![0]!.extensions!.details).toMatchObject({ limit: 32000 });
    // The same context fits an enterprise principal's 200k window.
    const { createSession: roomy } = await gqlOk(server, CreateSession, { input: { agentId: agent.id, context: huge } });
    expect((await send(roomy.session.id, "what do you know?")).errors).toBeUndefined();
  });
});
