// Seed 003 list endpoints and write idempotency: GET /api/agents (filters, sort, pagination, meta),
// GET /api/agents/active, and Idempotency-Key on POST.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlOk, rest } from "./support/client.js";
import { hours } from "./support/clock.js";
import { createKey } from "./support/fixtures.js";
import type { FakeOpenAI } from "./support/openai-server.js";
import type { TestServer } from "./support/server.js";
import { startFakeModels, startWorkServer, taskWhen } from "./support/work.js";
import { SpawnTask, TasksQuery } from "./support/work-documents.js";
import { eventually } from "./support/ws.js";

let models: FakeOpenAI;
let server: TestServer;
const ids: Record<string, string> = {};

beforeAll(async () => {
  models = await startFakeModels();
  server = await startWorkServer(models);
  // Day one: two k2p5 tasks and a team run; day two (after the clock moves): an opus and a sonnet task.
  for (const [name, model] of [["k1", "k2p5"], ["k2", "k2p5"]] as const) {
    ids[name] = (await gqlOk(server, SpawnTask, { input: { task: `Task ${name}`, model } })).spawnTask.task.id;
  }
  ids.team = (await rest(server, "POST", "/api/spawn-team", { body: { team: "team_creative", task: "Write a jingle" } })).body.agent_id;
  for (const id of Object.values(ids)) await taskWhen(server, id);
  server.clock.advance(hours(24));
  for (const [name, model] of [["o1", "opus"], ["s1", "sonnet"]] as const) {
    ids[name] = (await gqlOk(server, SpawnTask, { input: { task: `Task ${name}`, model } })).spawnTask.task.id;
    await taskWhen(server, ids[name]!);
  }
});
afterAll(async () => {
  models.releaseAll();
  await server.stop();
  await models.close();
});

const list = async (query: string) => {
  const response = await rest(server, "GET", `/api/agents${query}`);
  expect(response.status).toBe(200);
  return response.body;
};

