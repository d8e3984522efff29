// Request limits through Redis: two instances share one budget exactly, and a Redis outage makes
// each instance limit on its own (fail open to per-instance limits, with a logged warning).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { execFileSync } from "node:child_process";
import net from "node:net";
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import { createKey } from "./support/fixtures.js";
import { FakeClock } from "./support/clock.js";
import { ViewerId } from "./support/limit-documents.js";
import { freshDatabase, startServer, type TestServer } from "./support/server.js";
import { eventually } from "./support/ws.js";

const redisUrl = process.env.TEST_REDIS_URL;
const hasRedisServer = (() => {
  try {
    execFileSync("redis-server", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

if (!redisUrl) it.skip("two instances sharing one request budget — skipped: TEST_REDIS_URL is unset");
if (!hasRedisServer) it.skip("Redis outage of the request limiter — skipped: no redis-server on this machine");

const viewer = (url: string, auth: string) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", authorization: auth },
    body: JSON.stringify({ query: ViewerId.toString() }),
  });

describe.skipIf(!redisUrl)("two instances sharing Redis", () => {
  it("let exactly 200 of 300 concurrent requests of a system_monitor key through, split over both instances", async () => {
    const database = await freshDatabase();
    const clock = new FakeClock("2026-03-02T10:00:00.000Z");
    const namespace = `limits-${randomBytes(4).toString("hex")}`;
    const env = { REDIS_URL: redisUrl, ADMIN_API_KEY: "shared-admin-key-for-two-instances-0123" };
    const a = await startServer({ database, env, clock, eventsNamespace: namespace });
    const b = await startServer({ database, env, clock, eventsNamespace: namespace });
    try {
      const { auth } = await createKey(a, { roles: ["SYSTEM_MONITOR"] }); // 200 a minute
      const began = Date.now();
      const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => viewer(i % 2 ? a.url : b.url, auth)));
      const passed = answers.filter((r) => r.status === 200).length;
      const refused = answers.filter((r) => r.status === 429).length;
      console.log(`two instances, 300 concurrent requests against 200 a minute: ${passed} passed, ${refused} refused (${Date.now() - began} ms)`);
      expect({ passed, refused }).toEqual({ passed: 200, refused: 100 });
      const remaining = answers.filter((r) => r.status === 200).map((r) => Number(r.headers.get("x-ratelimit-remaining")));
      expect(new Set(remaining).size).toBe(200); // each got its own place in the one count: 199 … 0
      expect((await viewer(a.url, auth)).status).toBe(429);
      expect((await viewer(b.url, auth)).status).toBe(429);
    } finally {
      await a.stop();
      await b.stop();
    }
  }, 120_000); // two instances and 300 requests on a busy machine
});

describe.skipIf(!hasRedisServer)("Redis outage (a redis-server of this test's own)", { timeout: 60_000 }, () => {
  it("keeps answering with per-instance limits and a logged warning, and shares budgets again when Redis is back", async () => {
    const port = await freePort();
    let redis = await startRedis(port);
    const logs: Record<string, unknown>[] = [];
    const policies = { role: { limits: { system_monitor: 5 } } };
    let server: TestServer | null = null;
    const probe = new Redis(`redis://127.0.0.1:${port}`, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => 100 });
    probe.on("error", () => undefined);
    try {
      server = await startServer({ env: { REDIS_URL: `redis://127.0.0.1:${port}`, RATE_LIMIT_POLICIES: JSON.stringify(policies) }, logs });
      const { auth } = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
      for (let i = 0; i < 3; i++) expect((await viewer(server.url, auth)).status).toBe(200);
      await probe.connect();
      expect((await probe.keys("cp-rl:*")).length).toBeGreaterThan(0); // counted in Redis

      redis.kill("SIGKILL");
      await new Promise((resolve) => redis.once("exit", resolve));
      // Fail open to this instance's memory: a fresh count of 5, then refusals again.
      const during = [];
      for (let i = 0; i < 6; i++) during.push(await viewer(server.url, auth));
      expect(during.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429]);
      expect(during[0]!.headers.get("x-ratelimit-remaining")).toBe("4");
      expect(logs.some((l) => l.level === 40 && String(l.msg).startsWith("rate-limit store (Redis) unavailable"))).toBe(true);

      redis = await startRedis(port);
      server.clock.advance(60_000); // a new window, so the next answers are not refusals
      await eventually(async () => {
        await viewer(server!.url, auth);
        return logs.some((l) => String(l.msg).startsWith("rate-limit store (Redis) is back"));
      }, 15_000);
      expect((await probe.keys("cp-rl:*")).length).toBeGreaterThan(0);
    } finally {
      probe.disconnect();
      await server?.stop();
      redis.kill("SIGKILL");
    }
  });
});

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  await eventually(
    () =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect(port, "127.0.0.1", () => {
          socket.destroy();
          resolve(true);
        });
        socket.on("error", () => resolve(false));
      }),
    10_000,
  );
  return child;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
