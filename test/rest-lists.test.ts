// Seed 003 "Pagination & Filtering" on GET /api/agents, and the same language through GraphQL's
// tasks(where, orderBy): every operator filters in SQL, unknown fields/operators/types are 400s that
// name what is allowed, links keep the caller's parameters, a page costs a constant number of statements.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { gqlOk, rest } from "./support/client.js";
import type { FakeOpenAI } from "./support/openai-server.js";
import type { TestServer } from "./support/server.js";
import { startFakeModels, startWorkServer, taskWhen } from "./support/work.js";
import { SpawnTask } from "./support/work-documents.js";

const TasksWhere = graphql(`
  query TasksWhere($where: TaskWhere, $orderBy: TaskOrder) {
    tasks(first: 100, where: $where, orderBy: $orderBy) { totalCount edges { node { id } } }
  }
`);

let models: FakeOpenAI;
let server: TestServer;
const ids: Record<string, string> = {};

beforeAll(async () => {
  models = await startFakeModels();
  server = await startWorkServer(models);
  const spawn: [string, string, string][] = [
    ["alpha", "k2p5", "Write report alpha"],
    ["beta", "sonnet", "Write report beta"],
    ["gamma", "opus", "Draft memo gamma"],
    ["delta", "k2p5", "Review code delta"],
  ];
  for (const [name, model, task] of spawn) ids[name] = (await gqlOk(server, SpawnTask, { input: { task, model } })).spawnTask.task.id;
  ids.team = (await rest(server, "POST", "/api/spawn-team", { body: { team: "team_coding", task: "Plan the launch" } })).body.agent_id;
  for (const id of Object.values(ids)) await taskWhen(server, id);
});
afterAll(async () => {
  models.releaseAll();
  await server.stop();
  await models.close();
});

