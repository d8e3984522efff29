// Seed 001 "Agent Management API" over GraphQL: lifecycle, validation, state machine, Relay
// connection and node ids, and the cost of a page in SQL statements.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql, gqlOk } from "./support/client.js";
import {
  CreateAgent,
  DeleteAgent,
  GetAgent,
  ListAgents,
  NodeById,
  NodesByIds,
  StartAgent,
  StopAgent,
  UpdateAgent,
} from "./support/documents.js";
import { minutes } from "./support/clock.js";
import { startServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

let seq = 0;
const uniqueName = (base: string) => `${base}-${++seq}`;

async function createAgent(overrides: Partial<{ name: string; type: string; skills: string[] }> = {}) {
  const data = await gqlOk(server, CreateAgent, {
    input: { name: uniqueName("agent"), type: "cto_alex", ...overrides },
  });
  return data.createAgent.agent;
}

describe("creating an agent", () => {
  it("returns the agent with status CREATED, the given config and the defaults for the rest", async () => {
    const data = await gqlOk(server, CreateAgent, {
      input: {
        name: "marketing-assistant",
        type: "cmo_anova",
        config: { model: "gpt-4", temperature: 0.2, maxTokens: 1000 },
        skills: ["content_generation", "market_analysis", "content_generation"],
      },
    });
    const agent = data.createAgent.agent;
    expect(agent).toMatchObject({
      name: "marketing-assistant",
      type: "cmo_anova",
      status: "CREATED",
      skills: ["content_generation", "market_analysis"],
      config: { model: "gpt-4", temperature: 0.2, maxTokens: 1000, topP: 1, frequencyPenalty: 0, presencePenalty: 0 },
      startedAt: null,
      stoppedAt: null,
      performanceMetrics: { responseTimeMs: null, successRate: null, taskCompletionRate: null, errorCount: 0 },
    });
    expect(agent.id).toMatch(/^agt_/);
    expect(agent.createdAt).toBe(server.clock.now().toISOString());
  });

  it("answers with exactly the agent a later read returns (the row is not read back after the INSERT)", async () => {
    const data = await gqlOk(server, CreateAgent, {
      input: { name: uniqueName("read-back"), type: "cto_alex", config: { temperature: 0.3, topP: 0.9 }, skills: ["b", "a", "b"] },
    });
    const created = data.createAgent.agent;
    const read = (await gqlOk(server, GetAgent, { id: created.id })).agent;
    expect(created).toEqual(read);
  });

  it("refuses a name that is already taken with agent_name_taken", async () => {
    const first = await createAgent();
    const result = await gql(server, CreateAgent, { input: { name: first.name, type: "x" } });
    expect(errorCodes(result)).toEqual(["agent_name_taken"]);
  });

  it("writes agents created at the same moment with one INSERT, and answers each caller with its own agent", async () => {
    const names = Array.from({ length: 8 }, () => uniqueName("together"));
    let created: { id: string; name: string }[] = [];
    const { log } = await server.statementsOf(async () => {
      // Values of every column type: floats (one a whole number), integers, JSON, times.
      const inputs = names.map((name, i) => ({ name, type: "cto_alex", config: { temperature: i / 10, topP: 1, maxTokens: 100 + i }, skills: i % 2 ? ["b", "a"] : [] }));
      const results = await Promise.all(inputs.map((input) => gqlOk(server, CreateAgent, { input })));
      created = results.map((r) => r.createAgent.agent);
    });
    expect(created.map((a) => a.name)).toEqual(names);
    expect(new Set(created.map((a) => a.id)).size).toBe(names.length);
    expect(log.filter((sql) => /^INSERT INTO \S*Agent\b/.test(sql)).length).toBeLessThan(names.length);
    for (const agent of created) expect((await gqlOk(server, GetAgent, { id: agent.id })).agent).toEqual(agent);
  });

  it("refuses only the taken names among agents created at once, and creates the others", async () => {
    const taken = (await createAgent()).name;
    const [free, twice, other] = [uniqueName("free"), uniqueName("twice"), uniqueName("other")];
    const names = [free, twice, twice, taken, other];
    const results = await Promise.all(names.map((name) => gql(server, CreateAgent, { input: { name, type: "cto_alex" } })));
    const outcome = results.map((r) => (r.errors ? errorCodes(r).join() : r.data!.createAgent.agent.name));
    expect(outcome[0]).toBe(free);
    expect(outcome.slice(1, 3).sort()).toEqual(["agent_name_taken", twice].sort());
    expect(outcome[3]).toBe("agent_name_taken");
    expect(outcome[4]).toBe(other);
    const list = (await gqlOk(server, ListAgents, { first: 100 })).agents.edges.map((e) => e.node.name);
    expect(list.filter((n) => n === twice)).toHaveLength(1);
    expect(list).toEqual(expect.arrayContaining([free, other]));
  });

  it("reports every invalid config field under invalid_agent_config", async () => {
    const result = await gql(server, CreateAgent, {
      input: {
        name: " ",
        type: "has spaces",
        config: { temperature: 2.5, maxTokens: 0, topP: 1.5, frequencyPenalty: -3, presencePenalty: 3 },
      },
    });
    expect(errorCodes(result)).toEqual(["invalid_agent_config"]);
    const fields = (result.errors![0]!.extensions!.details as { fields: { field: string }[] }).fields.map((f) => f.field);
    expect(fields.sort()).toEqual(
      ["name", "type", "config.temperature", "config.maxTokens", "config.topP", "config.frequencyPenalty", "config.presencePenalty"].sort(),
    );
  });
});

describe("the agent state machine", () => {
  it("starts a created agent, stamping startedAt and lastActive", async () => {
    const agent = await createAgent();
    server.clock.advance(minutes(1));
    const started = (await gqlOk(server, StartAgent, { id: agent.id })).startAgent.agent;
    expect(started).toMatchObject({ status: "RUNNING", startedAt: server.clock.now().toISOString(), lastActive: server.clock.now().toISOString() });
  });

  it("starting a running agent fails with agent_already_running", async () => {
    const agent = await createAgent();
    await gqlOk(server, StartAgent, { id: agent.id });
    const again = await gql(server, StartAgent, { id: agent.id });
    expect(errorCodes(again)).toEqual(["agent_already_running"]);
    expect(again.data?.startAgent ?? null).toBeNull();
  });

  it("stopping an agent that is not running fails with agent_not_running", async () => {
    const agent = await createAgent();
    const result = await gql(server, StopAgent, { id: agent.id });
    expect(errorCodes(result)).toEqual(["agent_not_running"]);
  });

  it("stops a running agent and can start it again", async () => {
    const agent = await createAgent();
    await gqlOk(server, StartAgent, { id: agent.id });
    const stopped = (await gqlOk(server, StopAgent, { id: agent.id })).stopAgent.agent;
    expect(stopped.status).toBe("STOPPED");
    expect(stopped.stoppedAt).toBe(server.clock.now().toISOString());
    expect((await gqlOk(server, StartAgent, { id: agent.id })).startAgent.agent.status).toBe("RUNNING");
  });

  it("lets exactly one of two concurrent starts win", async () => {
    const agent = await createAgent();
    const results = await Promise.all([gql(server, StartAgent, { id: agent.id }), gql(server, StartAgent, { id: agent.id })]);
    const codes = results.map((r) => (r.errors ? errorCodes(r)[0] : "ok")).sort();
    expect(codes).toEqual(["agent_already_running", "ok"]);
  });

  it("answers agent_not_found for an unknown id, for reads and writes alike", async () => {
    for (const result of [
      await gql(server, GetAgent, { id: "agt_doesnotexist" }),
      await gql(server, StartAgent, { id: "agt_doesnotexist" }),
      await gql(server, StopAgent, { id: "key_notanagent" }),
      await gql(server, DeleteAgent, { id: "agt_doesnotexist" }),
    ]) {
      expect(errorCodes(result)).toEqual(["agent_not_found"]);
    }
  });
});

describe("updating and deleting", () => {
  it("changes only the fields given and keeps the rest of the config", async () => {
    const agent = await createAgent({ skills: ["a"] });
    server.clock.advance(1000);
    const updated = (await gqlOk(server, UpdateAgent, { input: { id: agent.id, config: { temperature: 1.5 }, skills: ["b", "c"] } }))
      .updateAgent.agent;
    expect(updated).toMatchObject({ name: agent.name, type: agent.type, skills: ["b", "c"] });
    expect(updated.config).toEqual({ ...agent.config, temperature: 1.5 });
    expect(updated.updatedAt).toBe(server.clock.now().toISOString());
  });

  it("deletes an agent, after which it is not found", async () => {
    const agent = await createAgent();
    const deleted = (await gqlOk(server, DeleteAgent, { id: agent.id })).deleteAgent;
    expect(deleted).toEqual({ deletedAgentId: agent.id, name: agent.name });
    expect(errorCodes(await gql(server, GetAgent, { id: agent.id }))).toEqual(["agent_not_found"]);
  });
});

describe("Relay ids and node(id:)", () => {
  it("round-trips an agent id through node and nodes, with null for ids of no known object", async () => {
    const agent = await createAgent();
    const node = (await gqlOk(server, NodeById, { id: agent.id })).node;
    expect(node).toEqual({ __typename: "Agent", id: agent.id, name: agent.name });
    expect((await gqlOk(server, NodeById, { id: "agt_missing" })).node).toBeNull();
    expect((await gqlOk(server, NodeById, { id: "garbage" })).node).toBeNull();
    const nodes = (await gqlOk(server, NodesByIds, { ids: ["garbage", agent.id, "agt_missing"] })).nodes;
    expect(nodes).toEqual([null, { __typename: "Agent", id: agent.id }, null]);
  });
});

describe("listing agents", () => {
  let fresh: TestServer;
  beforeAll(async () => {
    fresh = await startServer();
    for (let i = 0; i < 7; i++) {
      fresh.clock.advance(1000);
      const created = await gqlOk(fresh, CreateAgent, { input: { name: `list-${i}`, type: i % 2 ? "odd" : "even" } });
      if (i < 3) await gqlOk(fresh, StartAgent, { id: created.createAgent.agent.id });
    }
  });
  afterAll(() => fresh.stop());

  it("pages newest first with cursors and a totalCount of the whole filtered set", async () => {
    const page1 = (await gqlOk(fresh, ListAgents, { first: 3 })).agents;
    expect(page1.totalCount).toBe(7);
    expect(page1.edges.map((e) => e.node.name)).toEqual(["list-6", "list-5", "list-4"]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await gqlOk(fresh, ListAgents, { first: 3, after: page1.pageInfo.endCursor })).agents;
    expect(page2.edges.map((e) => e.node.name)).toEqual(["list-3", "list-2", "list-1"]);
    const page3 = (await gqlOk(fresh, ListAgents, { first: 3, after: page2.pageInfo.endCursor })).agents;
    expect(page3.edges.map((e) => e.node.name)).toEqual(["list-0"]);
    expect(page3.pageInfo.hasNextPage).toBe(false);
    const back = (await gqlOk(fresh, ListAgents, { last: 2, before: page2.pageInfo.startCursor })).agents;
    expect(back.edges.map((e) => e.node.name)).toEqual(["list-5", "list-4"]);
  });

  it("filters by status and type, and orders by name", async () => {
    const running = (await gqlOk(fresh, ListAgents, { first: 10, filter: { status: ["RUNNING"] } })).agents;
    expect(running.totalCount).toBe(3);
    expect(running.edges.every((e) => e.node.status === "RUNNING")).toBe(true);
    const odd = (await gqlOk(fresh, ListAgents, { first: 10, filter: { type: "odd", status: ["CREATED"] } })).agents;
    expect(odd.edges.map((e) => e.node.name)).toEqual(["list-5", "list-3"]);
    const byName = (await gqlOk(fresh, ListAgents, { first: 2, orderBy: { field: "NAME", direction: "ASC" } })).agents;
    expect(byName.edges.map((e) => e.node.name)).toEqual(["list-0", "list-1"]);
  });

  it("skips `offset` agents for page-number clients", async () => {
    const page = (await gqlOk(fresh, ListAgents, { first: 2, offset: 4 })).agents;
    expect(page.edges.map((e) => e.node.name)).toEqual(["list-2", "list-1"]);
    expect(errorCodes(await gql(fresh, ListAgents, { first: 2, offset: -1 }))).toEqual(["VALIDATION_ERROR"]);
  });

  it("costs the same number of SQL statements for a page of 1 and a page of 7", async () => {
    const count = async (first: number) =>
      (await fresh.statementsOf(async () => expect((await gqlOk(fresh, ListAgents, { first })).agents.edges).toHaveLength(first))).count;
    const one = await count(1);
    const seven = await count(7);
    expect(seven).toBe(one);
    // page + count (the key lookup is remembered, not this request's)
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThanOrEqual(3);
  });
});
