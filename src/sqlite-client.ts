// The embedded database's connection, as Prisma's libsql adapter uses it: one libsql (SQLite)
// connection with its pragmas, and the statements it has prepared kept for the next time.
//
// Why not @libsql/client's own: per statement it prepares the SQL again, and it builds every row as an
// object with two `defineProperty` calls per cell (under the column's index and its name) although the
// adapter reads only the index. For a page of 21 agents that was ~510 µs of CPU where preparing and
// stepping take ~145, and ~95 once prepared. Here rows are libsql's own arrays, converted exactly as
// @libsql/client converts them (`intMode: "number"`), and errors are its `LibsqlError`s, which the
// adapter maps to Prisma's (unique violations, busy, …).
//
// A cached statement is always run to completion (`all` or `run`), so it never holds a read snapshot
// open between calls: the WAL still checkpoints, and the next call sees every commit.
import { Buffer } from "node:buffer";
import { LibsqlError, type Client, type InStatement, type InValue, type ResultSet, type Transaction, type TransactionMode } from "@libsql/client";
import Database from "libsql";

/** Distinct SQL texts kept prepared; Prisma's are a few hundred, `IN (?, ?, …)` lists vary and are evicted. */
const STATEMENT_CACHE_SIZE = 500;

type Statement = Database.Statement;

interface Prepared {
  statement: Statement;
  /** A query (or `… RETURNING`) that answers rows; otherwise run for its changes. */
  returnsData: boolean;
  columns: string[];
  columnTypes: string[];
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_INT64 = -(2n ** 63n);
const MAX_INT64 = 2n ** 63n - 1n;

/** An argument as @libsql/client binds it. */
function toSql(value: InValue | undefined): unknown {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
    return value;
  }
  if (typeof value === "bigint") {
    if (value < MIN_INT64 || value > MAX_INT64) throw new RangeError("bigint is too large to be represented as a 64-bit integer and passed as argument");
    return value;
  }
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value instanceof Date) return value.valueOf();
  if (value === undefined) throw new TypeError("undefined cannot be passed as argument to the database");
  return value;
}

/** A cell as @libsql/client answers it: integers as numbers (refusing unsafe ones), blobs as ArrayBuffers. */
function fromSql(value: unknown): unknown {
  if (typeof value === "bigint") {
    if (value < MIN_SAFE || value > MAX_SAFE) throw new RangeError("Received integer which cannot be safely represented as a JavaScript number");
    return Number(value);
  }
  if (value instanceof Buffer) return value.buffer;
  return value;
}

const BASE_CODES: Record<number, string> = {
  1: "SQLITE_ERROR", 2: "SQLITE_INTERNAL", 3: "SQLITE_PERM", 4: "SQLITE_ABORT", 5: "SQLITE_BUSY", 6: "SQLITE_LOCKED",
  7: "SQLITE_NOMEM", 8: "SQLITE_READONLY", 9: "SQLITE_INTERRUPT", 10: "SQLITE_IOERR", 11: "SQLITE_CORRUPT",
  12: "SQLITE_NOTFOUND", 13: "SQLITE_FULL", 14: "SQLITE_CANTOPEN", 15: "SQLITE_PROTOCOL", 16: "SQLITE_EMPTY",
  17: "SQLITE_SCHEMA", 18: "SQLITE_TOOBIG", 19: "SQLITE_CONSTRAINT", 20: "SQLITE_MISMATCH", 21: "SQLITE_MISUSE",
  22: "SQLITE_NOLFS", 23: "SQLITE_AUTH", 24: "SQLITE_FORMAT", 25: "SQLITE_RANGE", 26: "SQLITE_NOTADB",
  27: "SQLITE_NOTICE", 28: "SQLITE_WARNING",
};

/** libsql's SqliteError as @libsql/client reports it: base code, extended code and raw code. */
function asLibsqlError(error: unknown): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  const { rawCode } = error as unknown as { rawCode?: number };
  const base = rawCode === undefined ? "SQLITE_UNKNOWN" : (BASE_CODES[rawCode & 0xff] ?? `SQLITE_UNKNOWN_${rawCode & 0xff}`);
  return new LibsqlError(error.message, base, (error as unknown as { code: string }).code, rawCode, error);
}

