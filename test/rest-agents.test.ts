// Seed 001 Agent Management API over REST: exact snake_case shapes, status codes, the error
// envelope, and bad input answered with 400 (never 500).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rest } from "./support/client.js";
import { minutes } from "./support/clock.js";
import { startServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

let seq = 0;
async function createAgent(body: Record<string, unknown> = {}) {
  const response = await rest(server, "POST", "/api/v1/agents", { body: { name: `rest-${++seq}`, type: "cfo_cash", ...body } });
  expect(response.status).toBe(201);
  return response.body;
}

function expectEnvelope(body: any, code: string) {
  expect(body).toEqual({
    error: {
      code,
      message: expect.any(String),
      details: expect.any(Object),
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      request_id: expect.stringMatching(/\S/),
      traceId: expect.stringMatching(/\S/), // seed 002
    },
  });
}

describe("POST /api/v1/agents", () => {
  it("creates the seed's example agent and answers 201 with the documented body", async () => {
    const response = await rest(server, "POST", "/api/v1/agents", {
      body: {
        name: "marketing-assistant",
        type: "cmo_anova",
        config: { model: "gpt-4", temperature: 0.7, max_tokens: 1000 },
        skills: ["content_generation", "market_analysis"],
      },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      agent_id: expect.stringMatching(/^agt_/),
      name: "marketing-assistant",
      type: "cmo_anova",
      status: "created",
      created_at: server.clock.now().toISOString(),
      config: { model: "gpt-4", temperature: 0.7, max_tokens: 1000 },
      skills: ["content_generation", "market_analysis"],
    });
  });

  it("answers 400 invalid_agent_config naming each bad field in snake_case", async () => {
    const response = await rest(server, "POST", "/api/v1/agents", {
      body: { name: "bad-config", type: "t", config: { temperature: 9, max_tokens: -5 } },
    });
    expect(response.status).toBe(400);
    expectEnvelope(response.body, "invalid_agent_config");
    expect(response.body.error.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(["config.max_tokens", "config.temperature"]);
  });

  it("answers 400 for wrong types, unknown fields and missing required fields", async () => {
    const wrongType = await rest(server, "POST", "/api/v1/agents", { body: { name: "w", type: "t", config: { max_tokens: "many" } } });
    expect(wrongType.status).toBe(400);
    expectEnvelope(wrongType.body, "invalid_agent_config");
    expect(wrongType.body.error.details.fields[0].field).toBe("config.max_tokens");

    const unknown = await rest(server, "POST", "/api/v1/agents", { body: { name: "u", type: "t", colour: "blue" } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.fields).toEqual([{ field: "colour", message: "is not a known field" }]);

    const missing = await rest(server, "POST", "/api/v1/agents", { body: { name: "m" } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.fields).toEqual([{ field: "type", message: "is required" }]);
  });

  it("answers 400 VALIDATION_ERROR for a body that is not JSON or not an object", async () => {
    for (const rawBody of ["{not json", "[1,2]", '"text"']) {
      const response = await rest(server, "POST", "/api/v1/agents", { rawBody });
      expect(response.status).toBe(400);
      expectEnvelope(response.body, "VALIDATION_ERROR");
    }
  });

  it("answers 409 agent_name_taken for a duplicate name", async () => {
    const agent = await createAgent();
    const response = await rest(server, "POST", "/api/v1/agents", { body: { name: agent.name, type: "x" } });
    expect(response.status).toBe(409);
    expectEnvelope(response.body, "agent_name_taken");
  });
});

describe("GET /api/v1/agents/{agent_id}", () => {
  it("answers the seed's detailed agent shape", async () => {
    const created = await createAgent({ skills: ["forecasting"] });
    const response = await rest(server, "GET", `/api/v1/agents/${created.agent_id}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      agent_id: created.agent_id,
      name: created.name,
      type: "cfo_cash",
      status: "created",
      created_at: created.created_at,
      updated_at: created.updated_at,
      started_at: null,
      stopped_at: null,
      last_active: null,
      config: { model: "builtin", temperature: 0.7, max_tokens: 1024, top_p: 1, frequency_penalty: 0, presence_penalty: 0 },
      skills: ["forecasting"],
      performance_metrics: { response_time_ms: null, success_rate: null, task_completion_rate: null, error_count: 0 },
    });
  });

  it("answers 404 agent_not_found in the envelope", async () => {
    const response = await rest(server, "GET", "/api/v1/agents/agt_unknown");
    expect(response.status).toBe(404);
    expectEnvelope(response.body, "agent_not_found");
    expect(response.body.error.request_id).toBe(response.headers.get("x-request-id"));
  });
});

describe("POST /api/v1/agents/{agent_id}/start and /stop", () => {
  it("starts (200 running, started_at) and stops (200 stopped, stopped_at)", async () => {
    const agent = await createAgent();
    server.clock.advance(minutes(2));
    const started = await rest(server, "POST", `/api/v1/agents/${agent.agent_id}/start`);
    expect(started.status).toBe(200);
    expect(started.body).toEqual({ agent_id: agent.agent_id, status: "running", started_at: server.clock.now().toISOString() });
    server.clock.advance(minutes(3));
    const stopped = await rest(server, "POST", `/api/v1/agents/${agent.agent_id}/stop`);
    expect(stopped.status).toBe(200);
    expect(stopped.body).toEqual({ agent_id: agent.agent_id, status: "stopped", stopped_at: server.clock.now().toISOString() });
  });

  it("answers 409 agent_already_running when starting twice and 409 agent_not_running when stopping twice", async () => {
    const agent = await createAgent();
    await rest(server, "POST", `/api/v1/agents/${agent.agent_id}/start`);
    const again = await rest(server, "POST", `/api/v1/agents/${agent.agent_id}/start`);
    expect(again.status).toBe(409);
    expectEnvelope(again.body, "agent_already_running");
    await rest(server, "POST", `/api/v1/agents/${agent.agent_id}/stop`);
    const stopAgain = await rest(server, "POST", `/api/v1/agents/${agent.agent_id}/stop`);
    expect(stopAgain.status).toBe(409);
    expectEnvelope(stopAgain.body, "agent_not_running");
  });
});

describe("DELETE /api/v1/agents/{agent_id}", () => {
  it("deletes the agent; a second delete answers 404", async () => {
    const agent = await createAgent();
    const deleted = await rest(server, "DELETE", `/api/v1/agents/${agent.agent_id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ agent_id: agent.agent_id, deleted: true });
    expect((await rest(server, "DELETE", `/api/v1/agents/${agent.agent_id}`)).status).toBe(404);
  });
});

describe("GET /api/v1/agents", () => {
  let listing: TestServer;
  beforeAll(async () => {
    listing = await startServer();
    for (let i = 0; i < 5; i++) {
      listing.clock.advance(1000);
      const created = await rest(listing, "POST", "/api/v1/agents", { body: { name: `page-${i}`, type: i < 3 ? "ceo_mimi" : "cto_alex" } });
      if (i === 1) await rest(listing, "POST", `/api/v1/agents/${created.body.agent_id}/start`);
    }
  });
  afterAll(() => listing.stop());

  it("pages with page and limit and reports the total", async () => {
    const response = await rest(listing, "GET", "/api/v1/agents?page=2&limit=2");
    expect(response.status).toBe(200);
    expect(response.body.pagination).toEqual({ page: 2, limit: 2, total: 5 });
    expect(response.body.agents.map((a: { name: string }) => a.name)).toEqual(["page-2", "page-1"]);
    expect(Object.keys(response.body.agents[0]).sort()).toEqual(["agent_id", "created_at", "last_active", "name", "status", "type"]);
  });

  it("filters by status and type", async () => {
    const running = await rest(listing, "GET", "/api/v1/agents?status=running");
    expect(running.body.agents.map((a: { name: string }) => a.name)).toEqual(["page-1"]);
    expect(running.body.agents[0].status).toBe("running");
    const ctos = await rest(listing, "GET", "/api/v1/agents?type=cto_alex");
    expect(ctos.body.pagination.total).toBe(2);
  });

  it("answers 400 for a bad page, limit or status", async () => {
    for (const query of ["page=0", "limit=1000", "limit=abc", "status=sleeping"]) {
      const response = await rest(listing, "GET", `/api/v1/agents?${query}`);
      expect(response.status, query).toBe(400);
      expectEnvelope(response.body, "VALIDATION_ERROR");
    }
  });
});

describe("the REST surface itself", () => {
  it("answers 404 NOT_FOUND for an unknown endpoint and 405 with Allow for a wrong method", async () => {
    const unknown = await rest(server, "GET", "/api/v1/nothing-here");
    expect(unknown.status).toBe(404);
    expectEnvelope(unknown.body, "NOT_FOUND");
    const wrongMethod = await rest(server, "PUT", "/api/v1/agents");
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get("allow")).toBe("POST, GET");
  });
});
