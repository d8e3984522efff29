// Deployments (seed 001 QuestFlow "Deploy to Akash Network"): validated, stored, and followed through the
// provider's states. The state is the provider's answer, kept in the database whenever it moves on.
import { randomBytes } from "node:crypto";
import type { Clock } from "../../clock.js";
import type { Db, Prisma } from "../../db.js";
import type { Deployment } from "../../generated/sqlite/client.js";
import { AppError } from "../../errors.js";
import { isAdmin, type Principal } from "../auth/principal.js";
import type { DeploymentProvider, DeploymentSpec, DeploymentStatus } from "./provider.js";

const SIZE = /^\d+(\.\d+)?\s?(Mi|Gi|Ti|MB|GB|TB)$/;
const FINAL: readonly DeploymentStatus[] = ["ACTIVE", "FAILED"];

function validate(input: { name: unknown; config: unknown }): DeploymentSpec["config"] & { name: string } {
  const fields: { field: string; message: string }[] = [];
  const name = typeof input.name === "string" ? input.name.trim() : "";
  if (!name || name.length > 100) fields.push({ field: "name", message: "must be 1–100 characters" });
  const config = (input.config && typeof input.config === "object" ? input.config : {}) as Record<string, unknown>;
  const unknown = Object.keys(config).filter((k) => !["cpu", "memory", "storage"].includes(k));
  for (const key of unknown) fields.push({ field: `config.${key}`, message: "is not a deployment setting (cpu, memory, storage)" });
  const cpu = config.cpu ?? 1;
  if (typeof cpu !== "number" || !(cpu >= 0.1 && cpu <= 256)) fields.push({ field: "config.cpu", message: "must be a number of CPUs from 0.1 to 256" });
  const memory = config.memory ?? "1GB";
  if (typeof memory !== "string" || !SIZE.test(memory)) fields.push({ field: "config.memory", message: 'must be a size such as "1GB" or "512Mi"' });
  const storage = config.storage ?? "10GB";
  if (typeof storage !== "string" || !SIZE.test(storage)) fields.push({ field: "config.storage", message: 'must be a size such as "10GB"' });
  if (fields.length) throw new AppError("VALIDATION_ERROR", { message: `${fields[0]!.field} ${fields[0]!.message}`, details: { fields } });
  return { name, cpu: cpu as number, memory: memory as string, storage: storage as string };
}

export function createDeploymentService({ db, clock, provider }: { db: Db; clock: Clock; provider: DeploymentProvider }) {
  const visibleTo = (actor: Principal): Prisma.DeploymentWhereInput => (isAdmin(actor) ? {} : { ownerId: actor.id ?? "\0" });

  /** Asks the provider where the deployment is now and keeps a change (once: conditional on the old status). */
  async function observe(row: Deployment): Promise<Deployment> {
    if (FINAL.includes(row.status as DeploymentStatus)) return row;
    const seen = provider.observe({ id: row.id, name: row.name, config: row.config as DeploymentSpec["config"], createdAt: row.createdAt }, clock.now());
    if (seen.status === row.status) return row;
    const now = clock.now();
    await db.deployment.updateMany({ where: { id: row.id, status: row.status }, data: { status: seen.status, endpoint: seen.endpoint, error: seen.error, updatedAt: now } });
    return (await db.deployment.findUnique({ where: { id: row.id } })) ?? row;
  }

  return {
    provider: provider.name,
    async create(actor: Principal, input: { name: unknown; config: unknown }, target = "akash"): Promise<Deployment> {
      const { name, ...config } = validate(input);
      const now = clock.now();
      return db.deployment.create({
        data: { id: `${target}-deployment-${now.getTime()}-${randomBytes(2).toString("hex")}`, name, target, provider: provider.name, status: "INITIATED", config, ownerId: actor.id, createdAt: now, updatedAt: now },
      });
    },
    async get(actor: Principal, id: string): Promise<Deployment> {
      const row = await db.deployment.findFirst({ where: { id, ...visibleTo(actor) } });
      if (!row) throw new AppError("deployment_not_found", { details: { deployment_id: id } });
      return observe(row);
    },
  };
}
