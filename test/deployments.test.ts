// Seed 001 QuestFlow "Deploy to Akash Network": a deployment is a stored resource whose built-in
// provider is a local simulation (provider: "simulated") moving through documented states, no network.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rest } from "./support/client.js";
import { createKey } from "./support/fixtures.js";
import { startServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

describe("POST /api/deploy/akash and its status", () => {
  it("initiates a deployment, then reports provisioning → deploying → active on the server's clock", async () => {
    const created = await rest(server, "POST", "/api/deploy/akash", { body: { name: "my-deployment", config: { cpu: 1, memory: "1GB", storage: "10GB" } } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      success: true,
      deploymentId: expect.stringMatching(/^akash-deployment-\d+-[0-9a-f]{4}$/),
      status: "initiated",
      provider: "simulated",
      message: "Deployment to Akash initiated successfully (provider: simulated)",
      config: { name: "my-deployment", config: { cpu: 1, memory: "1GB", storage: "10GB" } },
    });
    const status = async () => (await rest(server, "GET", `/api/deploy/akash/${created.body.deploymentId}`)).body;
    expect(await status()).toMatchObject({ status: "initiated", provider: "simulated", endpoint: null });
    const seen: string[] = [];
    for (const ms of [2_000, 3_000, 5_000]) {
      server.clock.advance(ms);
      seen.push((await status()).status);
    }
    expect(seen).toEqual(["provisioning", "deploying", "active"]);
    expect((await status()).endpoint).toBe(`http://${created.body.deploymentId}.simulated.local`);
  });

  it("fails a deployment the simulated provider cannot place, and refuses a bad config with 400", async () => {
    const big = (await rest(server, "POST", "/api/deploy/akash", { body: { name: "huge", config: { cpu: 64 } } })).body;
    server.clock.advance(2_000);
    expect((await rest(server, "GET", `/api/deploy/akash/${big.deploymentId}`)).body).toMatchObject({ status: "failed", error: expect.stringContaining("64 CPUs") });
    const bad = await rest(server, "POST", "/api/deploy/akash", { body: { name: "", config: { memory: "lots", gpu: 1 } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.fields.map((f: { field: string }) => f.field)).toEqual(["name", "config.gpu", "config.memory"]);
  });

  it("shows a deployment to its creator and admins only", async () => {
    const mine = await createKey(server, { roles: ["AGENT_MANAGER"] });
    const other = await createKey(server, { roles: ["AGENT_MANAGER"] });
    const created = (await rest(server, "POST", "/api/deploy/akash", { body: { name: "private" }, auth: mine.auth })).body;
    expect((await rest(server, "GET", `/api/deploy/akash/${created.deploymentId}`, { auth: mine.auth })).status).toBe(200);
    expect((await rest(server, "GET", `/api/deploy/akash/${created.deploymentId}`)).status).toBe(200);
    const hidden = await rest(server, "GET", `/api/deploy/akash/${created.deploymentId}`, { auth: other.auth });
    expect([hidden.status, hidden.body.error.code]).toEqual([404, "deployment_not_found"]);
  });
});
