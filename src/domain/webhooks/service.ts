// Webhooks (seed 003): signed deliveries of agent.completed / agent.failed / workflow.completed /
// workflow.failed. Deliveries are an outbox written in the same transaction as the run's outcome, sent
// by a background job, retried with exponential backoff, and kept with every attempt — so neither a
// failing receiver nor a restart loses one.
import { createHmac, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Clock } from "../../clock.js";
import type { Db, Prisma } from "../../db.js";
import type { Webhook, WebhookDelivery } from "../../generated/sqlite/client.js";
import { AppError } from "../../errors.js";
import { newId } from "../../ids.js";
import type { Logger } from "../../logger.js";
import { NO_TELEMETRY, type DomainTelemetry } from "../../telemetry/hooks.js";
import type { Principal } from "../auth/principal.js";
import type { PageQuery, SelectionQuery } from "../query.js";
import { validate } from "../validation.js";
import { VERSION } from "../../version.js";
import { adminOnlyWhere } from "../auth/visibility.js";

export const WEBHOOK_EVENTS = ["agent.completed", "agent.failed", "workflow.completed", "workflow.failed"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

export interface DeliveryAttempt {
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookServiceDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  /** First retry after this; each further one waits twice as long (capped at an hour). */
  retryBaseMs: number;
  maxAttempts: number;
  timeoutMs: number;
  telemetry?: DomainTelemetry;
}

const CreateInput = z.object({
  url: z
    .string()
    .url("must be an absolute URL")
    .refine((u) => /^https?:\/\//i.test(u), "must be http:// or https://"),
  events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, `give at least one of ${WEBHOOK_EVENTS.join(", ")}`),
  secret: z.string().min(16, "must be at least 16 characters").max(256).nullish(),
});

/** `sha256=<hex>` of `<timestamp>.<body>`: what receivers recompute to trust a delivery. */
function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

export function createWebhookService({ db, clock, logger, retryBaseMs, maxAttempts, timeoutMs, telemetry = NO_TELEMETRY }: WebhookServiceDeps) {
  async function attempt(delivery: WebhookDelivery & { webhook: Webhook }): Promise<void> {
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    const started = Date.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(delivery.webhook.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": `agent-control-plane/${VERSION}`,
          "x-webhook-id": delivery.id,
          "x-webhook-event": delivery.event,
          "x-webhook-timestamp": timestamp,
          "x-webhook-signature": signature(delivery.webhook.secret, timestamp, delivery.body),
        },
        body: delivery.body,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: "manual",
      });
      statusCode = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (statusCode < 200 || statusCode >= 300) error = `receiver answered ${statusCode}`;
    } catch (e) {
      error = (e as Error).message;
    }
    const at = clock.now();
    const attempts = [...(delivery.attempts as unknown as DeliveryAttempt[]), { at: at.toISOString(), statusCode, error, durationMs: Date.now() - started }];
    const count = delivery.attemptCount + 1;
    const delivered = error === null;
    const givenUp = !delivered && count >= maxAttempts;
    await db.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts: attempts as unknown as Prisma.InputJsonValue,
        attemptCount: count,
        status: delivered ? "DELIVERED" : givenUp ? "FAILED" : "PENDING",
        deliveredAt: delivered ? at : null,
        nextAttemptAt: delivered || givenUp ? null : new Date(at.getTime() + Math.min(retryBaseMs * 2 ** (count - 1), 3_600_000)),
      },
    });
    telemetry.webhookAttempt(delivered ? "delivered" : givenUp ? "failed" : "retrying");
    if (!delivered) logger.warn({ deliveryId: delivery.id, attempt: count, statusCode, error, givenUp }, "webhook delivery failed");
  }

  return {
    async create(actor: Principal, input: { url: string; events: string[]; secret?: string | null }): Promise<{ webhook: Webhook; secret: string }> {
      const data = validate(CreateInput, input, "VALIDATION_ERROR");
      const secret = data.secret ?? `whsec_${randomBytes(24).toString("base64url")}`;
      const now = clock.now();
      const webhook = await db.webhook.create({
        data: { id: newId("whk", now), url: data.url, events: [...new Set(data.events)], secret, createdBy: actor.id, createdAt: now },
      });
      return { webhook, secret };
    },

    async get(actor: Principal, id: string, query: SelectionQuery = {}): Promise<Webhook> {
      const webhook = await db.webhook.findFirst({ ...(query as object), where: { id, ...adminOnlyWhere(actor) } });
      if (!webhook) throw new AppError("webhook_not_found", { details: { webhook_id: id } });
      return webhook;
    },

    list: (actor: Principal, query: PageQuery) => db.webhook.findMany({ ...(query as object), where: adminOnlyWhere(actor), orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    count: (actor: Principal) => db.webhook.count({ where: adminOnlyWhere(actor) }),

    async delete(actor: Principal, id: string): Promise<Webhook> {
      const webhook = await this.get(actor, id);
      await db.webhook.delete({ where: { id } });
      return webhook;
    },

    /** Writes the deliveries of an event, inside the caller's transaction (the outbox). */
    async enqueue(tx: Prisma.TransactionClient, event: WebhookEvent, data: Record<string, unknown>): Promise<number> {
      const now = clock.now();
      const hooks = (await tx.webhook.findMany({ select: { id: true, events: true } })).filter((h) => (h.events as string[]).includes(event));
      const body = JSON.stringify({ event, timestamp: now.toISOString(), data });
      for (const hook of hooks) {
        await tx.webhookDelivery.create({
          data: { id: newId("whd", now), webhookId: hook.id, event, body, status: "PENDING", attempts: [], nextAttemptAt: now, createdAt: now },
        });
      }
      return hooks.length;
    },

    /** The delivery job: sends what is due. A lease (the next attempt moved ahead first) keeps two instances from sending the same one. */
    async deliverDue(): Promise<number> {
      const now = clock.now();
      const due = await db.webhookDelivery.findMany({
        where: { status: "PENDING", nextAttemptAt: { lte: now } },
        include: { webhook: true },
        orderBy: { nextAttemptAt: "asc" },
        take: 20,
      });
      let sent = 0;
      await Promise.all(
        due.map(async (delivery) => {
          const leased = await db.webhookDelivery.updateMany({
            where: { id: delivery.id, status: "PENDING", attemptCount: delivery.attemptCount, nextAttemptAt: delivery.nextAttemptAt },
            data: { nextAttemptAt: new Date(now.getTime() + timeoutMs + 60_000) },
          });
          if (!leased.count) return;
          await attempt(delivery);
          sent++;
        }),
      );
      return sent;
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
