// Seed 003 "Security": the IP allowlist, IP blocks, the audit trail and its settings (admins only).
import type { AuditSettings } from "../../domain/security/audit.js";
import { AUDIT_EVENTS } from "../../domain/security/audit.js";
import type { IpAllowlist as IpAllowlistShape, IpBlockRecord } from "../../domain/security/ip-rules.js";
import { builder } from "../builder.js";

const IpAllowlist = builder.objectRef<IpAllowlistShape>("IpAllowlist").implement({
  description: "Addresses that may reach the API at all (empty: any). Checked before authentication.",
  fields: (t) => ({
    allowedIps: t.stringList({ description: "CIDR ranges, IPv4 or IPv6.", resolve: (a) => a.allowedIps }),
    enforce: t.boolean({ description: "Refuse other addresses (false: only log them).", resolve: (a) => a.enforce }),
    logViolations: t.boolean({ resolve: (a) => a.logViolations }),
    source: t.string({ description: "config (ALLOWED_IPS) until an admin sets the list, then api.", resolve: (a) => a.source }),
    updatedAt: t.field({ type: "DateTime", nullable: true, resolve: (a) => a.updatedAt }),
  }),
});

const IpBlock = builder.objectRef<IpBlockRecord>("IpBlock").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    ip: t.string({ description: "The address or CIDR range blocked.", resolve: (b) => b.cidr }),
    reason: t.exposeString("reason"),
    automatic: t.boolean({ description: "Blocked by abuse protection (repeated authentication failures).", resolve: (b) => b.automatic }),
    createdBy: t.exposeString("createdBy", { nullable: true }),
    createdAt: t.field({ type: "DateTime", resolve: (b) => b.createdAt }),
    expiresAt: t.field({ type: "DateTime", nullable: true, description: "Null: until lifted.", resolve: (b) => b.expiresAt }),
  }),
});

const AuditEventName = builder.enumType("AuditEventName", {
  values: Object.fromEntries(AUDIT_EVENTS.map((e) => [e.toUpperCase().replace(/\./g, "_"), { value: e, description: e }])) as Record<string, { value: (typeof AUDIT_EVENTS)[number]; description: string }>,
});

const AuditResource = builder.objectRef<{ type: string; id: string }>("AuditResource").implement({
  fields: (t) => ({ type: t.exposeString("type"), id: t.exposeString("id") }),
});

builder.prismaObject("AuditEvent", {
  description: "One audit entry, in seed 003's entry shape.",
  fields: (t) => ({
    id: t.exposeID("id"),
    timestamp: t.field({ type: "DateTime", resolve: (e) => e.at }),
    event: t.exposeString("event"),
    severity: t.exposeString("severity", { description: "info, warning or critical." }),
    apiKeyId: t.exposeString("apiKeyId", { nullable: true }),
    principalId: t.exposeString("principalId", { nullable: true }),
    ipAddress: t.exposeString("ipAddress", { nullable: true }),
    userAgent: t.exposeString("userAgent", { nullable: true }),
    requestId: t.exposeString("requestId", { nullable: true }),
    resource: t.field({ type: AuditResource, nullable: true, resolve: (e) => (e.resourceType && e.resourceId ? { type: e.resourceType, id: e.resourceId } : null) }),
    details: t.field({ type: "JSONObject", resolve: (e) => e.details as Record<string, unknown> }),
  }),
});

const AuditEventFilter = builder.inputType("AuditEventFilter", {
  fields: (t) => ({
    events: t.field({ type: [AuditEventName] }),
    severity: t.string({ description: "info, warning or critical." }),
    apiKeyId: t.id(),
    ipAddress: t.string(),
    since: t.field({ type: "DateTime", description: "At or after." }),
    until: t.field({ type: "DateTime", description: "Before." }),
  }),
});

