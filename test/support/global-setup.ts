// Once per test run: a migrated template database per dialect, so every test server starts from
// a copy (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL) instead of migrating.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateDatabase } from "../../src/db.js";

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

export default async function setup(project: TestProject) {
  const runId = `cp${process.pid}${Date.now().toString(36)}`;
  project.provide("runId", runId);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-template-"));
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
    fs.rmSync(dir, { recursive: true, force: true });
    if (!usePostgres) return;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${runId}%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await client.end();
  };
}
