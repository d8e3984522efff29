// Prisma CLI configuration (migrate deploy / diff / status). Runs the Wasm schema engine through
// driver adapters, so no native engine is ever downloaded (see ../shared/notes/prisma-offline).
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "prisma-migrate-adapter-pg"; // adapter-pg 7.x: 6.x can't read pg 'name' columns
import fs from "node:fs";
import path from "node:path";
import { databaseUrlFromEnv, isPostgresUrl, sqliteFilePath } from "./src/database-url.js";

const url = databaseUrlFromEnv(process.env);
const pg = isPostgresUrl(url);
const dir = pg ? "prisma/postgres" : "prisma/sqlite";
const sqliteFile = sqliteFilePath(url);
if (sqliteFile) fs.mkdirSync(path.dirname(sqliteFile), { recursive: true }); // libsql won't create the folder

// Discrete fields: given a connectionString, adapter-pg's shadow pool connects to the MAIN database.
function pgConfig() {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: +(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    allowExitOnIdle: true,
  };
}

type Fix = (adapter: any) => void;
const patched = (factory: any, fix: Fix, shadowFix: Fix = fix) => ({
  provider: factory.provider,
  adapterName: factory.adapterName,
  connect: () => factory.connect().then((a: any) => (fix(a), a)),
  connectToShadowDb: () => factory.connectToShadowDb().then((a: any) => (shadowFix(a), a)),
});

// SQLite shadow database: the engine replays migration.sql through executeRaw, and libsql runs
// only the first statement of a multi-statement string.
const sqliteShadowFix: Fix = (a) => {
  const raw = a.executeRaw.bind(a);
  a.executeRaw = (q: any) => (q.args.length ? raw(q) : a.executeScript(q.sql).then(() => 0));
};
// adapter-pg splits scripts on every ';' (breaks literals and $$ bodies): send one atomic query.
const pgScriptFix: Fix = (a) => {
  a.executeScript = async (sql: string) => {
    try {
      await a.underlyingDriver().query(sql);
    } catch (e) {
      a.onError(e);
    }
  };
};

// The Wasm engine leaves a long timer behind on PostgreSQL, keeping `migrate deploy` alive ~10 s
// after it finished. Long timers never matter to a one-shot CLI run, so let them not hold the process.
if (pg) {
  const setTimeoutOriginal = globalThis.setTimeout;
  globalThis.setTimeout = ((fn: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = setTimeoutOriginal(fn, ms, ...args);
    if ((ms ?? 0) >= 10_000) timer.unref?.();
    return timer;
  }) as typeof setTimeout;
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: dir,
  migrations: { path: `${dir}/migrations` },
  adapter: async () =>
    (pg
      ? patched(new PrismaPg(pgConfig()), pgScriptFix)
      : patched(new PrismaLibSQL({ url }), () => {}, sqliteShadowFix)) as any,
});
