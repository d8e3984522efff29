// The embedded database keeps one connection however many transactions run: no file handle leaks
// (@libsql/client up to 0.17 opened a new connection per interactive transaction and never closed the
// old one; see src/sqlite-client.ts), and the pragmas set on it stay in force. The statements it keeps
// prepared never hold a read snapshot between calls.
import fs from "node:fs";
import Database from "libsql";
import { describe, expect, it } from "vitest";
import { createDb, sqliteCheckpointerOf, type Db } from "../src/db.js";
import { startCheckpointer } from "../src/sqlite-checkpoints.js";
import { dialect, embeddedDatabaseFile, freshDatabase } from "./support/server.js";

/** Open file descriptors of this process that point at `file` (the database itself, not its -wal/-shm). */
function openHandles(file: string): number {
  const real = fs.realpathSync(file);
  let count = 0;
  for (const fd of fs.readdirSync("/proc/self/fd")) {
    try {
      if (fs.readlinkSync(`/proc/self/fd/${fd}`) === real) count++;
    } catch {
      // closed while we looked
    }
  }
  return count;
}

/** A pragma's value on the server's connection. */
const pragmaOf = async (db: Db, name: string) => Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0]!)[0];

describe.skipIf(dialect !== "sqlite" || !fs.existsSync("/proc/self/fd"))("embedded database connections", () => {
  it("runs 1,000 interactive transactions on a constant number of file handles, with busy_timeout, WAL and foreign keys still in force", async () => {
    const database = await freshDatabase();
    const file = embeddedDatabaseFile(database);
    const db = createDb(`file:${file}`);
    try {
      await db.setting.upsert({ where: { key: "counter" }, create: { key: "counter", value: "0" }, update: {} });
      // The checkpointer's thread holds one handle of its own from the start (src/sqlite-checkpoints.ts).
      await sqliteCheckpointerOf(db)!.ready;
      const before = openHandles(file);
      expect(before).toBeGreaterThan(0);

      for (let i = 1; i <= 1000; i++) {
        await db.$transaction(async (tx) => {
          await tx.setting.update({ where: { key: "counter" }, data: { value: String(i) } });
        });
      }
      // A rolled-back transaction returns its connection as well.
      await expect(db.$transaction(async (tx) => {
        await tx.setting.update({ where: { key: "counter" }, data: { value: "lost" } });
        throw new Error("roll back");
      })).rejects.toThrow("roll back");

      expect((await db.setting.findUniqueOrThrow({ where: { key: "counter" } })).value).toBe("1000");
      expect(openHandles(file)).toBe(before);
      expect(Number(await pragmaOf(db, "busy_timeout"))).toBe(5000);
      expect(String(await pragmaOf(db, "journal_mode")).toLowerCase()).toBe("wal");
      expect(Number(await pragmaOf(db, "foreign_keys"))).toBe(1);
      expect(Number(await pragmaOf(db, "synchronous"))).toBe(1); // NORMAL: the WAL is synced at checkpoints (SQLITE_SYNCHRONOUS)
    } finally {
      await db.$disconnect();
      database.remove();
    }
  }, 120_000);

  it("a statement kept prepared sees another connection's commit at once and never blocks a checkpoint; one that failed works again", async () => {
    const database = await freshDatabase();
    const file = embeddedDatabaseFile(database);
    const db = createDb(`file:${file}`);
    const other = new Database(file);
    other.exec("PRAGMA busy_timeout = 5000"); // the checkpointer's own checkpoint may be running
    try {
      const read = () => db.setting.findUnique({ where: { key: "shared" } });
      expect(await read()).toBeNull(); // prepared now, and kept
      other.prepare(`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES ('shared', 'from the other connection', 0)`).run();
      expect((await read())?.value).toBe("from the other connection");
      // A reader left on an old snapshot would keep the WAL from being truncated: [busy, log, checkpointed].
      expect(other.prepare("PRAGMA wal_checkpoint(TRUNCATE)").raw(true).all()).toEqual([[0, 0, 0]]);

      const create = () => db.setting.create({ data: { key: "twice", value: "v" } });
      await create();
      await expect(create()).rejects.toMatchObject({ code: "P2002" }); // SQLite's unique violation, as Prisma's
      await db.setting.delete({ where: { key: "twice" } });
      await expect(create()).resolves.toMatchObject({ key: "twice" });
    } finally {
      other.close();
      await db.$disconnect();
      database.remove();
    }
  });

  it("checkpoints the WAL on a worker thread, never inside a write: the server's connection has wal_autocheckpoint 0 and what it wrote is copied into the database", async () => {
    const database = await freshDatabase();
    const file = embeddedDatabaseFile(database);
    const db = createDb(`file:${file}`);
    try {
      expect(Number(await pragmaOf(db, "wal_autocheckpoint"))).toBe(0);
      expect(Number(await pragmaOf(db, "journal_size_limit"))).toBe(64 * 2 ** 20);
      const checkpointer = sqliteCheckpointerOf(db)!;
      await checkpointer.ready;
      // More than SQLite's automatic checkpoint would have let through (1,000 pages).
      await db.setting.create({ data: { key: "big", value: "x".repeat(2000) } });
      for (let i = 0; i < 1200; i++) await db.setting.update({ where: { key: "big" }, data: { value: `${i}`.padEnd(5000, "x") } });
      // Copied as far as it goes: every frame in the WAL (the WAL may have started over meanwhile).
      let stats = await checkpointer.next();
      while (!(stats.log > 0 && stats.checkpointed === stats.log)) stats = await checkpointer.next();
      expect(stats.error).toBeNull();
    } finally {
      await db.$disconnect();
      database.remove();
    }
  }, 60_000);

  it("starts the WAL over once it passes its bound, which a steady write load would otherwise grow without end (a passive checkpoint never copies the last frames)", async () => {
    const database = await freshDatabase();
    const file = embeddedDatabaseFile(database);
    const writer = new Database(file);
    for (const pragma of ["PRAGMA journal_mode = WAL", "PRAGMA busy_timeout = 5000", "PRAGMA wal_autocheckpoint = 0"]) writer.exec(pragma);
    const checkpointer = startCheckpointer(file, { intervalMs: 10, restartFrames: 200 });
    try {
      await checkpointer.ready;
      const write = writer.prepare(`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES (?, ?, 0)`);
      // Rows of ~3 KB, a WAL frame (a 4 KiB page) each or more: five times the bound, in one transaction,
      // so they reach the WAL at once.
      writer.exec("BEGIN");
      for (let i = 0; i < 1000; i++) write.run(`k${i}`, "v".repeat(3000));
      writer.exec("COMMIT");
      let stats = await checkpointer.next();
      while (stats.restarts === 0) stats = await checkpointer.next();
      expect(stats.error).toBeNull();
      expect(stats.log).toBeGreaterThanOrEqual(1000);
      // The next write starts the WAL from its beginning: it holds that write's frames only.
      write.run("after", "v");
      const [, framesInWal] = writer.prepare("PRAGMA wal_checkpoint(PASSIVE)").raw(true).get() as number[];
      expect(framesInWal).toBeLessThan(10);
      expect(writer.prepare(`SELECT count(*) AS n FROM "Setting" WHERE "key" LIKE 'k%'`).get()).toMatchObject({ n: 1000 });
    } finally {
      checkpointer.stop();
      writer.close();
      database.remove();
    }
  }, 60_000);
});
