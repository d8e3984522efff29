// The embedded database keeps one connection however many transactions run: no file handle leaks
// (@libsql/client up to 0.17 opened a new connection per interactive transaction and never closed the
// old one; see src/sqlite-client.ts), and the pragmas set on it stay in force. The statements it keeps
// prepared never hold a read snapshot between calls.
import fs from "node:fs";
import path from "node:path";
import Database from "libsql";
import { describe, expect, it } from "vitest";
import { createDb } from "../src/db.js";
import { dialect, freshDatabase } from "./support/server.js";

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

describe.skipIf(dialect !== "sqlite" || !fs.existsSync("/proc/self/fd"))("embedded database connections", () => {
  it("runs 1,000 interactive transactions on a constant number of file handles, with busy_timeout, WAL and foreign keys still in force", async () => {
    const { dataDir } = await freshDatabase();
    const file = path.join(dataDir, "control-plane.db");
    const db = createDb(`file:${file}`);
    try {
      const pragma = async (name: string) => Object.values((await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0]!)[0];
      await db.setting.upsert({ where: { key: "counter" }, create: { key: "counter", value: "0" }, update: {} });
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
      expect(Number(await pragma("busy_timeout"))).toBe(5000);
      expect(String(await pragma("journal_mode")).toLowerCase()).toBe("wal");
      expect(Number(await pragma("foreign_keys"))).toBe(1);
      expect(Number(await pragma("synchronous"))).toBe(1); // NORMAL: the WAL is synced at checkpoints (SQLITE_SYNCHRONOUS)
    } finally {
      await db.$disconnect();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("a statement kept prepared sees another connection's commit at once and never blocks a checkpoint; one that failed works again", async () => {
    const { dataDir } = await freshDatabase();
    const file = path.join(dataDir, "control-plane.db");
    const db = createDb(`file:${file}`);
    const other = new Database(file);
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
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
