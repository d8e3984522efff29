// Running the server: configuration, start-up migration, credential bootstrap, persistence across
// restarts, graceful shutdown, and readiness while the database is unreachable.
import fs from "node:fs";
import path from "node:path";
import http from "node:http";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";
import { gql, gqlOk, rest } from "./support/client.js";
import { AgentStatusChanged, CreateAgent, GetAgent, Viewer } from "./support/documents.js";
import { spawnProcess, startServerProcess } from "./support/process.js";
import { dialect, emptyDatabase, freshDatabase, startServer } from "./support/server.js";
import { EVENT_TIMEOUT_MS } from "./support/timeouts.js";
import { subscribe, wsClient } from "./support/ws.js";

describe("configuration", () => {
  it("uses the documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: "127.0.0.1", port: 4000, logLevel: "info", adminApiKey: null, redisUrl: null });
    expect(config.dataDir).toBe(path.resolve("./data"));
    expect(config.databaseUrl).toBe(`file:${path.resolve("./data/control-plane.db")}`);
  });

  it("lets DATABASE_URL override DATA_DIR", () => {
    expect(loadConfig({ DATA_DIR: "/tmp/x", DATABASE_URL: "postgresql://u@h/db" }).databaseUrl).toBe("postgresql://u@h/db");
  });

  it("refuses bad values with one clear line per problem", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "eighty", ADMIN_API_KEY: "short", LOG_LEVEL: "loud", DATABASE_URL: "mysql://x", JWT_SECRET: "s" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      "PORT: PORT must be a whole number",
      "DATABASE_URL: DATABASE_URL must start with postgresql:// (or postgres://) or file: (SQLite)",
      "ADMIN_API_KEY: ADMIN_API_KEY must be at least 32 characters long",
      "JWT_SECRET: JWT_SECRET must be at least 32 characters long",
      "LOG_LEVEL: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent",
    ]);
  });

  it("makes the process exit with status 2 and the message when the configuration is bad", async () => {
    const server = spawnProcess({ env: { PORT: "99999", ADMIN_API_KEY: "" } });
    expect((await server.exited).code).toBe(2);
    expect(server.stderr).toContain("PORT must be between 0 and 65535");
  });
});

describe("first start", () => {
  it("migrates an empty database, creates DATA_DIR, and prints an admin key exactly once", async () => {
    const database = await emptyDatabase();
    const dataDir = path.join(database.dataDir, "nested", "data");
    const announced: string[] = [];
    const first = await startServer({
      database: { ...database, dataDir },
      migrate: true,
      env: { ADMIN_API_KEY: undefined },
      announceAdminKey: (key) => announced.push(key),
    });
    expect(fs.existsSync(dataDir)).toBe(true);
    expect(announced).toHaveLength(1);
    const viewer = await gqlOk(first, Viewer, {}, { auth: `ApiKey ${announced[0]}` });
    expect(viewer.viewer.roles).toEqual(["ADMIN"]);
    await first.stop();

    const second = await startServer({ database: { ...database, dataDir }, migrate: true, env: { ADMIN_API_KEY: undefined }, announceAdminKey: (key) => announced.push(key) });
    expect(announced).toHaveLength(1); // not again
    expect((await gql(second, Viewer, {}, { auth: `ApiKey ${announced[0]}` })).status).toBe(200);
    await second.stop();
  });

  it("with ADMIN_API_KEY, that exact key is an admin key after every start (and only one row holds it)", async () => {
    const database = await freshDatabase();
    const key = "my-own-admin-key-0123456789-abcdefghij";
    for (let start = 0; start < 2; start++) {
      const server = await startServer({ database, env: { ADMIN_API_KEY: key } });
      expect((await gqlOk(server, Viewer, {}, { auth: `ApiKey ${key}` })).viewer.roles).toEqual(["ADMIN"]);
      expect(await server.app.db.apiKey.count()).toBe(1);
      await server.stop();
    }
  });
});

