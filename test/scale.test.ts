// The scale configuration: several instances behind one PostgreSQL and one Redis. An event
// published by one instance reaches the subscribers of every other.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { gqlOk } from "./support/client.js";
import { AgentStatusChanged, CreateAgent, StartAgent } from "./support/documents.js";
import { freshDatabase, startServer } from "./support/server.js";
import { subscribeOpen, wsClient } from "./support/ws.js";

const redisUrl = process.env.TEST_REDIS_URL;

// Visible in the report when a service is not configured (vitest lists skipped tests by name).
if (!process.env.TEST_POSTGRES_URL) it.skip("PostgreSQL run of the whole suite — skipped: TEST_POSTGRES_URL is unset");
if (!redisUrl) it.skip("Redis pub/sub — skipped: TEST_REDIS_URL is unset");

describe.skipIf(!redisUrl)("pub/sub through Redis", () => {
  it("delivers a status change made on instance B to a subscriber of instance A", async () => {
    const database = await freshDatabase();
    const namespace = `scale-${randomBytes(4).toString("hex")}`;
    const env = { REDIS_URL: redisUrl, ADMIN_API_KEY: "shared-admin-key-for-two-instances-0123" };
    const a = await startServer({ database, env, eventsNamespace: namespace });
    const b = await startServer({ database, env, eventsNamespace: namespace });
    try {
      const { createAgent } = await gqlOk(a, CreateAgent, { input: { name: "shared", type: "t" } });
      const client = wsClient(a);
      const sub = await subscribeOpen(a, client, AgentStatusChanged, { agentId: createAgent.agent.id });
      await gqlOk(b, StartAgent, { id: createAgent.agent.id });
      const event = await sub.next();
      expect(event.data!.agentStatusChanged).toMatchObject({ agentId: createAgent.agent.id, status: "RUNNING" });
      await client.dispose();
      expect(await a.app.events.probe()).toBe(true);
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it("reports the pub/sub service down on /health when Redis cannot be reached", async () => {
    const server = await startServer({ env: { REDIS_URL: "redis://127.0.0.1:1" } });
    try {
      const health = await (await fetch(`${server.url}/health`)).json();
      expect(health).toMatchObject({ status: "degraded", services: { pubsub: "down", database: "up" } });
      expect((await fetch(`${server.url}/health/ready`)).status).toBe(503);
    } finally {
      await server.stop();
    }
  });
});

