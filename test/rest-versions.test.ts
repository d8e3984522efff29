// Versions and deprecations: seed 001's deprecated endpoints answer until their sunset with
// Deprecation, Sunset and a successor Link; /api/v4 serves the unversioned /api routes (seed 003);
// seed 003's v3 routes are gone (410) since June 2026; every error envelope carries `traceId` (seed 002).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rest } from "./support/client.js";
import { startServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer(); // the fake clock starts on 2026-03-02
});
afterAll(() => server.stop());

let seq = 0;
async function createAgent(name = `versions-${++seq}`): Promise<string> {
  const created = await rest(server, "POST", "/api/v1/agents", { body: { name, type: "cfo_cash" } });
  expect(created.status).toBe(201);
  return created.body.agent_id as string;
}

function expectDeprecated(headers: Headers, successor: string) {
  expect(headers.get("deprecation")).toBe("true");
  expect(headers.get("link")).toBe(`<${successor}>; rel="successor-version"`);
  // Seed 001: deprecated endpoints keep operating six months after the announcement.
  const since = new Date(headers.get("x-api-deprecation-date")!);
  const sunset = new Date(headers.get("sunset")!);
  const sixMonthsLater = new Date(since);
  sixMonthsLater.setUTCMonth(since.getUTCMonth() + 6);
  expect(sunset.toISOString()).toBe(sixMonthsLater.toISOString());
  expect(headers.get("sunset")).toMatch(/^\w{3}, \d\d \w{3} \d{4} 00:00:00 GMT$/);
}

