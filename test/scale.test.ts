// The scale configuration: several instances behind one PostgreSQL and one Redis. An event
// published by one instance reaches the subscribers of every other.
import { randomBytes } from "node:crypto";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { gqlOk } from "./support/client.js";
import { AgentStatusChanged, CreateAgent, StartAgent, StopAgent } from "./support/documents.js";
import { freshDatabase, startServer } from "./support/server.js";
import { WORK_TIMEOUT_MS } from "./support/timeouts.js";
import { promptOf, startFakeModels, startWorkServer, taskWhen } from "./support/work.js";
import { CancelTask, SpawnTask, TasksQuery } from "./support/work-documents.js";
import { eventually, subscribeOpen, wsClient } from "./support/ws.js";

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

  it("subscribes what was asked for during a Redis outage once Redis is back", async () => {
    // Instance A reaches Redis through a proxy that is not listening yet: Redis is "down" for it.
    const port = await freePort();
    const database = await freshDatabase();
    const namespace = `scale-${randomBytes(4).toString("hex")}`;
    const adminKey = "shared-admin-key-for-two-instances-0123";
    const a = await startServer({ database, env: { REDIS_URL: `redis://127.0.0.1:${port}`, ADMIN_API_KEY: adminKey }, eventsNamespace: namespace });
    const b = await startServer({ database, env: { REDIS_URL: redisUrl, ADMIN_API_KEY: adminKey }, eventsNamespace: namespace });
    let proxy: net.Server | null = null;
    const client = wsClient(a);
    try {
      expect(await a.app.events.probe()).toBe(false);
      const { createAgent } = await gqlOk(b, CreateAgent, { input: { name: "after-the-outage", type: "t" } });
      const sub = await subscribeOpen(a, client, AgentStatusChanged, { agentId: createAgent.agent.id });
      // Another agent's changes travel on the same Redis channel: when A hears one, it is subscribed again.
      const { createAgent: sentinel } = await gqlOk(b, CreateAgent, { input: { name: "sentinel", type: "t" } });
      const heard = await subscribeOpen(a, client, AgentStatusChanged, { agentId: sentinel.agent.id });

      proxy = await redisProxy(port, new URL(redisUrl!));
      await eventually(() => a.app.events.probe());
      let running = false;
      await eventually(async () => {
        if (running) await gqlOk(b, StopAgent, { id: sentinel.agent.id });
        else await gqlOk(b, StartAgent, { id: sentinel.agent.id });
        running = !running;
        return heard.received.length > 0;
      });
      await gqlOk(b, StartAgent, { id: createAgent.agent.id });
      expect((await sub.next()).data!.agentStatusChanged).toMatchObject({ agentId: createAgent.agent.id, status: "RUNNING" });
    } finally {
      await client.dispose();
      await a.stop();
      await b.stop();
      proxy?.close();
    }
  });

  it("shares one task queue between instances: each task runs once, and a cancel reaches whichever instance runs it", async () => {
    const database = await freshDatabase();
    const models = await startFakeModels();
    const namespace = `scale-${randomBytes(4).toString("hex")}`;
    const env = { REDIS_URL: redisUrl, ADMIN_API_KEY: "shared-admin-key-for-two-instances-0123", TASK_CONCURRENCY: "1" };
    models.hold();
    const a = await startWorkServer(models, { database, env, eventsNamespace: namespace });
    const b = await startWorkServer(models, { database, env, eventsNamespace: namespace });
    try {
      const prompts = ["one", "two", "three", "four"];
      for (const task of prompts) await gqlOk(a, SpawnTask, { input: { task, model: "k2p5" } });
      await eventually(() => models.held === 2, WORK_TIMEOUT_MS); // one on each instance (b finds work on its queue poll)
      const running = (await gqlOk(b, TasksQuery, { filter: { status: ["RUNNING"] } })).tasks.edges.map((e) => e.node.id);
      expect(running).toHaveLength(2);
      for (const id of running) expect((await gqlOk(b, CancelTask, { id })).cancelTask.task.status).toBe("CANCELLED");

      models.releaseAll();
      const all = (await gqlOk(a, TasksQuery, {})).tasks.edges.map((e) => e.node.id);
      const finished = await Promise.all(all.map((id) => taskWhen(a, id)));
      expect(finished.map((t) => t.status).sort()).toEqual(["CANCELLED", "CANCELLED", "COMPLETED", "COMPLETED"]);
      expect(models.requests.map((r) => promptOf(r.body)).sort()).toEqual([...prompts].sort()); // nothing ran twice
    } finally {
      models.releaseAll();
      await a.stop();
      await b.stop();
      await models.close();
    }
  });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A TCP proxy on `port` to the real Redis: Redis "comes back" when it starts listening. */
async function redisProxy(port: number, target: URL): Promise<net.Server> {
  const server = net.createServer((socket) => {
    const upstream = net.connect(Number(target.port || 6379), target.hostname);
    socket.pipe(upstream).pipe(socket);
    const end = () => {
      socket.destroy();
      upstream.destroy();
    };
    socket.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return server;
}