const AuditSettingsRef = builder.objectRef<AuditSettings>("AuditSettings").implement({
  fields: (t) => ({
    enabled: t.exposeBoolean("enabled"),
    logLevel: t.exposeString("logLevel"),
    retentionDays: t.exposeInt("retentionDays", { description: "Older entries are deleted (hourly)." }),
    includeRequestBody: t.exposeBoolean("includeRequestBody", { description: "Mutation variables (secrets redacted)." }),
    includeResponseBody: t.exposeBoolean("includeResponseBody", { description: "Mutation results (secrets redacted)." }),
    events: t.field({ type: [AuditEventName], resolve: (s) => s.events }),
  }),
});

builder.queryField("ipAllowlist", (t) => t.field({ type: IpAllowlist, resolve: (_r, _a, ctx) => ctx.services.security.ipRules.allowlist(ctx.principal) }));
builder.queryField("ipBlocks", (t) => t.field({ type: [IpBlock], description: "Active blocks, newest first.", resolve: (_r, _a, ctx) => ctx.services.security.ipRules.blocks(ctx.principal) }));
builder.queryField("auditSettings", (t) => t.field({ type: AuditSettingsRef, resolve: (_r, _a, ctx) => ctx.services.security.audit.settings(ctx.principal) }));
builder.queryField("auditEvents", (t) =>
  t.prismaConnection({
    type: "AuditEvent",
    cursor: "id",
    defaultSize: 50,
    maxSize: 500,
    description: "The audit trail, newest first.",
    args: { filter: t.arg({ type: AuditEventFilter }) },
    resolve: (query, _root, { filter }, ctx) => ctx.services.security.audit.list(ctx.principal, filter ?? {}, query),
    totalCount: (_root, { filter }, ctx) => ctx.services.security.audit.count(ctx.principal, filter ?? {}),
  }),
);

builder.relayMutationField(
  "setIpAllowlist",
  {
    inputFields: (t) => ({
      allowedIps: t.stringList({ required: true, description: "CIDR ranges or addresses, IPv4 or IPv6; empty: any address." }),
      enforce: t.boolean({ description: "Default true." }),
      logViolations: t.boolean({ description: "Default true." }),
    }),
  },
  { resolve: async (_r, { input }, ctx) => ({ allowlist: await ctx.services.security.ipRules.setAllowlist(ctx.principal, input) }) },
  { outputFields: (t) => ({ allowlist: t.field({ type: IpAllowlist, resolve: (p) => p.allowlist }) }) },
);

builder.relayMutationField(
  "blockIp",
  {
    inputFields: (t) => ({
      ip: t.string({ required: true, description: "An address or CIDR range." }),
      reason: t.string({ required: true }),
      durationHours: t.float({ description: "Omit to block until lifted." }),
    }),
  },
  { resolve: async (_r, { input }, ctx) => ({ block: await ctx.services.security.ipRules.block(ctx.principal, input) }) },
  { outputFields: (t) => ({ block: t.field({ type: IpBlock, resolve: (p) => p.block }) }) },
);

builder.relayMutationField(
  "unblockIp",
  { inputFields: (t) => ({ ip: t.string({ required: true }) }) },
  { resolve: async (_r, { input }, ctx) => ({ lifted: await ctx.services.security.ipRules.unblock(ctx.principal, input.ip) }) },
  { outputFields: (t) => ({ lifted: t.field({ type: [IpBlock], resolve: (p) => p.lifted }) }) },
);

builder.relayMutationField(
  "configureAudit",
  {
    inputFields: (t) => ({
      enabled: t.boolean(),
      logLevel: t.string({ description: "standard or verbose." }),
      retentionDays: t.int(),
      includeRequestBody: t.boolean(),
      includeResponseBody: t.boolean(),
      events: t.field({ type: [AuditEventName], description: "What is recorded; omit to keep the current list." }),
    }),
  },
  {
    resolve: async (_r, { input }, ctx) => {
      const settings = await ctx.services.security.audit.configure(ctx.principal, input as Partial<AuditSettings>);
      ctx.services.security.announceChange();
      return { settings };
    },
  },
  { outputFields: (t) => ({ settings: t.field({ type: AuditSettingsRef, resolve: (p) => p.settings }) }) },
);
