// Prisma client for the configured dialect, plus start-up migration. Both generated clients come from
// the same prisma/models.prisma, so one TypeScript type serves SQLite and PostgreSQL.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.js";
import { PrismaClient as PgClient } from "./generated/postgres/client.js";
import { isPostgresUrl, sqliteFilePath } from "./database-url.js";

export type Db = SqliteClient;
export type Dialect = "sqlite" | "postgresql";
export { Prisma } from "./generated/sqlite/client.js";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface DbOptions {
  /** Called with every SQL statement sent to the database (tests count them). */
  onStatement?: (sql: string) => void;
  /** Called when each statement has finished, with how long it took (metrics). */
  onQuery?: (sql: string, ms: number) => void;
}

export function dialectOf(url: string): Dialect {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

export function createDb(url: string, options: DbOptions = {}): Db {
  if (isPostgresUrl(url)) {
    const adapter = observe(new PrismaPg({ connectionString: url }), options);
    return new PgClient({ adapter }) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  if (!file) throw new Error(`Unsupported DATABASE_URL: ${url}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return new SqliteClient({ adapter: observe(new PrismaLibSQL({ url }), options) });
}

/** SQLite settings that let readers run beside a writer and make writers wait instead of failing. */
export async function tuneDatabase(db: Db, url: string): Promise<void> {
  if (dialectOf(url) !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await db.$queryRawUnsafe("PRAGMA busy_timeout = 5000");
  await db.$queryRawUnsafe("PRAGMA foreign_keys = ON");
}

const execFileAsync = promisify(execFile);

/** Applies pending migrations with the Prisma CLI (Wasm schema engine; see prisma.config.ts). */
export async function migrateDatabase(url: string): Promise<string> {
  const cli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const { stdout } = await execFileAsync(process.execPath, [cli, "migrate", "deploy"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    timeout: 120_000,
  }).catch((error: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`Database migration failed: ${error.stderr || error.stdout || error.message}`);
  });
  return stdout;
}

function observe(factory: SqlDriverAdapterFactory, { onStatement, onQuery }: DbOptions): SqlDriverAdapterFactory {
  if (!onStatement && !onQuery) return factory;
  const timed = <R>(sql: string, run: () => Promise<R>): Promise<R> => {
    onStatement?.(sql);
    if (!onQuery) return run();
    const began = performance.now();
    return run().finally(() => onQuery(sql, performance.now() - began));
  };
  const wrap = <T extends SqlQueryable>(target: T): T => {
    const queryRaw = target.queryRaw.bind(target);
    const executeRaw = target.executeRaw.bind(target);
    target.queryRaw = (q) => timed(q.sql, () => queryRaw(q));
    target.executeRaw = (q) => timed(q.sql, () => executeRaw(q));
    return target;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter: SqlDriverAdapter = wrap(await factory.connect());
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (level) => wrap(await startTransaction(level));
      return adapter;
    },
  };
}
