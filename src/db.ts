// Prisma client for the configured dialect, plus start-up migration. Both generated clients come from
// the same prisma/models.prisma, so one TypeScript type serves SQLite and PostgreSQL.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Client, Config as LibsqlConfig } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client.js";
import { PrismaClient as PgClient } from "./generated/postgres/client.js";
import { isPostgresUrl, sqliteFilePath } from "./database-url.js";
import { openSqlite } from "./sqlite-client.js";
import { SERVER_CONNECTION_PRAGMAS, startCheckpointer, type Checkpointer } from "./sqlite-checkpoints.js";
import { databaseUnavailable } from "./domain/prisma-errors.js";

export type Db = SqliteClient;
export type Dialect = "sqlite" | "postgresql";
export { Prisma } from "./generated/sqlite/client.js";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface DbOptions {
  /** Called with every SQL statement sent to the database (tests count them). */
  onStatement?: (sql: string) => void;
  /** PostgreSQL: connections in the pool, statement timeout, connect timeout (DATABASE_* settings). */
  pool?: { size: number; statementTimeoutMs: number; connectTimeoutMs: number };
  /** Told about trouble on idle pooled connections (a restarted server), which nobody awaits. */
  onPoolError?: (error: Error) => void;
  /** Called when each statement has finished, with how long it took (metrics). */
  onQuery?: (sql: string, ms: number) => void;
  /**
   * SQLite: `normal` (default) syncs the WAL to disk at checkpoints, not at every commit — safe from
   * corruption, and a crash of the process loses nothing; only a power loss or OS crash may roll back
   * the last commits. `full` syncs every commit: ~5 ms each here, and libsql runs it on the event loop.
   */
  sqliteSynchronous?: "normal" | "full";
}

/** SQLite settings that let readers run beside a writer and make writers wait instead of failing. */
const SQLITE_PRAGMAS = ["PRAGMA journal_mode = WAL", "PRAGMA busy_timeout = 5000", "PRAGMA foreign_keys = ON"];

/**
 * Sends one statement with text parameters to the driver adapter directly: the connection (and, on
 * SQLite, the lock) Prisma's queries use, without Prisma's raw-query path, which costs ~1.5 ms of CPU
 * per statement however small. For the hottest writes (audit batches, batches of new agents);
 * placeholders are the dialect's own (`?` on SQLite, `$1` on PostgreSQL).
 */
export type DriverWrite = (sql: string, args: string[]) => Promise<number>;
const driverWrites = new WeakMap<object, DriverWrite>();

/** The client's DriverWrite; one of Prisma's raw statements for a client made elsewhere (tests). */
export function driverWriteOf(db: Db): DriverWrite {
  return driverWrites.get(db) ?? ((sql, args) => db.$executeRawUnsafe(sql, ...args));
}

/** An INSERT of many rows bound as one JSON text, the statement's only argument. */
export interface JsonRowsInsert<R> {
  sql: string;
  argument(rows: readonly R[]): string;
}

/**
 * An INSERT of many rows bound as one JSON array (a DriverWrite's single argument). SQLite reads it
 * with `json_each`, each row an array of `columns`' values in order: `->> N` reads an element where
 * `->> 'name'` looked the key up in every row's object, ~30 % of the statement (`->>` yields an
 * object or array as its JSON text). PostgreSQL reads objects with `json_populate_recordset` over the
 * table's own row type (a jsonb column takes an object or array as it is). Columns left out take
 * their defaults.
 */
