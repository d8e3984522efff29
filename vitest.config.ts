import { defineConfig } from "vitest/config";
import { EVENT_TIMEOUT_MS, POLL_INTERVAL_MS } from "./test/support/timeouts.js";

// Vite would resolve `graphql` to its .mjs build while Pothos, shield and yoga load the .js one:
// two copies of GraphQLObjectType. Pin every import to the same file.
const resolve = { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] };

const shared = {
  globalSetup: ["test/support/global-setup.ts"],
  // Stops the servers and processes a test or file started and removes its temp dirs, whatever happened.
  setupFiles: ["test/support/setup.ts"],
  // Generous on purpose: these bounds only decide how long a broken test takes to fail, and a busy
  // machine (both cores saturated) must still pass. Waits inside tests use test/support/timeouts.ts.
  testTimeout: 120_000,
  hookTimeout: 120_000,
  // expect.poll waits as long as any other event (its own default, 1 s, fails on a busy machine).
  expect: { poll: { timeout: EVENT_TIMEOUT_MS, interval: POLL_INTERVAL_MS } },
  // The global teardown drops the run's PostgreSQL databases and checks for leaked processes.
  teardownTimeout: 60_000,
  // Each test file starts its own servers on its own database copy: files can run in parallel.
  pool: "forks" as const,
  // Files share their worker's module cache: the app (≈4 s of CPU to import) loads once per worker, not
  // once per file. So a file must leave no module-level change behind (process.env, globals, mocks);
  // what it starts is stopped by test/support/cleanup.ts.
  isolate: false,
};

// The whole suite runs on the embedded default (SQLite, in-memory pub/sub); with
// TEST_POSTGRES_URL it runs again on PostgreSQL (and Redis pub/sub when TEST_REDIS_URL is set).
const projects = [{ resolve, test: { ...shared, name: "sqlite", env: { TEST_DIALECT: "sqlite" } } }];
if (process.env.TEST_POSTGRES_URL) {
  projects.push({ resolve, test: { ...shared, name: "postgres", env: { TEST_DIALECT: "postgresql" } } });
}

// Vitest's default on a 2-core machine is one worker (cores − 1), so the files ran one after another.
// Most of a file's time is waiting (servers, sockets, a browser, PostgreSQL), so three workers finish
// the suite far sooner on 2 cores without starving any test; every bound in it is generous for that.
export default defineConfig({ resolve, test: { projects, maxWorkers: 3 } });
