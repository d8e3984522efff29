// Test servers: the real app (same buildApp as `npm start`) on an ephemeral port, with its own
// database copy and a fake clock. Most tests talk to it in-process through yoga.fetch; the
// outside checks use its real URL.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { buildApp, type App } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createDb, type Db } from "../../src/db.js";
import { createLogger } from "../../src/logger.js";
import { FakeClock } from "./clock.js";
import { onCleanup } from "./cleanup.js";
import { withDatabase } from "./global-setup.js";
import { assertDocumented } from "./openapi-validation.js";

export const dialect = (process.env.TEST_DIALECT ?? "sqlite") as "sqlite" | "postgresql";

export interface TestServerOptions {
  clock?: FakeClock;
  /** Environment for loadConfig (ADMIN_API_KEY, LOG_LEVEL, …) on top of the test defaults. */
  env?: Record<string, string | undefined>;
  /** Reuse a database (restart tests); by default each server gets a fresh copy. */
  database?: TestDatabase;
  /** Run the real start-up migration (default: start from the migrated template). */
  migrate?: boolean;
  announceAdminKey?: (secret: string) => void;
  /** Share pub/sub with other servers of the test (same Redis channels). */
  eventsNamespace?: string;
  /** Collect the server's log lines (parsed) here, at LOG_LEVEL (default: info when collecting). */
  logs?: Record<string, unknown>[];
}

export interface TestDatabase {
  dataDir: string;
  databaseUrl?: string;
  /** Removes the data directory (also done after the test or file that made it). */
  remove(): void;
}

/** @public A temp dir removed after the test (or file) that made it (own clusters, files a test writes). */
export function testDataDir(prefix: string): { dataDir: string; remove(): void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const remove = () => fs.rmSync(dataDir, { recursive: true, force: true });
  onCleanup(`temp dir ${dataDir}`, remove);
  return { dataDir, remove };
}

export interface TestServer {
  app: App;
  url: string;
  wsUrl: string;
  clock: FakeClock;
  database: TestDatabase;
  adminKey: string;
  /** Authorization header value of the admin key. */
  admin: string;
  /**
   * The SQL statements `run` itself causes (the requests it makes, in-process), not those of background
   * jobs ticking meanwhile: counted by async context.
   */
  statementsOf(run: () => Promise<unknown>): Promise<{ count: number; log: string[] }>;
  /** In-process HTTP through the server's own handler; REST answers are checked against the OpenAPI document. */
  fetch(pathOrUrl: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
}

let pgCounter = 0;
const statementScope = new AsyncLocalStorage<string[]>();

/** The embedded database's file in a test database's directory. */
export const embeddedDatabaseFile = (database: Pick<TestDatabase, "dataDir">): string => path.join(database.dataDir, "control-plane.db");

/** A fresh, migrated database for the current dialect. */
export async function freshDatabase(): Promise<TestDatabase> {
  const dir = testDataDir("cp-test-");
  if (dialect === "sqlite") {
    fs.copyFileSync(inject("sqliteTemplate"), embeddedDatabaseFile(dir));
    return dir;
  }
  const adminUrl = process.env.TEST_POSTGRES_URL!;
  const name = `${inject("runId")}_${process.pid}_${pgCounter++}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("postgresTemplate")}"`);
        break;
      } catch (error) {
        // Another worker copying the template at this instant: try again shortly.
        if (attempt > 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await client.end();
  }
  return { ...dir, databaseUrl: withDatabase(adminUrl, name) };
}

/** A client of its own on a test database, for reading it once the server that used it has stopped (its client is closed). */
export function openDatabase(database: TestDatabase): Db {
  return createDb(database.databaseUrl ?? `file:${embeddedDatabaseFile(database)}`);
}

/** An empty database with no tables, for tests of the real start-up migration. */
export async function emptyDatabase(): Promise<TestDatabase> {
  const dir = testDataDir("cp-empty-");
  if (dialect === "sqlite") return dir;
  const adminUrl = process.env.TEST_POSTGRES_URL!;
  const name = `${inject("runId")}_${process.pid}_${pgCounter++}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  return { ...dir, databaseUrl: withDatabase(adminUrl, name) };
}

export async function startServer(options: TestServerOptions = {}): Promise<TestServer> {
  const clock = options.clock ?? new FakeClock();
  const ownDatabase = options.database === undefined;
  const database = options.database ?? (await freshDatabase());
  const adminKey = options.env && "ADMIN_API_KEY" in options.env ? options.env.ADMIN_API_KEY! : `test-admin-${randomBytes(24).toString("hex")}`;
  const config = loadConfig({
    HOST: "127.0.0.1",
    PORT: "0",
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.databaseUrl,
    ADMIN_API_KEY: adminKey,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? (options.logs ? "info" : "silent"),
    REDIS_URL: dialect === "postgresql" ? process.env.TEST_REDIS_URL : undefined,
    SHUTDOWN_GRACE_MS: "2000",
    ...options.env,
  });
  const app = buildApp(config, {
    clock,
    logger: createLogger(
      config.logLevel,
      options.logs ? { write: (line) => void options.logs!.push(JSON.parse(line) as Record<string, unknown>) } : undefined,
    ),
    migrate: options.migrate ?? false,
    eventsNamespace: options.eventsNamespace ?? `test-${randomBytes(6).toString("hex")}`,
    announceAdminKey: options.announceAdminKey ?? (() => undefined),
    onStatement: (sql) => statementScope.getStore()?.push(sql),
  });
  // Stopped after the test (or file) whatever happens; a server that made its own database deletes it.
  const stop = async () => {
    await app.stop();
    if (ownDatabase) database.remove();
  };
  const unregister = onCleanup("test server", stop);
  const url = await app.start();
  return {
    app,
    url,
    wsUrl: `${url.replace(/^http/, "ws")}/graphql`,
    clock,
    database,
    adminKey,
    admin: `ApiKey ${adminKey}`,
    async statementsOf(run) {
      const log: string[] = [];
      await statementScope.run(log, run);
      return { count: log.length, log };
    },
    fetch: async (pathOrUrl, init = {}) => {
      const url = new URL(pathOrUrl, "http://in-process").toString();
      const response = await app.yoga.fetch(url, init);
      await assertDocumented(init.method ?? "GET", url, response);
      return response;
    },
    stop: async () => {
      unregister();
      await stop();
    },
  };
}
