// Which database the process uses: DATABASE_URL wins; otherwise the embedded SQLite file in DATA_DIR.
// Shared by the server and prisma.config.ts so the CLI always migrates the database the server opens.
import path from "node:path";

export const DEFAULT_DATA_DIR = "./data";
const EMBEDDED_DB_FILE = "control-plane.db";

export function databaseUrlFromEnv(env: NodeJS.ProcessEnv): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  const dataDir = path.resolve(env.DATA_DIR || DEFAULT_DATA_DIR);
  return `file:${path.join(dataDir, EMBEDDED_DB_FILE)}`;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function isSqliteUrl(url: string): boolean {
  return url.startsWith("file:");
}

/** The file an embedded (SQLite) database lives in, or null for a server database. */
export function sqliteFilePath(url: string): string | null {
  return isSqliteUrl(url) ? url.slice("file:".length) : null;
}