describe("seed 001's deprecated endpoints", () => {
  it("POST /api/v1/agents/{id}/restart stops then starts a running agent, announcing its successor", async () => {
    const id = await createAgent();
    expect((await rest(server, "POST", `/api/v1/agents/${id}/start`)).status).toBe(200);
    server.clock.advance(5_000);
    const restarted = await rest(server, "POST", `/api/v1/agents/${id}/restart`);
    expect(restarted.status).toBe(200);
    expect(restarted.body).toEqual({ agent_id: id, status: "running", stopped_at: server.clock.now().toISOString(), started_at: server.clock.now().toISOString() });
    expectDeprecated(restarted.headers, `/api/v1/agents/${id}/start`);
    expect(restarted.headers.get("sunset")).toBe("Tue, 01 Jun 2027 00:00:00 GMT");
  });

  it("restarting an agent that is not running fails with agent_not_running and leaves it stopped", async () => {
    const id = await createAgent();
    const refused = await rest(server, "POST", `/api/v1/agents/${id}/restart`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("agent_not_running");
    expect(refused.headers.get("deprecation")).toBe("true");
    expect((await rest(server, "GET", `/api/v1/agents/${id}`)).body.status).toBe("created");
  });

  it("GET /api/v1/agents/active lists the running agents, and is never taken for an agent named \"active\"", async () => {
    const running = await createAgent();
    await rest(server, "POST", `/api/v1/agents/${running}/start`);
    const named = await createAgent("active");
    const active = await rest(server, "GET", "/api/v1/agents/active?limit=100");
    expect(active.status).toBe(200);
    const ids = active.body.agents.map((a: { agent_id: string }) => a.agent_id);
    expect(ids).toContain(running);
    expect(ids).not.toContain(named);
    expect(active.body.agents.every((a: { status: string }) => a.status === "running")).toBe(true);
    expect(active.body.pagination).toEqual({ page: 1, limit: 100, total: ids.length });
    expectDeprecated(active.headers, "/api/v1/agents?status=running");
    // the agent named "active" is still reachable by its id
    expect((await rest(server, "GET", `/api/v1/agents/${named}`)).body.name).toBe("active");
  });

  it("answers 410 endpoint_sunset with the successor once the sunset has passed", async () => {
    const sunsetServer = await startServer();
    sunsetServer.clock.set("2027-06-01T00:00:00Z");
    const gone = await rest(sunsetServer, "GET", "/api/v1/agents/active");
    expect(gone.status).toBe(410);
    expect(gone.body.error).toMatchObject({ code: "endpoint_sunset", details: { sunset: "2027-06-01", successor: "/api/v1/agents?status=running" } });
    expect(gone.headers.get("link")).toBe('</api/v1/agents?status=running>; rel="successor-version"');
    await sunsetServer.stop();
  });
});

describe("seed 003's versions", () => {
  it("/api/v4/... serves the same routes as /api/...", async () => {
    const spawned = await rest(server, "POST", "/api/v4/spawn", { body: { model: "k2p5", task: "Write a haiku" } });
    expect(spawned.status).toBe(201);
    expect(spawned.body).toMatchObject({ success: true, model: "k2p5" });
    const viaV4 = await rest(server, "GET", `/api/v4/agent/${spawned.body.agent_id}`);
    const plain = await rest(server, "GET", `/api/agent/${spawned.body.agent_id}`);
    expect(viaV4.status).toBe(200);
    expect(viaV4.body.agent_id).toBe(plain.body.agent_id);
    expect((await rest(server, "GET", "/api/v4/agents?limit=5")).body.pagination.limit).toBe(5);
    expect((await rest(server, "GET", "/api/v4/rate-limits")).status).toBe(200);
    expect((await server.fetch("/api/v4/health")).status).toBe(200);
  });

  it("/api/v4 does not serve paths with a version of their own, nor deprecated ones", async () => {
    expect((await rest(server, "GET", "/api/v4/v1/agents")).status).toBe(404);
    expect((await rest(server, "POST", "/api/v4/agent", { body: { task: "x" } })).status).toBe(404);
  });

  it("v3's POST /agent, GET /status and DELETE /cancel answered as v4 until June 2026, announcing it", async () => {
    const spawned = await rest(server, "POST", "/api/agent", { body: { model: "k2p5", task: "An old client" } });
    expect(spawned.status).toBe(201);
    expect(spawned.headers.get("deprecation")).toBe("true");
    expect(spawned.headers.get("sunset")).toBe("Mon, 01 Jun 2026 00:00:00 GMT");
    expect(spawned.headers.get("link")).toBe('</api/v4/spawn>; rel="successor-version"');
    const status = await rest(server, "GET", `/api/status?agent_id=${spawned.body.agent_id}`);
    expect(status.status).toBe(200);
    expect(status.body.agent_id).toBe(spawned.body.agent_id);
  });

  it("v3's routes answer 410 Gone with the successor in Link since their sunset", async () => {
    const later = await startServer();
    later.clock.set("2026-12-02T09:00:00Z");
    for (const [method, path, successor] of [
      ["POST", "/api/agent", "/api/v4/spawn"],
      ["GET", "/api/status?agent_id=x", "/api/v4/agent/{agent_id}"],
      ["DELETE", "/api/cancel?agent_id=x", "/api/v4/agent/{agent_id}"],
    ] as const) {
      const gone = await rest(later, method, path, method === "POST" ? { body: { task: "x" } } : {});
      expect(gone.status, `${method} ${path}`).toBe(410);
      expect(gone.headers.get("link")).toBe(`<${successor}>; rel="successor-version"`);
      expect(gone.headers.get("sunset")).toBe("Mon, 01 Jun 2026 00:00:00 GMT");
      // seed 003's own error shape
      expect(gone.body).toMatchObject({ success: false, error: { code: 410, type: "endpoint_sunset", details: { successor } } });
    }
    await later.stop();
  });
});

describe("traceId in every error envelope (seed 002)", () => {
  const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
  const traceparent = `00-${traceId}-00f067aa0ba902b7-01`;

  it("is the W3C trace id of an incoming traceparent, in each seed's shape", async () => {
    const v1 = await rest(server, "GET", "/api/v1/agents/agt_missing", { headers: { traceparent } });
    expect(v1.status).toBe(404);
    expect(v1.body.error).toMatchObject({ code: "agent_not_found", traceId, request_id: expect.stringMatching(/\S/) });

    const j1msky = await rest(server, "POST", "/api/spawn", { body: { task: "" }, headers: { traceparent } });
    expect(j1msky.status).toBe(400);
    expect(j1msky.body).toMatchObject({ success: false, traceId });

    const j1mskyNotFound = await rest(server, "GET", "/api/agent/tsk_missing", { headers: { traceparent } });
    expect(j1mskyNotFound.body.error).toMatchObject({ code: 404, traceId });

    const agentos = await rest(server, "GET", "/api/workflows/runs/run_missing", { headers: { traceparent } });
    expect(agentos.status).toBe(404);
    expect(agentos.body).toMatchObject({ error: expect.any(String), traceId });
  });

  it("is the request id without a traceparent, or with an invalid one", async () => {
    const plain = await rest(server, "GET", "/api/v1/agents/agt_missing");
    expect(plain.body.error.traceId).toBe(plain.body.error.request_id);
    expect(plain.body.error.traceId).toBe(plain.headers.get("x-request-id"));
    for (const bad of ["00-00000000000000000000000000000000-00f067aa0ba902b7-01", "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "garbage"]) {
      const answer = await rest(server, "GET", "/api/v1/agents/agt_missing", { headers: { traceparent: bad } });
      expect(answer.body.error.traceId, bad).toBe(answer.body.error.request_id);
    }
  });

  it("is carried by an unknown endpoint's 404 too", async () => {
    const answer = await rest(server, "GET", "/api/nothing-here", { headers: { traceparent } });
    expect(answer.status).toBe(404);
    expect(answer.body.error.traceId).toBe(traceId);
  });
});
