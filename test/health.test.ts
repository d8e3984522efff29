// Health bodies: /health with seed 002's service names mapped onto the real probes, /api/health with
// seed 003's and seed 004's fields, each measured (the clock, the Prometheus counters, the catalogue,
// the configuration) rather than written down.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ env: { TASK_CONCURRENCY: "3", MODEL_CATALOGUE: JSON.stringify([{ name: "tiny", provider: "builtin" }]) } });
});
afterAll(() => server.stop());

const json = async (path: string) => {
  const response = await server.fetch(path);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};

/** The sum of a counter's samples in the Prometheus text of GET /metrics (loopback, so no token). */
async function counterTotal(name: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  return text
    .split("\n")
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(" ") + 1)), 0);
}

describe("/health (seed 002)", () => {
  it("names seed 002's services (gateway, docker, database) and the real probes (api, pubsub)", async () => {
    const { status, body } = await json("/health");
    expect(status).toBe(200);
    expect(body).toEqual({
      status: "healthy",
      timestamp: server.clock.now().toISOString(),
      services: { gateway: "up", docker: "up", database: "up", api: "up", pubsub: "up" },
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });
});

describe("/api/health (seeds 003 and 004)", () => {
  it("reports uptime from the server's clock, in whole seconds (003) and seconds (004)", async () => {
    const before = (await json("/api/health")).body;
    server.clock.advance(90_500);
    const after = (await json("/api/health")).body;
    expect(after.uptime - before.uptime).toBeCloseTo(90.5, 1);
    expect(after.uptime_seconds).toBe(Math.floor(after.uptime));
  });

  it("reports the models in the catalogue and the configured workers", async () => {
    const { body } = await json("/api/health");
    expect(body.models_configured).toBe(5); // builtin, k2p5, sonnet, opus and MODEL_CATALOGUE's tiny
    expect(body.workers).toBe(3);
    expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("reports error_rate as the share of requests that failed inside the server (function_error_total / http_requests_total)", async () => {
    // Two answers that failed inside the server, as the HTTP metrics record them.
    server.app.telemetry.request({ path: "/api/v1/agents", method: "GET", status: 500 }, 1, false);
    server.app.telemetry.request({ path: "/graphql", method: "POST", status: 200 }, 1, true);
    const { body } = await json("/api/health");
    const failed = await counterTotal("function_error_total");
    const all = await counterTotal("http_requests_total");
    expect(failed).toBeGreaterThanOrEqual(2);
    expect(body.error_rate).toBeGreaterThan(0);
    // /metrics itself was counted after /api/health answered: allow for the requests in between.
    expect(body.error_rate).toBeLessThanOrEqual(failed / (all - 2));
    expect(body.error_rate).toBeGreaterThanOrEqual(failed / all - 0.0001);
  });

  it("answers the same under /api/v4/health", async () => {
    const { status, body } = await json("/api/v4/health");
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(["error_rate", "models_configured", "status", "uptime", "uptime_seconds", "version", "workers"]);
  });
});