describe("persistence", () => {
  it("keeps agents across a restart on the same data", async () => {
    const database = await freshDatabase();
    const before = await startServer({ database });
    const created = (await gqlOk(before, CreateAgent, { input: { name: "survivor", type: "ceo_mimi", skills: ["vision"] } })).createAgent.agent;
    await before.stop();

    const after = await startServer({ database, migrate: true });
    const agent = (await gqlOk(after, GetAgent, { id: created.id })).agent;
    expect(agent).toEqual(created);
    await after.stop();
  });
});

describe("graceful shutdown", () => {
  it("finishes the request in flight, completes open subscriptions, and accepts no new connections", async () => {
    const server = await startServer();
    const client = wsClient(server);
    const sub = subscribe(client, AgentStatusChanged, {});
    await expect.poll(() => server.app.events.openSubscriptions(), { timeout: EVENT_TIMEOUT_MS }).toBe(1);

    // A request in flight: headers and half the body sent, the rest still on its way.
    const body = JSON.stringify({ name: "in-flight", type: "t" });
    const { port } = new URL(server.url);
    const request = http.request({
      host: "127.0.0.1",
      port,
      method: "POST",
      path: "/api/v1/agents",
      headers: { authorization: server.admin, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
    });
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      request.on("response", (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode!, body: text }));
      });
      request.on("error", reject);
    });
    const arrived = new Promise((resolve) => server.app.httpServer.once("request", resolve));
    request.write(body.slice(0, 10));
    await arrived; // the server is reading it

    const stopped = server.stop();
    await sub.done; // the subscription was completed by the server, not errored
    await expect(fetch(`${server.url}/health`)).rejects.toThrow(); // no new connections
    request.end(body.slice(10));
    expect((await response).status).toBe(201);
    await stopped;
    await client.dispose();
  });

  it("stops the real process on SIGTERM with exit status 0, its output all JSON lines when not on a terminal", async () => {
    const server = await startServerProcess({ database: await freshDatabase(), env: { ADMIN_API_KEY: "process-test-admin-key-0123456789abcdef" } });
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    expect(await server.stop({ signal: "SIGTERM" })).toEqual({ code: 0, signal: null });
    expect(server.jsonLines().map((l) => l.msg)).toContain("stopped");
    // Not a terminal: every line is JSON, and the "listening" line carries the addresses.
    const lines = server.stdout.trim().split("\n");
    expect(server.jsonLines()).toHaveLength(lines.length);
    expect(server.jsonLines().find((l) => l.msg === "control plane listening")).toMatchObject({
      url: server.url,
      graphiql: `${server.url}/graphql`,
      rest: `${server.url}/api/v1`,
      metrics: `${server.url}/metrics`,
      docs: `${server.url}/docs`,
    });
  });
});

describe.skipIf(dialect !== "postgresql")("readiness while the database is unreachable (PostgreSQL)", () => {
  it("answers 503 on /health/ready and /health until the database is back", async () => {
    const server = await startServer();
    const dbName = new URL(server.database.databaseUrl!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS false`);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [dbName]);
      const ready = await fetch(`${server.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect((await ready.json()).services.database).toBe("down");
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(503);
      expect((await health.json()).status).toBe("unhealthy");
      expect((await rest(server, "GET", "/api/v1/agents")).status).toBeGreaterThanOrEqual(500);
    } finally {
      await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    await expect.poll(async () => (await fetch(`${server.url}/health/ready`)).status, { timeout: EVENT_TIMEOUT_MS }).toBe(200);
    await server.stop();
  });
});

describe.skipIf(dialect !== "postgresql")("stopping on PostgreSQL", () => {
  it("leaves no connection open in the database once stopped", async () => {
    const server = await startServer();
    const dbName = new URL(server.database.databaseUrl!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await admin.connect();
    const connections = async () => Number((await admin.query("SELECT count(*) FROM pg_stat_activity WHERE datname = $1", [dbName])).rows[0].count);
    try {
      // Several requests at once, so the pool holds more than one connection.
      await Promise.all(Array.from({ length: 5 }, () => rest(server, "GET", "/api/v1/agents")));
      expect(await connections()).toBeGreaterThan(0);
      await server.stop();
      // Promptly: well before pg's idle timeout (10 s) would have closed what was left open.
      await expect.poll(connections, { timeout: 3_000 }).toBe(0);
    } finally {
      await admin.end();
    }
  });
});