function resultSet(columns: string[], columnTypes: string[], rows: unknown[][], rowsAffected: number, lastInsertRowid: bigint | undefined): ResultSet {
  return { columns, columnTypes, rows: rows as unknown as ResultSet["rows"], rowsAffected, lastInsertRowid, toJSON: () => ({ columns, columnTypes, rows, rowsAffected }) };
}

/** Opens `file` on one connection and runs `pragmas` on it; the adapter serialises every call. */
export function openSqlite(file: string, pragmas: readonly string[], { onClose }: { onClose?: () => void } = {}): Client {
  const db = new Database(file);
  const cache = new Map<string, Prepared>();
  let closed = false;

  function prepared(sql: string): Prepared {
    const hit = cache.get(sql);
    if (hit) {
      cache.delete(sql); // most recently used last
      cache.set(sql, hit);
      return hit;
    }
    const statement = db.prepare(sql);
    statement.safeIntegers(true);
    let returnsData = true;
    try {
      statement.raw(true);
    } catch {
      returnsData = false; // libsql refuses raw mode for a statement that answers no rows
    }
    const definitions = returnsData ? statement.columns() : [];
    const entry: Prepared = { statement, returnsData, columns: definitions.map((c) => c.name), columnTypes: definitions.map((c) => c.type ?? "") };
    if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(sql, entry);
    return entry;
  }

  function execute(statement: InStatement): ResultSet {
    if (closed) throw new LibsqlError("The client is closed", "CLIENT_CLOSED");
    const sql = typeof statement === "string" ? statement : statement.sql;
    const given = typeof statement === "string" ? [] : (statement.args ?? []);
    if (!Array.isArray(given)) throw new TypeError("named arguments are not supported here (the Prisma adapter binds positional ones)");
    const args = given.map(toSql);
    try {
      const { statement: compiled, returnsData, columns, columnTypes } = prepared(sql);
      if (returnsData) {
        const rows = compiled.all(args) as unknown[][];
        for (const row of rows) for (let i = 0; i < row.length; i++) row[i] = fromSql(row[i]);
        return resultSet(columns, columnTypes, rows, 0, undefined);
      }
      const info = compiled.run(args);
      return resultSet([], [], [], info.changes, BigInt(info.lastInsertRowid));
    } catch (error) {
      cache.delete(sql); // whatever state a failed statement is in, the next call prepares it afresh
      throw asLibsqlError(error);
    }
  }

  function executeMultiple(sql: string): void {
    try {
      db.exec(sql);
    } catch (error) {
      throw asLibsqlError(error);
    }
  }

  for (const pragma of pragmas) executeMultiple(pragma);

  // What the adapter calls (execute, executeMultiple, transaction, close); it never batches or syncs.
  const client = {
    get closed() {
      return closed;
    },
    protocol: "file",
    execute: async (statement: InStatement) => execute(statement),
    executeMultiple: async (sql: string) => executeMultiple(sql),
    /** The adapter holds its lock from here to commit or rollback, so nothing else runs on the connection meanwhile. */
    transaction: async (mode: TransactionMode = "write") => {
      executeMultiple(mode === "deferred" ? "BEGIN DEFERRED" : "BEGIN IMMEDIATE");
      // Ended once: a late rollback must not end a transaction begun after this one. A COMMIT that
      // failed (SQLITE_BUSY) leaves the transaction open, but the adapter frees the connection either
      // way, so it is rolled back here before the error is reported.
      let done = false;
      const end = async (sql: "COMMIT" | "ROLLBACK") => {
        if (done) return;
        done = true;
        try {
          if (db.inTransaction) executeMultiple(sql);
        } catch (error) {
          if (db.inTransaction) executeMultiple("ROLLBACK");
          if (sql === "COMMIT") throw error;
        }
      };
      return { execute: async (statement: InStatement) => execute(statement), commit: () => end("COMMIT"), rollback: () => end("ROLLBACK") } as unknown as Transaction;
    },
    close: () => {
      if (closed) return;
      closed = true;
      cache.clear();
      onClose?.();
      db.close();
    },
  };
  return client as unknown as Client;
}