describe("GET /api/agents (seed 003 List Agents)", () => {
  it("lists spawned tasks and team runs newest first with the seed's data, pagination and meta", async () => {
    const body = await list("");
    expect(body.data.map((a: { agent_id: string }) => a.agent_id)).toEqual([ids.s1, ids.o1, ids.team, ids.k2, ids.k1]);
    expect(body.data[0]).toEqual({
      agent_id: ids.s1,
      model: "sonnet",
      status: "completed",
      task: "Task s1",
      team: null,
      created_at: "2026-03-03T09:00:00.000Z",
      started_at: "2026-03-03T09:00:00.000Z",
      completed_at: "2026-03-03T09:00:00.000Z",
      estimated_cost: expect.any(Number),
      actual_cost: expect.any(Number),
    });
    expect(body.pagination).toEqual({ total: 5, limit: 20, offset: 0, has_more: false, next_offset: null, previous_offset: null, cursor: null });
    expect(body.meta.by_model).toEqual({ k2p5: 2, opus: 1, sonnet: 1 });
    const sum = body.data.reduce((s: number, a: { actual_cost: number }) => s + a.actual_cost, 0);
    expect(body.meta.total_cost).toBeCloseTo(sum, 6);
  });

  it("filters by status, model, team and created_after, as query parameters or the JSON filter", async () => {
    const agentIds = (body: { data: { agent_id: string }[] }) => body.data.map((a) => a.agent_id);
    expect(agentIds(await list("?model=k2p5"))).toEqual([ids.k2, ids.k1]);
    expect(agentIds(await list("?team=team_creative"))).toEqual([ids.team]);
    expect(agentIds(await list("?status=completed&created_after=2026-03-03"))).toEqual([ids.s1, ids.o1]);
    expect(agentIds(await list(`?filter=${encodeURIComponent(JSON.stringify({ created_after: "2026-03-03", model: "opus" }))}`))).toEqual([ids.o1]);
    expect((await list("?status=running")).data).toEqual([]);
  });

  it("filters by cost_gt and sorts by cost, both ways", async () => {
    const all = (await list("?sort=cost")).data as { agent_id: string; actual_cost: number }[];
    const costs = all.map((a) => a.actual_cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect((await list("?sort=-cost")).data.map((a: { actual_cost: number }) => a.actual_cost)).toEqual([...costs].reverse());
    const cheapest = costs[0]!;
    const dearer = (await list(`?cost_gt=${cheapest}`)).data as { actual_cost: number }[];
    expect(dearer.length).toBe(costs.filter((c) => c > cheapest).length);
    expect(dearer.every((a) => a.actual_cost > cheapest)).toBe(true);
  });

  it("pages with limit and offset", async () => {
    const page = await list("?limit=2&offset=2");
    expect(page.data.map((a: { agent_id: string }) => a.agent_id)).toEqual([ids.team, ids.k2]);
    expect(page.pagination).toEqual({ total: 5, limit: 2, offset: 2, has_more: true, next_offset: 4, previous_offset: 0, cursor: expect.any(String) });
  });

  it.each([
    ["?status=sleeping", "status: expects one of: spawning, running, completed, failed, cancelled, timed_out"],
    ["?sort=name", "sort: unknown sort field \"name\"; allowed: status, created_at, completed_at, cost, estimated_cost, with - for descending"],
    ["?cost_gt=lots", "cost_gt: expects an amount of US dollars such as 0.50 (at most six decimals)"],
    ["?created_after=yesterday", "created_after: expects an ISO-8601 date or timestamp such as 2026-02-01 or 2026-02-01T12:00:00Z"],
    ["?limit=500", "limit must be between 1 and 100"],
  ])("rejects %s with 400 and a message naming the parameter", async (query, message) => {
    const response = await rest(server, "GET", `/api/agents${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ success: false, error: message });
  });
});

describe("GET /api/agents/active (seed 003 List Active Agents)", () => {
  it("lists the running tasks with their count and today's total cost", async () => {
    models.hold();
    try {
      const running = (await gqlOk(server, SpawnTask, { input: { task: "Still thinking", model: "k2p5" } })).spawnTask.task;
      await eventually(() => models.held === 1);
      const response = await rest(server, "GET", "/api/agents/active");
      expect(response.status).toBe(200);
      const today = (await list("?created_after=2026-03-03")).meta.total_cost;
      expect(response.body).toEqual({ agents: [{ agent_id: running.id, model: "k2p5", status: "running", task: "Still thinking" }], count: 1, total_cost_today: today });
      models.releaseAll();
      await taskWhen(server, running.id);
      expect((await rest(server, "GET", "/api/agents/active")).body).toMatchObject({ agents: [], count: 0 });
    } finally {
      models.releaseAll();
    }
  });
});

describe("Idempotency-Key on writes (seed 003)", () => {
  it("answers a repeat with the same key and payload with the first response, spawning once", async () => {
    const before = (await gqlOk(server, TasksQuery, {})).tasks.totalCount;
    const call = () => rest(server, "POST", "/api/spawn", { body: { model: "k2p5", task: "Exactly once" }, headers: { "idempotency-key": "7f8f8c5a-4d6f-4f6c-ae4b-52a7c8aa2d9b" } });
    const first = await call();
    const second = await call();
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect((await gqlOk(server, TasksQuery, {})).tasks.totalCount).toBe(before + 1);
    await taskWhen(server, first.body.agent_id);
  });

  it("refuses the same key with another payload: 409 and the seed's message", async () => {
    const headers = { "idempotency-key": "key-for-one-payload" };
    expect((await rest(server, "POST", "/api/spawn", { body: { model: "k2p5", task: "First payload" }, headers })).status).toBe(201);
    const other = await rest(server, "POST", "/api/spawn", { body: { model: "k2p5", task: "Second payload" }, headers });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ success: false, error: "Idempotency key payload mismatch", code: "idempotency_key_reused" });
  });

  it("keeps keys apart per caller and forgets them after 24 hours", async () => {
    const headers = { "idempotency-key": "short-lived" };
    const first = await rest(server, "POST", "/api/spawn", { body: { model: "k2p5", task: "Day one" }, headers });
    const otherCaller = (await createKey(server, { roles: ["AGENT_MANAGER"] })).auth;
    const theirs = await rest(server, "POST", "/api/spawn", { body: { model: "k2p5", task: "Their own payload" }, headers, auth: otherCaller });
    expect(theirs.status).toBe(201);
    expect(theirs.body.agent_id).not.toBe(first.body.agent_id);
    server.clock.advance(hours(24) + 1000);
    const later = await rest(server, "POST", "/api/spawn", { body: { model: "k2p5", task: "Day one" }, headers });
    expect(later.status).toBe(201);
    expect(later.body.agent_id).not.toBe(first.body.agent_id);
  });
});
