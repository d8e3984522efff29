// Webhooks (seed 003): where finished runs are announced, signed, with every delivery and attempt kept.
import { WEBHOOK_EVENTS, type DeliveryAttempt as DeliveryAttemptShape, type WebhookEvent as WebhookEventName } from "../../domain/webhooks/service.js";
import { builder } from "../builder.js";
import { adminOnlyWhere } from "../../domain/auth/visibility.js";

const enumName = (event: string) => event.toUpperCase().replace(/\./g, "_");
const WebhookEvent = builder.enumType("WebhookEvent", {
  description: "agent.completed / agent.failed (spawned tasks and team runs), workflow.completed / workflow.failed.",
  values: Object.fromEntries(WEBHOOK_EVENTS.map((e) => [enumName(e), { value: e, description: e }])) as Record<string, { value: WebhookEventName; description: string }>,
});

const DeliveryStatus = builder.enumType("WebhookDeliveryStatus", {
  values: {
    PENDING: { description: "Not delivered yet; `nextAttemptAt` says when it is tried." },
    DELIVERED: { description: "The receiver answered 2xx." },
    FAILED: { description: "Every attempt failed; no more are made." },
  },
});

const DeliveryAttempt = builder.objectRef<DeliveryAttemptShape>("WebhookDeliveryAttempt").implement({
  fields: (t) => ({
    at: t.field({ type: "DateTime", resolve: (a) => a.at }),
    statusCode: t.int({ nullable: true, description: "Null when no answer came (refused, timed out).", resolve: (a) => a.statusCode }),
    error: t.string({ nullable: true, resolve: (a) => a.error }),
    durationMs: t.exposeInt("durationMs"),
  }),
});

builder.prismaNode("WebhookDelivery", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ ...adminOnlyWhere(ctx.principal), id }),
  nullable: true,
  fields: (t) => ({
    event: t.field({ type: WebhookEvent, resolve: (d) => d.event as WebhookEventName }),
    status: t.field({ type: DeliveryStatus, resolve: (d) => d.status as "PENDING" }),
    payload: t.field({ type: "JSONObject", description: "{event, timestamp, data}: the body sent.", resolve: (d) => JSON.parse(d.body) as Record<string, unknown> }),
    attemptCount: t.exposeInt("attemptCount"),
    attempts: t.field({ type: [DeliveryAttempt], resolve: (d) => d.attempts as unknown as DeliveryAttemptShape[] }),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true }),
  }),
});

const Webhook = builder.prismaNode("Webhook", {
  id: { field: "id" },
  findUnique: (id, ctx) => ({ ...adminOnlyWhere(ctx.principal), id }),
  nullable: true,
  description:
    "Deliveries are POSTed as JSON with X-Webhook-Event, X-Webhook-Timestamp (unix seconds) and X-Webhook-Signature: sha256=HMAC-SHA256(secret, `<timestamp>.<body>`).",
  fields: (t) => ({
    url: t.exposeString("url"),
    events: t.field({ type: [WebhookEvent], resolve: (w) => w.events as WebhookEventName[] }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    deliveries: t.relatedConnection("deliveries", { cursor: "id", totalCount: true, description: "Newest first.", query: () => ({ orderBy: { createdAt: "desc" } }) }),
  }),
});

builder.queryFields((t) => ({
  webhook: t.prismaField({
    type: "Webhook",
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.services.webhooks.get(ctx.principal, id, query),
  }),
  webhooks: t.prismaConnection({
    type: "Webhook",
    cursor: "id",
    defaultSize: 20,
    maxSize: 100,
    resolve: (query, _root, _args, ctx) => ctx.services.webhooks.list(ctx.principal, query),
    totalCount: (_root, _args, ctx) => ctx.services.webhooks.count(ctx.principal),
  }),
}));

builder.relayMutationField(
  "createWebhook",
  {
    inputFields: (t) => ({
      url: t.string({ required: true, description: "http:// or https://" }),
      events: t.field({ type: [WebhookEvent], required: true }),
      secret: t.string({ description: "At least 16 characters; generated when left out." }),
    }),
  },
  { resolve: (_root, { input }, ctx) => ctx.services.webhooks.create(ctx.principal, input) },
  {
    outputFields: (t) => ({
      webhook: t.field({ type: Webhook, resolve: (p) => p.webhook }),
      secret: t.string({ description: "The signing secret; shown only here.", resolve: (p) => p.secret }),
    }),
  },
);

builder.relayMutationField(
  "deleteWebhook",
  { inputFields: (t) => ({ id: t.id({ required: true }) }) },
  { resolve: async (_root, { input }, ctx) => ({ webhook: await ctx.services.webhooks.delete(ctx.principal, input.id) }) },
  { outputFields: (t) => ({ deletedWebhookId: t.id({ resolve: (p) => p.webhook.id }) }) },
);
