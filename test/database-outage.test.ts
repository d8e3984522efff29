// PostgreSQL out of reach: a write answers 503 with Retry-After (REST and GraphQL alike) instead of an
// internal error or a hang, and the server serves again once the database is back. (The full outage —
// the server process restarted, Redis stopped — is scenario 4 of `npm run chaos`.)
import pg from "pg";
import { describe, expect, it } from "vitest";
import { dialect, startServer } from "./support/server.js";

describe.skipIf(dialect !== "postgresql")("a lost PostgreSQL connection", () => {
  it("answers writes with 503 and Retry-After while the database refuses connections, and serves again when it is back", async () => {
    const server = await startServer({ env: { DATABASE_CONNECT_TIMEOUT_MS: "2000" } });
    const dbName = new URL(server.database.databaseUrl!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS false`);
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [dbName]);

      const began = Date.now();
      const restWrite = await fetch(`${server.url}/api/v1/agents`, {
        method: "POST",
        headers: { authorization: server.admin, "content-type": "application/json" },
        body: JSON.stringify({ name: "during-outage", type: "t" }),
      });
      expect(restWrite.status).toBe(503);
      expect(restWrite.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(JSON.stringify(await restWrite.json())).toContain("SERVICE_UNAVAILABLE");

      const graphqlWrite = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { authorization: server.admin, "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query: `mutation { createAgent(input: { name: "during-outage-2", type: "t" }) { agent { id } } }` }),
      });
      expect(graphqlWrite.status).toBe(503);
      expect(graphqlWrite.headers.get("retry-after")).toMatch(/^\d+$/);
      expect((await graphqlWrite.json()).errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
      // Bounded by the connect timeout, not a hang (generous: the machine may be busy).
      expect(Date.now() - began).toBeLessThan(20_000);
    } finally {
      await admin.query(`ALTER DATABASE "${dbName}" WITH ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    await expect
      .poll(async () => (await fetch(`${server.url}/api/v1/agents`, { headers: { authorization: server.admin } })).status, { timeout: 15_000 })
      .toBe(200);
    await server.stop();
  }, 60_000);
});
