// Writing a batch of audit entries: one multi-row INSERT with bound parameters. Prisma's createMany
// builds the same statement but expands its query template value by value (a generator per value,
// a copied array per row), which made it the largest single cost of an API-key request (every one
// records api.key.used): @prisma/client + its Wasm ≈ 30 % of an in-process `{ viewer }` profile.
// The stored values are exactly createMany's: `at` through Prisma's own DateTime encoding (a Date
// parameter), `details` as the JSON text Prisma writes (cast to jsonb on PostgreSQL).
import type { Db, Dialect, Prisma } from "../../db.js";

const COLUMNS = ["id", "at", "event", "severity", "apiKeyId", "principalId", "ipAddress", "userAgent", "requestId", "resourceType", "resourceId", "details"] as const;
/** 12 parameters a row: 6,000 for 500 rows, far below SQLite's 32,766 and PostgreSQL's 65,535. */
const ROWS_PER_STATEMENT = 500;

/** The INSERT for `rows` rows, per dialect and row count (at most a few shapes: remembered). */
const statements = new Map<string, string>();
function insertSql(dialect: Dialect, rows: number): string {
  const key = `${dialect}:${rows}`;
  let sql = statements.get(key);
  if (sql) return sql;
  let n = 0;
  const value = (column: string) => {
    const placeholder = dialect === "postgresql" ? `$${++n}` : "?";
    return column === "details" && dialect === "postgresql" ? `CAST(${placeholder} AS jsonb)` : placeholder;
  };
  const tuples = Array.from({ length: rows }, () => `(${COLUMNS.map(value).join(",")})`);
  sql = `INSERT INTO "AuditEvent" (${COLUMNS.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`;
  if (statements.size > 64) statements.clear();
  statements.set(key, sql);
  return sql;
}

function parametersOf(rows: readonly Prisma.AuditEventCreateManyInput[]): unknown[] {
  const values: unknown[] = [];
  for (const row of rows) {
    values.push(
      row.id,
      row.at,
      row.event,
      row.severity,
      row.apiKeyId ?? null,
      row.principalId ?? null,
      row.ipAddress ?? null,
      row.userAgent ?? null,
      row.requestId ?? null,
      row.resourceType ?? null,
      row.resourceId ?? null,
      JSON.stringify(row.details),
    );
  }
  return values;
}

/** Inserts the entries (one statement per 500; several in one transaction, all or none, as createMany). */
export async function insertAuditEntries(db: Db, dialect: Dialect, rows: readonly Prisma.AuditEventCreateManyInput[]): Promise<void> {
  if (!rows.length) return;
  const chunks: (typeof rows)[] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) chunks.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  const run = (chunk: typeof rows) => db.$executeRawUnsafe(insertSql(dialect, chunk.length), ...parametersOf(chunk));
  if (chunks.length === 1) await run(chunks[0]!);
  else await db.$transaction(chunks.map(run));
}
