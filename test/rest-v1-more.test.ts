// The REST routes for what only GraphQL offered (seed 001 conventions under /api/v1), seed 003's batch
// spawning and team endpoints — same services, same permission rules, same errors as GraphQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rest } from "./support/client.js";
import { createKey, runningAgent, unique } from "./support/fixtures.js";
import type { FakeOpenAI } from "./support/openai-server.js";
import type { TestServer } from "./support/server.js";
import { startFakeModels, startWorkServer, taskWhen } from "./support/work.js";

let models: FakeOpenAI;
let server: TestServer;
beforeAll(async () => {
  models = await startFakeModels();
  server = await startWorkServer(models);
});
afterAll(async () => {
  models.releaseAll();
  await server.stop();
  await models.close();
});

describe("PATCH /api/v1/agents/{agent_id}", () => {
  it("updates name and config (snake_case) and answers the agent", async () => {
    const created = (await rest(server, "POST", "/api/v1/agents", { body: { name: unique("patch-me"), type: "cto_alex" } })).body;
    const name = unique("patched");
    const response = await rest(server, "PATCH", `/api/v1/agents/${created.agent_id}`, { body: { name, config: { max_tokens: 321 } } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ agent_id: created.agent_id, name, config: { max_tokens: 321 } });
  });

  it("refuses a bad config with invalid_agent_config and an unknown agent with agent_not_found", async () => {
    const created = (await rest(server, "POST", "/api/v1/agents", { body: { name: unique("bad"), type: "t" } })).body;
    const bad = await rest(server, "PATCH", `/api/v1/agents/${created.agent_id}`, { body: { config: { temperature: 9 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_agent_config");
    const missing = await rest(server, "PATCH", "/api/v1/agents/agt_missing", { body: { name: "x" } });
    expect([missing.status, missing.body.error.code]).toEqual([404, "agent_not_found"]);
  });
});

describe("channels under /api/v1", () => {
  it("lists channels with page/limit, gets one with its members, adds and removes members", async () => {
    const agent = await runningAgent(server);
    const created = (await rest(server, "POST", "/api/v1/channels", { body: { name: unique("ops"), type: "public" } })).body;
    const list = await rest(server, "GET", "/api/v1/channels?limit=1&page=1&type=public");
    expect(list.status).toBe(200);
    expect(list.body.channels).toHaveLength(1);
    expect(list.body.pagination).toMatchObject({ page: 1, limit: 1, total: expect.any(Number) });
    const added = await rest(server, "POST", `/api/v1/channels/${created.channel_id}/members`, { body: { member_id: agent.id } });
    expect(added.status).toBe(201);
    expect(added.body.members.map((m: { member_id: string }) => m.member_id)).toContain(agent.id);
    const got = await rest(server, "GET", `/api/v1/channels/${created.channel_id}`);
    expect(got.body).toMatchObject({ channel_id: created.channel_id, member_count: 2 });
    const removed = await rest(server, "DELETE", `/api/v1/channels/${created.channel_id}/members/${agent.id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.members.map((m: { member_id: string }) => m.member_id)).not.toContain(agent.id);
  });

  it("hides a private channel from a non-member (channel_not_found), as GraphQL does", async () => {
    const agent = await runningAgent(server);
    const closed = (await rest(server, "POST", "/api/v1/channels", { body: { name: unique("closed"), type: "private", members: [agent.id] } })).body;
    const outsider = await createKey(server, { roles: ["MESSAGING"] });
    const response = await rest(server, "GET", `/api/v1/channels/${closed.channel_id}`, { auth: outsider.auth });
    expect([response.status, response.body.error.code]).toEqual([404, "channel_not_found"]);
  });

  it("edits a message (the sender only)", async () => {
    const channel = (await rest(server, "POST", "/api/v1/channels", { body: { name: unique("edits"), type: "public" } })).body;
    const message = (await rest(server, "POST", `/api/v1/channels/${channel.channel_id}/messages`, { body: { content: "frist" } })).body;
    const edited = await rest(server, "PATCH", `/api/v1/channels/${channel.channel_id}/messages/${message.message_id}`, { body: { content: "first" } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ message_id: message.message_id, content: "first", edited_at: expect.any(String) });
    const other = await createKey(server, { roles: ["MESSAGING"] });
    const refused = await rest(server, "PATCH", `/api/v1/channels/${channel.channel_id}/messages/${message.message_id}`, { body: { content: "mine now" }, auth: other.auth });
    expect(refused.status).toBe(403);
  });
});

describe("API keys, users, login and refresh under /api/v1", () => {
  it("creates (secret shown once), lists and revokes API keys; the revoked key stops working", async () => {
    const created = await rest(server, "POST", "/api/v1/api-keys", { body: { name: unique("ci"), roles: ["system_monitor"], scopes: ["system:read"] } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key_id: expect.any(String), roles: ["system_monitor"], scopes: ["system:read"], status: "active", key: expect.any(String) });
    const auth = `ApiKey ${created.body.key}`;
    expect((await rest(server, "GET", "/api/v1/system/status", { auth })).status).toBe(200);
    const list = await rest(server, "GET", "/api/v1/api-keys?limit=100");
    expect(list.body.api_keys.map((k: { key_id: string }) => k.key_id)).toContain(created.body.key_id);
    expect(list.body.api_keys.every((k: Record<string, unknown>) => !("key" in k))).toBe(true);
    const revoked = await rest(server, "DELETE", `/api/v1/api-keys/${created.body.key_id}`);
    expect(revoked.body).toMatchObject({ key_id: created.body.key_id, status: "revoked", revoked: true });
    expect((await rest(server, "GET", "/api/v1/system/status", { auth })).status).toBe(401);
  });

  it("needs admin:write to create a key", async () => {
    const monitor = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    const response = await rest(server, "POST", "/api/v1/api-keys", { body: { name: unique("x"), roles: ["admin"] }, auth: monitor.auth });
    expect([response.status, response.body.error.code]).toEqual([403, "insufficient_permissions"]);
  });

  it("creates a user, logs in, refreshes once (a reused refresh token is refused)", async () => {
    const email = `${unique("ops")}@example.com`;
    const password = "correct horse battery staple";
    const user = await rest(server, "POST", "/api/v1/users", { body: { email, name: "Ops", password, roles: ["system_monitor"] } });
    expect(user.status).toBe(201);
    expect(user.body).toMatchObject({ user_id: expect.stringMatching(/^usr_/), email, roles: ["system_monitor"] });
    expect((await rest(server, "GET", `/api/v1/users/${user.body.user_id}`)).body).toEqual(user.body);
    const login = await rest(server, "POST", "/api/v1/auth/login", { body: { email, password }, auth: null });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ token_type: "Bearer", expires_in: 3600, user: { user_id: user.body.user_id } });
    expect((await rest(server, "GET", "/api/v1/system/status", { auth: `Bearer ${login.body.access_token}` })).status).toBe(200);
    const refreshed = await rest(server, "POST", "/api/v1/auth/refresh", { body: { refresh_token: login.body.refresh_token }, auth: null });
    expect(refreshed.status).toBe(200);
    const reused = await rest(server, "POST", "/api/v1/auth/refresh", { body: { refresh_token: login.body.refresh_token }, auth: null });
    expect([reused.status, reused.body.error.code]).toEqual([401, "invalid_refresh_token"]);
    const wrong = await rest(server, "POST", "/api/v1/auth/login", { body: { email, password: "nope nope nope" }, auth: null });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, "invalid_credentials"]);
  });
});

describe("budget and model catalogue under /api/v1", () => {
  it("reads and updates the budget", async () => {
    const before = await rest(server, "GET", "/api/v1/budget");
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ daily_budget: 50, budget_alert_level: "ok", thresholds: { notice: 50, warning: 70, critical: 90 } });
    const updated = await rest(server, "PUT", "/api/v1/budget", { body: { daily_budget: 75.5, monthly_ceiling: 2000 } });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ daily_budget: 75.5, monthly_ceiling: 2000 });
    const unknown = await rest(server, "PUT", "/api/v1/budget", { body: { daily: 1 } });
    expect([unknown.status, unknown.body.error.code]).toEqual([400, "VALIDATION_ERROR"]);
  });

  it("lists the model catalogue with prices", async () => {
    const response = await rest(server, "GET", "/api/v1/models");
    expect(response.body.models).toEqual(expect.arrayContaining([expect.objectContaining({ name: "opus", input_price_per_mtok: 15, output_price_per_mtok: 75, tier: 3 })]));
  });
});

describe("seed 003 teams and batch spawning", () => {
  it("lists the registered teams and gets one; an unknown team is 404", async () => {
    const list = await rest(server, "GET", "/api/teams?limit=2");
    expect(list.body.data).toHaveLength(2);
    expect(list.body.pagination).toMatchObject({ total: 4, limit: 2, offset: 0, has_more: true, next_offset: 2 });
    const team = await rest(server, "GET", "/api/teams/team_coding");
    expect(team.body).toMatchObject({ team_id: "team_coding", members: expect.any(Array), models: expect.any(Array) });
    const missing = await rest(server, "GET", "/api/teams/team_unknown");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ success: false, error: { type: "team_not_found" } });
  });

  it("validates the whole batch first: one invalid item refuses all, naming each problem", async () => {
    const before = (await rest(server, "GET", "/api/agents?limit=1")).body.pagination.total;
    const response = await rest(server, "POST", "/api/spawn-batch", {
      body: { tasks: [{ model: "k2p5", task: "fine" }, { model: "gpt-9", task: "" }, { team: "team_nope", task: "x" }] },
    });
    expect(response.status).toBe(400);
    expect(response.body.details.fields.map((f: { field: string }) => f.field)).toEqual(["tasks[1].task", "tasks[1].model", "tasks[2].team"]);
    expect((await rest(server, "GET", "/api/agents?limit=1")).body.pagination.total).toBe(before); // nothing spawned
  });

  it("spawns every item of a valid batch and answers a result per item", async () => {
    const response = await rest(server, "POST", "/api/spawn-batch", {
      body: { tasks: [{ model: "k2p5", task: "one" }, { team: "team_research", task: "two", priority: "high" }, { model: "opus", task: "three" }] },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ success: true, spawned: 3, failed: 0 });
    expect(response.body.results.map((r: { index: number; model: string | null; team: string | null }) => [r.index, r.model, r.team])).toEqual([
      [0, "k2p5", null],
      [1, null, "team_research"],
      [2, "opus", null],
    ]);
    for (const r of response.body.results) await taskWhen(server, r.agent_id);
  });

  it("answers a budget refusal per item, spawning the items that fit", async () => {
    await rest(server, "PUT", "/api/v1/budget", { body: { daily_budget: 0.001 } });
    try {
      const response = await rest(server, "POST", "/api/spawn-batch", { body: { tasks: [{ model: "opus", task: "too dear" }] } });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ success: false, spawned: 0, failed: 1, results: [{ index: 0, success: false, error: { code: "budget_exceeded" } }] });
    } finally {
      await rest(server, "PUT", "/api/v1/budget", { body: { daily_budget: 50 } });
    }
  });
});