const filtered = async (filter: unknown, extra = "") => {
  const response = await rest(server, "GET", `/api/agents?filter=${encodeURIComponent(JSON.stringify(filter))}${extra}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return (response.body.data as { agent_id: string }[]).map((a) => a.agent_id).sort();
};
const idsOf = (...names: string[]) => names.map((n) => ids[n]!).sort();

describe("seed 003 filter operators on GET /api/agents", () => {
  it("ne keeps every other row, team runs without a model included", async () => {
    expect(await filtered({ model: { ne: "k2p5" } })).toEqual(idsOf("beta", "gamma", "team"));
  });

  it("in selects any of the values; an array is the same as in", async () => {
    expect(await filtered({ model: { in: ["sonnet", "opus"] } })).toEqual(idsOf("beta", "gamma"));
    expect(await filtered({ status: ["completed", "failed"] })).toEqual(idsOf("alpha", "beta", "gamma", "delta", "team"));
  });

  it("contains, starts_with and ends_with match text, ignoring case", async () => {
    expect(await filtered({ task: { contains: "REPORT" } })).toEqual(idsOf("alpha", "beta"));
    expect(await filtered({ task: { starts_with: "draft" } })).toEqual(idsOf("gamma"));
    expect(await filtered({ task: { ends_with: "delta" } })).toEqual(idsOf("delta"));
  });

  it("gt, gte, lt and lte compare amounts and times; eq is the default", async () => {
    const all = (await rest(server, "GET", "/api/agents?sort=cost")).body.data as { agent_id: string; actual_cost: number }[];
    const cheapest = all[0]!.actual_cost;
    expect((await filtered({ cost: { gte: cheapest } })).length).toBe(5);
    expect((await filtered({ cost: { gt: cheapest } })).length).toBe(all.filter((a) => a.actual_cost > cheapest).length);
    expect((await filtered({ cost: { lte: cheapest } })).length).toBe(all.filter((a) => a.actual_cost <= cheapest).length);
    expect(await filtered({ created_at: { lt: "2000-01-01" } })).toEqual([]);
    expect(await filtered({ model: "opus" })).toEqual(idsOf("gamma"));
  });

  it("direct parameters, shorthands and the JSON filter combine (every condition must hold)", async () => {
    expect(await filtered({ task: { contains: "write" } }, "&model=sonnet&created_after=2000-01-01")).toEqual(idsOf("beta"));
  });

  it("meta (total_cost, by_model) covers the filtered rows", async () => {
    const body = (await rest(server, "GET", `/api/agents?filter=${encodeURIComponent('{"model":{"in":["k2p5","opus"]}}')}`)).body;
    expect(body.meta.by_model).toEqual({ k2p5: 2, opus: 1 });
    const sum = (body.data as { actual_cost: number }[]).reduce((s, a) => s + a.actual_cost, 0);
    expect(body.meta.total_cost).toBeCloseTo(sum, 6);
  });
});

describe("refusals name what is allowed", () => {
  it.each([
    ["?colour=red", "colour: unknown parameter; allowed: limit, offset, cursor, sort, filter, status, model, team, priority, task, created_at, completed_at, cost, estimated_cost, created_after, created_before, cost_gt, cost_lt"],
    [`?filter=${encodeURIComponent('{"colour":"red"}')}`, "colour: unknown filter field; allowed fields: status, model, team, priority, task, created_at, completed_at, cost, estimated_cost, created_after, created_before, cost_gt, cost_lt"],
    [`?filter=${encodeURIComponent('{"model":{"like":"k%"}}')}`, 'model: unknown operator "like"; allowed operators for model: eq, ne, in, contains, starts_with, ends_with'],
    [`?filter=${encodeURIComponent('{"cost":{"contains":"1"}}')}`, 'cost: unknown operator "contains"; allowed operators for cost: eq, ne, gt, gte, lt, lte'],
    [`?filter=${encodeURIComponent('{"cost":{"gt":"lots"}}')}`, "cost: expects an amount of US dollars such as 0.50 (at most six decimals)"],
    [`?filter=${encodeURIComponent('{"created_at":{"gt":5}}')}`, "created_at: expects an ISO-8601 date or timestamp such as 2026-02-01 or 2026-02-01T12:00:00Z"],
    [`?filter=${encodeURIComponent('{"model":{"in":[1]}}')}`, "model: expects a string of at most 500 characters"],
    ["?filter=[1]", "filter: must be a JSON object"],
    ["?limit=0", "limit must be between 1 and 100"],
  ])("%s → 400", async (query, message) => {
    const response = await rest(server, "GET", `/api/agents${query}`);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ success: false, error: message, code: "VALIDATION_ERROR" });
  });
});

describe("pagination and links", () => {
  it("links keep the caller's other parameters; last is the last full page's offset", async () => {
    const body = (await rest(server, "GET", "/api/agents?model=k2p5&sort=created_at&limit=1&offset=1")).body;
    expect(body.data.map((a: { agent_id: string }) => a.agent_id)).toEqual([ids.delta]);
    expect(body.pagination).toMatchObject({ total: 2, limit: 1, offset: 1, has_more: false, next_offset: null, previous_offset: 0 });
    expect(body.links).toEqual({
      self: "/api/agents?model=k2p5&sort=created_at&limit=1&offset=1",
      next: null,
      prev: "/api/agents?model=k2p5&sort=created_at&limit=1&offset=0",
      first: "/api/agents?model=k2p5&sort=created_at&limit=1&offset=0",
      last: "/api/agents?model=k2p5&sort=created_at&limit=1&offset=1",
    });
  });

  it("a cursor pages through every row exactly once", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : "?limit=2";
      const body = (await rest(server, "GET", `/api/agents${query}`)).body;
      seen.push(...body.data.map((a: { agent_id: string }) => a.agent_id));
      cursor = body.pagination.cursor;
      expect(body.pagination.has_more).toBe(cursor !== null);
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual(Object.values(ids).sort());
  });

  it("a page costs the same number of SQL statements at 1 row and at 5", async () => {
    const one = await server.statementsOf(() => rest(server, "GET", "/api/agents?limit=1&model=k2p5&sort=-cost"));
    const five = await server.statementsOf(() => rest(server, "GET", "/api/agents?limit=5&model=k2p5&sort=-cost"));
    expect(five.count).toBe(one.count);
    console.info(`SQL statements per GET /api/agents page: ${one.count} (limit 1) / ${five.count} (limit 5)`);
  });
});

describe("GraphQL tasks(where, orderBy) speaks the same language", () => {
  it("answers the same rows as the REST filter", async () => {
    const data = await gqlOk(server, TasksWhere, { where: { task: { contains: "report" }, model: { ne: "sonnet" } } });
    expect(data.tasks.edges.map((e) => e.node.id)).toEqual([ids.alpha]);
    expect(await filtered({ task: { contains: "report" }, model: { ne: "sonnet" } })).toEqual([ids.alpha]);
    const sorted = await gqlOk(server, TasksWhere, { where: { model: { in: ["k2p5"] } }, orderBy: { field: "CREATED_AT", direction: "ASC" } });
    expect(sorted.tasks.edges.map((e) => e.node.id)).toEqual([ids.alpha, ids.delta]);
  });
});
