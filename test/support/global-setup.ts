// Once per test run: a migrated template database per dialect, so every test server starts from
// a copy (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL) instead of migrating.
// The run's hygiene is checked here too: everything the run writes to the temp folder goes under one
// directory removed at the end, and the run fails if a process it started is still alive.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../src/db.js";
import { findLeakedProcesses, RUN_MARKER } from "./leaks.js";

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
    sqliteTemplate: string;
    postgresTemplate: string | null;
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * Set once per run (both projects share it) before the workers start, so they and every process they
 * start inherit them: the run's own temp folder, and a marker that finds the run's processes.
 */
function claimRun(): { runId: string; tempRoot: string } {
  if (!process.env[RUN_MARKER]) {
    const runId = `cp${process.pid}${Date.now().toString(36)}`;
    process.env[RUN_MARKER] = runId;
    process.env.TMPDIR = fs.mkdtempSync(path.join(os.tmpdir(), `cp-run-${runId}-`));
  }
  return { runId: process.env[RUN_MARKER], tempRoot: process.env.TMPDIR! };
}

export default async function setup(project: TestProject) {
  const { runId, tempRoot } = claimRun();
  project.provide("runId", runId);

  const dir = fs.mkdtempSync(path.join(tempRoot, "cp-template-"));
  const sqliteTemplate = path.join(dir, "template.db");
  await migrateDatabase(`file:${sqliteTemplate}`);
  project.provide("sqliteTemplate", sqliteTemplate);

  if (!process.env.TEST_POSTGRES_URL) console.warn("NOTICE: TEST_POSTGRES_URL is unset: the PostgreSQL run of the suite is skipped.");
  if (!process.env.TEST_REDIS_URL) console.warn("NOTICE: TEST_REDIS_URL is unset: the Redis pub/sub tests are skipped.");
  const adminUrl = process.env.TEST_POSTGRES_URL;
  const usePostgres = adminUrl && project.config.env?.TEST_DIALECT === "postgresql";
  let postgresTemplate: string | null = null;
  if (usePostgres) {
    postgresTemplate = `${runId}_tpl`;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`CREATE DATABASE "${postgresTemplate}"`);
    await client.end();
    await migrateDatabase(withDatabase(adminUrl, postgresTemplate));
  }
  project.provide("postgresTemplate", postgresTemplate);

  return async () => {
    const leaked = await findLeakedProcesses(runId);
    fs.rmSync(tempRoot, { recursive: true, force: true });
    if (usePostgres) await dropRunDatabases(adminUrl, runId);
    if (leaked.length > 0) {
      process.exitCode = 1; // vitest only logs an error thrown here
      throw new Error(
        `${leaked.length} process(es) started by the test run were still running at its end (now killed). Stop what a test starts ` +
          `(test/support/process.ts registers it for you):\n${leaked.map((p) => `  pid ${p.pid}: ${p.command}`).join("\n")}`,
      );
    }
  };
}

async function dropRunDatabases(adminUrl: string, runId: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${runId}%`]);
  for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await client.end();
}
