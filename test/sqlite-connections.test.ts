// The embedded database keeps one connection however many transactions run: no file handle leaks
// (@libsql/client up to 0.17 opened a new connection per interactive transaction and never closed the
// old one; 0.18 pools them; see SingleConnectionLibSQL in src/db.ts), and the pragmas set on it stay in force.
import fs from "node:fs";
import path from "node:path";
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
});
