// Seed 001 Session Management and Messaging APIs over REST, and the elizaOS-style Sessions API:
// documented shapes and status codes (201, 400, 404, 409, 410, 413, 422).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rest } from "./support/client.js";
import { minutes } from "./support/clock.js";
import { createKey, runningAgent } from "./support/fixtures.js";
import { startServer, type TestServer } from "./support/server.js";

let server: TestServer;
let agentId: string;
beforeAll(async () => {
  server = await startServer();
  agentId = (await runningAgent(server, { type: "ceo_mimi" })).id;
});
afterAll(() => server.stop());

async function createSession(body: Record<string, unknown> = {}) {
  const response = await rest(server, "POST", "/api/v1/sessions", { body: { agent_id: agentId, user_id: "user-123", ...body } });
  expect(response.status).toBe(201);
  return response.body;
}

describe("/api/v1/sessions (seed 001)", () => {
  it("POST creates the seed's example session: 201 with session_id, expires_at and status active", async () => {
    const body = await createSession({ context: { conversation_topic: "Q4 strategy planning" } });
    expect(body).toEqual({
      session_id: expect.stringMatching(/^ses_/),
      agent_id: agentId,
      user_id: "user-123",
      created_at: server.clock.now().toISOString(),
      expires_at: new Date(server.clock.now().getTime() + minutes(30)).toISOString(),
      status: "active",
      context: { conversation_topic: "Q4 strategy planning" },
      timeout_config: { timeout_minutes: 30, auto_renew: true, max_duration_minutes: 720, warning_threshold_minutes: 5 },
    });
  });

  it("accepts timeoutConfig (Sessions API spelling) and timeout_config, and answers 400 invalid_timeout_config out of range", async () => {
    expect((await createSession({ timeoutConfig: { timeoutMinutes: 60 } })).timeout_config.timeout_minutes).toBe(60);
    expect((await createSession({ timeout_config: { timeout_minutes: 90 } })).timeout_config.timeout_minutes).toBe(90);
    const bad = await rest(server, "POST", "/api/v1/sessions", { body: { agent_id: agentId, timeoutConfig: { timeoutMinutes: 2 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: "invalid_timeout_config",
      details: { fields: [{ field: "timeout_config.timeout_minutes", allowed: { min: 5, max: 1440 } }] },
    });
  });

  it("answers 404 agent_not_found for an unknown agent", async () => {
    const response = await rest(server, "POST", "/api/v1/sessions", { body: { agent_id: "agt_nobody", user_id: "u" } });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("agent_not_found");
  });

  it("POST …/message answers {response, context_update, timestamp}", async () => {
    const session = await createSession();
    const response = await rest(server, "POST", `/api/v1/sessions/${session.session_id}/message`, { body: { content: "What are our Q4 priorities?" } });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      response: expect.stringContaining("CEO Mimi"),
      context_update: { turns: 1, lastTopic: "priorities" },
      timestamp: server.clock.now().toISOString(),
      message_id: expect.stringMatching(/^smg_/),
    });
  });

  it("POST …/message answers 400 invalid_message_content for empty or missing content, and for a bad on_busy", async () => {
    const session = await createSession();
    for (const body of [{ content: "" }, {}, { content: "x".repeat(4001) }, { content: "ok", on_busy: "sometimes" }]) {
      const response = await rest(server, "POST", `/api/v1/sessions/${session.session_id}/message`, { body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe("invalid_message_content");
    }
  });

  it("GET …/{id} shows the session object; an expired one is still shown, as expired", async () => {
    const session = await createSession({ timeout_config: { timeout_minutes: 5, warning_threshold_minutes: 1 } });
    await rest(server, "POST", `/api/v1/sessions/${session.session_id}/message`, { body: { content: "hello there" } });
    const shown = await rest(server, "GET", `/api/v1/sessions/${session.session_id}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ session_id: session.session_id, status: "active", message_count: 2, context: { turns: 1 } });
    server.clock.advance(minutes(6));
    const expired = await rest(server, "GET", `/api/v1/sessions/${session.session_id}`);
    expect(expired.body).toMatchObject({ status: "expired", time_remaining: 0 });
    const late = await rest(server, "POST", `/api/v1/sessions/${session.session_id}/message`, { body: { content: "still there?" } });
    expect(late.status).toBe(410);
    expect(late.body.error.code).toBe("session_expired");
  });

  it("POST …/end answers {session_id, ended_at, status: ended, summary}; ending again is 409", async () => {
    const session = await createSession();
    const ended = await rest(server, "POST", `/api/v1/sessions/${session.session_id}/end`);
    expect(ended.status).toBe(200);
    expect(ended.body).toEqual({ session_id: session.session_id, ended_at: server.clock.now().toISOString(), status: "ended", summary: expect.any(String) });
    const again = await rest(server, "POST", `/api/v1/sessions/${session.session_id}/end`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("session_ended");
  });

  it("heartbeat and renew routes keep a session alive", async () => {
    const session = await createSession({ timeout_config: { auto_renew: false } });
    server.clock.advance(minutes(10));
    const beat = await rest(server, "POST", `/api/v1/sessions/${session.session_id}/heartbeat`);
    expect(beat.body).toMatchObject({ last_activity: server.clock.now().toISOString(), expires_at: session.expires_at });
    const renewed = await rest(server, "POST", `/api/v1/sessions/${session.session_id}/renew`);
    expect(renewed.body).toMatchObject({ renewal_count: 1, expires_at: new Date(server.clock.now().getTime() + minutes(30)).toISOString() });
  });

  it("answers 404 session_not_found for an unknown session", async () => {
    const response = await rest(server, "GET", "/api/v1/sessions/ses_unknown");
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("session_not_found");
  });

  it("answers 413 CONTEXT_LIMIT_EXCEEDED when the prompt exceeds the caller's tier", async () => {
    const { auth } = await createKey(server, { tier: "FREE" });
    const notes = Array.from({ length: 3000 }, (_, i) => `fact ${i}: the customer prefers option ${(i * 7) % 13}`).join("; ");
    const session = await rest(server, "POST", "/api/v1/sessions", { auth, body: { agent_id: agentId, context: { notes } } });
    const response = await rest(server, "POST", `/api/v1/sessions/${session.body.session_id}/message`, { auth, body: { content: "go" } });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("CONTEXT_LIMIT_EXCEEDED");
  });
});

describe("/api/messaging/sessions (Sessions API)", () => {
  it("lists sessions with total and stats (admin)", async () => {
    await createSession();
    const response = await rest(server, "GET", "/api/messaging/sessions");
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(response.body.sessions.length);
    expect(response.body.stats).toEqual({ total: response.body.total, active: expect.any(Number), expired: expect.any(Number), ended: expect.any(Number) });
    expect(Object.keys(response.body.sessions[0]).sort()).toEqual(
      ["agentId", "createdAt", "expiresAt", "isNearExpiration", "lastActivity", "messageCount", "metadata", "renewalCount", "sessionId", "status", "timeRemaining", "timeoutConfig", "userId"].sort(),
    );
  });

  it("reports health as {status, activeSessions, expiringSoon, uptime}", async () => {
    const response = await rest(server, "GET", "/api/messaging/sessions/health");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "healthy", activeSessions: expect.any(Number), expiringSoon: expect.any(Number), uptime: expect.any(Number) });
  });

  it("GET a session: 200 while active, 410 once expired, 404 when unknown", async () => {
    const session = await createSession({ timeout_config: { timeout_minutes: 5, warning_threshold_minutes: 1 } });
    const active = await rest(server, "GET", `/api/messaging/sessions/${session.session_id}`);
    expect(active.body).toMatchObject({ sessionId: session.session_id, status: "active", timeRemaining: 5 * 60 * 1000 });
    server.clock.advance(minutes(5));
    const expired = await rest(server, "GET", `/api/messaging/sessions/${session.session_id}`);
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe("session_expired");
    expect((await rest(server, "GET", "/api/messaging/sessions/ses_unknown")).status).toBe(404);
  });

  it("renew answers 422 session_max_duration once the maximum duration is reached", async () => {
    const session = await createSession({ timeout_config: { timeout_minutes: 30, max_duration_minutes: 30 } });
    const response = await rest(server, "POST", `/api/messaging/sessions/${session.session_id}/renew`);
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe("session_max_duration");
    const beat = await rest(server, "POST", `/api/messaging/sessions/${session.session_id}/heartbeat`);
    expect(beat.status).toBe(200);
    expect(beat.body.sessionId).toBe(session.session_id);
  });
});

describe("/api/v1/channels (seed 001 Messaging API)", () => {
  it("POST creates a channel: 201 {channel_id, name, type, created_at, member_count}", async () => {
    const member = await runningAgent(server);
    const response = await rest(server, "POST", "/api/v1/channels", { body: { name: "strategy", type: "private", members: [member.id] } });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ channel_id: expect.stringMatching(/^chn_/), name: "strategy", type: "private", created_at: server.clock.now().toISOString(), member_count: 2 });
  });

  it("POST answers 400 for an unknown type and for private without members", async () => {
    const badType = await rest(server, "POST", "/api/v1/channels", { body: { name: "x", type: "secret" } });
    expect(badType.status).toBe(400);
    expect(badType.body.error.details.fields[0].field).toBe("type");
    const noMembers = await rest(server, "POST", "/api/v1/channels", { body: { name: "x", type: "private" } });
    expect(noMembers.status).toBe(400);
    expect(noMembers.body.error.code).toBe("invalid_channel_members");
  });

  it("POST …/messages: 201 {message_id, channel_id, sender_id, content, sent_at}; 400 for no content; 404 for no channel", async () => {
    const channel = (await rest(server, "POST", "/api/v1/channels", { body: { name: "general", type: "public" } })).body;
    const sent = await rest(server, "POST", `/api/v1/channels/${channel.channel_id}/messages`, { body: { content: "hello", metadata: { source: "cli" } } });
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({
      message_id: expect.stringMatching(/^msg_/),
      channel_id: channel.channel_id,
      sender_id: expect.stringMatching(/^key_/),
      content: "hello",
      sent_at: server.clock.now().toISOString(),
    });
    const empty = await rest(server, "POST", `/api/v1/channels/${channel.channel_id}/messages`, { body: { content: "" } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe("invalid_message_content");
    expect((await rest(server, "POST", "/api/v1/channels/chn_nope/messages", { body: { content: "x" } })).status).toBe(404);
  });

  it("GET …/messages returns the most recent `limit` (default 50), bounded by before/after timestamps, oldest first", async () => {
    const channel = (await rest(server, "POST", "/api/v1/channels", { body: { name: "busy", type: "public" } })).body;
    const times: string[] = [];
    for (let i = 1; i <= 55; i++) {
      server.clock.advance(1000);
      times.push((await rest(server, "POST", `/api/v1/channels/${channel.channel_id}/messages`, { body: { content: `m${i}` } })).body.sent_at);
    }
    const all = await rest(server, "GET", `/api/v1/channels/${channel.channel_id}/messages`);
    expect(all.body.messages).toHaveLength(50);
    expect(all.body.messages[0].content).toBe("m6");
    expect(all.body.messages[49]).toMatchObject({ content: "m55", sender_type: "user", channel_id: channel.channel_id });
    const window = await rest(server, "GET", `/api/v1/channels/${channel.channel_id}/messages?limit=3&after=${times[9]}&before=${times[20]}`);
    expect(window.body.messages.map((m: { content: string }) => m.content)).toEqual(["m18", "m19", "m20"]);
    const badTime = await rest(server, "GET", `/api/v1/channels/${channel.channel_id}/messages?before=yesterday`);
    expect(badTime.status).toBe(400);
  });
});