export function insertFromJsonRows<R extends object>(table: string, columns: readonly (keyof R & string)[]): Record<Dialect, JsonRowsInsert<R>> {
  const quoted = columns.map((c) => `"${c}"`).join(", ");
  return {
    postgresql: {
      sql: `INSERT INTO "${table}" (${quoted}) SELECT ${quoted} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      argument: (rows) => JSON.stringify(rows),
    },
    sqlite: {
      sql: `INSERT INTO "${table}" (${quoted}) SELECT ${columns.map((_, i) => `value ->> ${i}`).join(", ")} FROM json_each(?)`,
      argument: (rows) => JSON.stringify(rows.map((row) => columns.map((c) => row[c] ?? null))),
    },
  };
}

/** A DateTime as the libsql adapter writes it (ISO 8601, "+00:00"), which PostgreSQL's timestamp reads alike. */
export const storedDateTime = (date: Date): string => date.toISOString().replace("Z", "+00:00");

const TEXT_ARG = { scalarType: "string", arity: "scalar" } as const;

/** `db` with its DriverWrite on the adapter that `factory` connects (when Prisma first connects). */
function withDriverWrite<C extends { $connect(): Promise<void> }>(factory: SqlDriverAdapterFactory, makeClient: (factory: SqlDriverAdapterFactory) => C): C {
  let adapter: SqlDriverAdapter | null = null;
  const client = makeClient({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => (adapter = await factory.connect()),
  });
  driverWrites.set(client, async (sql, args) => {
    if (!adapter) await client.$connect();
    return adapter!.executeRaw({ sql, args, argTypes: args.map(() => TEXT_ARG) });
  });
  return client;
}

export function dialectOf(url: string): Dialect {
  return isPostgresUrl(url) ? "postgresql" : "sqlite";
}

export function createDb(url: string, options: DbOptions = {}): Db {
  if (isPostgresUrl(url)) {
    const settings = options.pool ?? { size: 10, statementTimeoutMs: 30_000, connectTimeoutMs: 10_000 };
    const pool = new pg.Pool({
      connectionString: url,
      max: settings.size,
      statement_timeout: settings.statementTimeoutMs,
      // The client side gives up a little later, in case the server never answers at all (a cut network).
      query_timeout: settings.statementTimeoutMs + 1000,
      connectionTimeoutMillis: settings.connectTimeoutMs,
      idle_in_transaction_session_timeout: settings.statementTimeoutMs,
    });
    // An idle connection dropped by the server (restart, failover) is reported here; without a listener
    // the pool's 'error' event would crash the process.
    pool.on("error", (error) => options.onPoolError?.(error));
    // `disposeExternalPool`: $disconnect ends the pool. Without it, a stopped server's idle connections
    // stayed open until pg's idle timeout (several servers started and stopped in a row ran out of
    // PostgreSQL's max_connections).
    // An interactive transaction may wait for a pooled connection as long as a request may (Prisma's
    // default, 2 s, fails bursts that the pool would have served), and run as long as a statement may.
    const transactionOptions = { maxWait: settings.connectTimeoutMs, timeout: settings.statementTimeoutMs };
    return withDriverWrite(observe(new PrismaPg(pool, { disposeExternalPool: true }), options), (adapter) => withReadRetries(new PgClient({ adapter, transactionOptions }))) as unknown as Db;
  }
  const file = sqliteFilePath(url);
  if (!file) throw new Error(`Unsupported DATABASE_URL: ${url}`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const pragmas = [...SQLITE_PRAGMAS, `PRAGMA synchronous = ${(options.sqliteSynchronous ?? "normal").toUpperCase()}`];
  const factory = new SingleConnectionLibSQL({ url }, pragmas);
  const db = withDriverWrite(observe(factory, options), (adapter) => new SqliteClient({ adapter }));
  sqliteFactories.set(db, factory);
  return db;
}

const READS = new Set(["findUnique", "findUniqueOrThrow", "findFirst", "findFirstOrThrow", "findMany", "count", "aggregate", "groupBy"]);
const READ_RETRY_DELAYS_MS = [100, 400];

/**
 * A read that failed because the connection was lost (PostgreSQL restarting, failing over) is tried
 * again twice; a write is not (it may have been applied) — it surfaces as a 503 with Retry-After.
 */
function withReadRetries(client: PgClient) {
  return client.$extends({
    query: {
      async $allOperations({ operation, args, query }) {
        for (let attempt = 0; ; attempt++) {
          try {
            return await query(args);
          } catch (error) {
            const delay = READ_RETRY_DELAYS_MS[attempt];
            if (!READS.has(operation) || delay === undefined || !databaseUnavailable(error)) throw error;
            await new Promise((resolve) => setTimeout(resolve, delay));
          }
        }
      },
    },
  });
}

/**
 * The embedded database on one connection, with its pragmas (src/sqlite-client.ts). The pragmas but
 * `journal_mode` are per connection, and the Prisma adapter serialises every statement and holds its
 * lock for a whole transaction anyway (libsql runs each statement synchronously on the event loop):
 * one connection loses nothing and keeps busy_timeout, foreign keys and `synchronous` in force.
 */
class SingleConnectionLibSQL extends PrismaLibSQL {
  /** The connection's checkpoints (src/sqlite-checkpoints.ts), once it is open. */
  checkpointer: Checkpointer | null = null;

  constructor(
    config: LibsqlConfig,
    private readonly pragmas: string[],
  ) {
    super(config);
  }

  override createClient(config: LibsqlConfig): Client {
    const file = sqliteFilePath(config.url) ?? config.url;
    // The worker opens its connection once this one has put the database in WAL mode.
    const client = openSqlite(file, [...this.pragmas, ...SERVER_CONNECTION_PRAGMAS], { onClose: () => checkpointer.stop() });
    const checkpointer = startCheckpointer(file);
    this.checkpointer = checkpointer;
    return client;
  }
}

const sqliteFactories = new WeakMap<object, SingleConnectionLibSQL>();

/** The embedded database's checkpointer (null on PostgreSQL, or before the first statement). */
export function sqliteCheckpointerOf(db: Db): Checkpointer | null {
  return sqliteFactories.get(db)?.checkpointer ?? null;
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
