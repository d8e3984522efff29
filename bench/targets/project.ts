// The project as a benchmark target: the real app (buildApp, as `npm start` runs it) on a fresh
// database, with commands for the parent: SQL statements counted, open subscriptions, test data.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { sqliteCheckpointerOf } from "../../src/db.js";
import { createLogger } from "../../src/logger.js";
import { newId } from "../../src/ids.js";
import { announce, onCommand } from "../lib/child.js";

const ADMIN = process.env.BENCH_ADMIN_KEY!;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-bench-"));
let statements = 0;
const config = loadConfig({ ...process.env, HOST: "127.0.0.1", PORT: "0", DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN, LOG_LEVEL: "silent" });
const began = performance.now();
const app = buildApp(config, { logger: createLogger("silent"), onStatement: () => statements++ });
await app.start();
const startMs = performance.now() - began;

/** agents × sessions × messages rows for the tree scenario, written directly (it is test data, not API use). */
async function seedTree({ agents, sessions, messages }: { agents: number; sessions: number; messages: number }) {
  const db = app.db;
  const now = new Date();
  const key = await db.apiKey.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  for (let a = 0; a < agents; a++) {
    const agent = await db.agent.create({
      data: { id: newId("agt"), name: `tree-${a}-${Date.now()}`, type: "bench", model: "builtin", temperature: 0.7, maxTokens: 1024, topP: 1, frequencyPenalty: 0, presencePenalty: 0, skills: [] },
    });
    for (let s = 0; s < sessions; s++) {
      const session = await db.session.create({
        data: {
          id: newId("ses"), agentId: agent.id, userId: "bench-user", ownerId: key.id, status: "ACTIVE", context: {},
          timeoutMinutes: 30, autoRenew: true, maxDurationMinutes: 720, warningThresholdMinutes: 5,
          createdAt: now, lastActivity: now, expiresAt: new Date(now.getTime() + 3_600_000), warnAt: new Date(now.getTime() + 3_000_000),
        },
      });
      await db.sessionMessage.createMany({
        data: Array.from({ length: messages }, (_, m) => ({ id: newId("smg"), sessionId: session.id, role: m % 2 ? "AGENT" : "USER", content: `message ${m}`, createdAt: now })),
      });
    }
  }
}

onCommand({
  resetStatements: () => (statements = 0),
  statements: () => statements,
  subscriptions: () => app.events.openSubscriptions(),
  seedTree: (arg) => seedTree(arg as { agents: number; sessions: number; messages: number }),
  /** Work a scenario left queued (audit entries) is written before the next one starts, so each pays its own. */
  settle: () => app.services.security.audit.flush(),
  /** The embedded database's WAL checkpoints so far (null on PostgreSQL). */
  checkpoints: () => sqliteCheckpointerOf(app.db)?.stats() ?? null,
});

process.once("SIGTERM", () => {
  app
    .stop()
    .catch((error: unknown) => console.error("bench target did not stop cleanly", error))
    .finally(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    });
});

announce(app.httpServer, { startMs });
