// System tasks (seed 001 Trigger System Task): accepted at once (202, QUEUED), run one at a time in
// the background, kept with their outcome, and announced on systemTaskUpdated. The instance running one
// holds a lease on it, renewed while it runs; a task whose lease expired (its instance died) is FAILED by
// whichever instance notices; QUEUED ones still run.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Clock } from "../../clock.js";
import type { Db, Dialect, Prisma } from "../../db.js";
import type { SystemTask } from "../../generated/sqlite/client.js";
import { AppError } from "../../errors.js";
import type { Events } from "../../events.js";
import { newId } from "../../ids.js";
import type { Logger } from "../../logger.js";
import type { Principal } from "../auth/principal.js";
import type { PageQuery, SelectionQuery } from "../query.js";
import { validate } from "../validation.js";
import { adminOnlyWhere } from "../auth/visibility.js";

export const TASK_TYPES = ["CLEAR_CACHE", "RELOAD_CONFIG", "BACKUP_DATABASE"] as const;
export type TaskType = (typeof TASK_TYPES)[number];

interface TaskHandlers {
  clearCache(): { cleared: number };
  reloadConfig(): { reloaded: string[] };
}

export interface SystemTaskServiceDeps {
  db: Db;
  dialect: Dialect;
  events: Events;
  clock: Clock;
  logger: Logger;
  dataDir: string;
  handlers: TaskHandlers;
  /** This process, as the owner of the leases it takes. */
  instanceId: string;
  leaseMs: number;
}

const PARAMETERS: Record<TaskType, z.ZodType> = {
  CLEAR_CACHE: z.object({}).strict(),
  RELOAD_CONFIG: z.object({}).strict(),
  BACKUP_DATABASE: z
    .object({ label: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "may hold letters, digits, '_' and '-' (at most 40)").optional() })
    .strict(),
};

export function createSystemTaskService({ db, dialect, events, clock, logger, dataDir, handlers, instanceId, leaseMs }: SystemTaskServiceDeps) {
  const leaseUntil = () => new Date(clock.now().getTime() + leaseMs);
  const announce = (task: SystemTask) => events.publish("systemTaskUpdated", { taskId: task.id, status: task.status, at: clock.now().toISOString() });

  /** A consistent copy of the embedded database, written by SQLite itself (VACUUM INTO). */
  async function backup(parameters: { label?: string }) {
    const dir = path.join(dataDir, "backups");
    fs.mkdirSync(dir, { recursive: true });
    const stamp = clock.now().toISOString().replace(/[:.]/g, "-");
    const file = path.join(dir, `control-plane-${stamp}${parameters.label ? `-${parameters.label}` : ""}.db`);
    await db.$executeRawUnsafe(`VACUUM INTO '${file.replace(/'/g, "''")}'`);
    return { path: file, bytes: fs.statSync(file).size };
  }

  async function perform(task: SystemTask): Promise<Prisma.InputJsonValue> {
    switch (task.type as TaskType) {
      case "CLEAR_CACHE":
        return handlers.clearCache();
      case "RELOAD_CONFIG":
        return handlers.reloadConfig();
      case "BACKUP_DATABASE":
        return backup(task.parameters as { label?: string });
    }
  }

  async function runOne(): Promise<boolean> {
    const next = await db.systemTask.findFirst({ where: { status: "QUEUED" }, orderBy: [{ queuedAt: "asc" }, { id: "asc" }] });
    if (!next) return false;
    const claimed = await db.systemTask.updateMany({ where: { id: next.id, status: "QUEUED" }, data: { status: "RUNNING", startedAt: clock.now(), leaseOwner: instanceId, leaseExpiresAt: leaseUntil() } });
    if (!claimed.count) return true; // another instance took it
    announce({ ...next, status: "RUNNING" });
    const owned = { id: next.id, status: "RUNNING", leaseOwner: instanceId };
    const renewal = setInterval(() => {
      db.systemTask
        .updateMany({ where: owned, data: { leaseExpiresAt: leaseUntil() } })
        .catch((error: unknown) => logger.warn({ err: error, taskId: next.id }, "could not renew a system task lease"));
    }, Math.max(50, Math.floor(leaseMs / 3)));
    let outcome: Prisma.SystemTaskUpdateManyMutationInput;
    try {
      outcome = { status: "COMPLETED", result: await perform(next) };
    } catch (error) {
      logger.error({ err: error, taskId: next.id, type: next.type }, "system task failed");
      outcome = { status: "FAILED", error: (error as Error).message };
    } finally {
      clearInterval(renewal);
    }
    // Recorded only while the lease is still ours: a run taken for dead was already failed elsewhere.
    const settled = await db.systemTask.updateMany({ where: owned, data: { ...outcome, completedAt: clock.now(), leaseOwner: null, leaseExpiresAt: null } });
    if (settled.count) announce(await db.systemTask.findUniqueOrThrow({ where: { id: next.id } }));
    return true;
  }

  /** Tasks whose instance stopped renewing their lease (it died mid-run) are failed: their effect was on that process. */
  async function failExpired(): Promise<number> {
    const now = clock.now();
    const expired = await db.systemTask.findMany({ where: { status: "RUNNING", OR: [{ leaseExpiresAt: { lt: now } }, { leaseExpiresAt: null, startedAt: { lt: new Date(now.getTime() - leaseMs) } }] } });
    let failed = 0;
    for (const task of expired) {
      const taken = await db.systemTask.updateMany({
        where: { id: task.id, status: "RUNNING", leaseOwner: task.leaseOwner, leaseExpiresAt: task.leaseExpiresAt },
        data: { status: "FAILED", error: `interrupted: instance ${task.leaseOwner ?? "(unknown)"} stopped while the task was running`, completedAt: now, leaseOwner: null, leaseExpiresAt: null },
      });
      if (!taken.count) continue;
      failed++;
      announce(await db.systemTask.findUniqueOrThrow({ where: { id: task.id } }));
    }
    return failed;
  }

  let draining: Promise<void> | null = null;
  /** Runs queued tasks until none is left (one runner per process at a time). */
  function drain(): Promise<void> {
    draining ??= (async () => {
      await failExpired();
      while (await runOne());
    })().finally(() => {
      draining = null;
    });
    return draining;
  }

  return {
    drain,

    async trigger(actor: Principal, type: TaskType, parameters: Record<string, unknown> | null | undefined): Promise<SystemTask> {
      const checked = validate(PARAMETERS[type], parameters ?? {}, "VALIDATION_ERROR") as Prisma.InputJsonValue;
      if (type === "BACKUP_DATABASE" && dialect !== "sqlite") {
        throw new AppError("task_not_supported", {
          message: "BACKUP_DATABASE copies the embedded SQLite database; back PostgreSQL up with pg_dump",
          details: { task_type: type },
        });
      }
      const now = clock.now();
      const task = await db.systemTask.create({
        data: { id: newId("tsk", now), type, status: "QUEUED", parameters: checked, requestedBy: actor.id, queuedAt: now },
      });
      announce(task);
      setImmediate(() => drain().catch((error: unknown) => logger.error({ err: error, taskId: task.id }, "system task runner failed")));
      return task;
    },

    async get(actor: Principal, id: string, query: SelectionQuery = {}): Promise<SystemTask> {
      const task = await db.systemTask.findFirst({ ...(query as object), where: { id, ...adminOnlyWhere(actor) } });
      if (!task) throw new AppError("system_task_not_found", { details: { task_id: id } });
      return task;
    },

    list(actor: Principal, query: PageQuery) {
      return db.systemTask.findMany({ ...(query as object), where: adminOnlyWhere(actor), orderBy: [{ queuedAt: "desc" }, { id: "desc" }] });
    },

    count: (actor: Principal) => db.systemTask.count({ where: adminOnlyWhere(actor) }),

    async updates(actor: Principal, taskId: string | null | undefined) {
      if (taskId) await this.get(actor, taskId);
      return await events.subscribe("systemTaskUpdated", (e) => !taskId || e.taskId === taskId);
    },

    /** At start-up: what a dead instance was running is failed once its lease has expired; what was queued runs now. */
    recover: drain,

    /** Waits for the task running here (shutdown). */
    idle: () => draining ?? Promise.resolve(),
  };
}

