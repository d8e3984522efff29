// Seed 003 "Security": IP allowlist, IP blocks, audit log and key revocation, on the security
// operations of the schema (admins only: admin:read to look, admin:write to change), with the
// seed's error shape.
import { graphql } from "../../generated/graphql/index.js";
import { j1msky } from "../error-formats.js";
import { dateParam, intParam, stringParam } from "../params.js";
import { route, type RestRequest } from "../route.js";
import { z } from "zod";
import { IntParam, JsonObject, TextParam, Timestamp } from "../schemas.js";

graphql(`
  fragment RestIpBlock on IpBlock { id ip reason automatic createdBy createdAt expiresAt }
  fragment RestIpAllowlist on IpAllowlist { allowedIps enforce logViolations source updatedAt }
  fragment RestAuditSettings on AuditSettings { enabled logLevel retentionDays includeRequestBody includeResponseBody events }
`);

interface BlockShape { id: string; ip: string; reason: string; automatic: boolean; createdBy?: string | null; createdAt: string; expiresAt?: string | null }
interface AllowlistShape { allowedIps: string[]; enforce: boolean; logViolations: boolean; source: string; updatedAt?: string | null }
interface SettingsShape { enabled: boolean; logLevel: string; retentionDays: number; includeRequestBody: boolean; includeResponseBody: boolean; events: string[] }

/** Seed names (`agent.spawn`) ↔ the GraphQL enum (`AGENT_SPAWN`). */
const toEnum = (name: unknown) => (typeof name === "string" ? name.toUpperCase().replace(/\./g, "_") : name);
const fromEnum = (value: string) => value.toLowerCase().replace(/_/g, ".");

const Allowlist = { allowed_ips: z.array(z.string()), enforce: z.boolean(), log_violations: z.boolean(), source: z.string(), updated_at: Timestamp.nullable() };
const Block = z.object({ id: z.string(), ip: z.string(), reason: z.string(), automatic: z.boolean(), created_by: z.string().nullable(), created_at: Timestamp, expires_at: Timestamp.nullable() }).meta({ id: "IpBlock" });
const AuditSettings = { enabled: z.boolean(), log_level: z.string(), retention_days: z.number().int(), include_request_body: z.boolean(), include_response_body: z.boolean(), events: z.array(z.string()) };
const AuditSettingsInput = z.object(AuditSettings).partial();

const presentBlock = (b: BlockShape) => ({ id: b.id, ip: b.ip, reason: b.reason, automatic: b.automatic, created_by: b.createdBy ?? null, created_at: b.createdAt, expires_at: b.expiresAt ?? null });
const presentAllowlist = (a: AllowlistShape) => ({ allowed_ips: a.allowedIps, enforce: a.enforce, log_violations: a.logViolations, source: a.source, updated_at: a.updatedAt ?? null });
const presentSettings = (s: SettingsShape) => ({
  enabled: s.enabled,
  log_level: s.logLevel,
  retention_days: s.retentionDays,
  include_request_body: s.includeRequestBody,
  include_response_body: s.includeResponseBody,
  events: s.events.map(fromEnum),
});

function auditFilter({ query }: RestRequest) {
  const events = stringParam(query, "event")?.split(",").map((e) => toEnum(e.trim()));
  return {
    events,
    severity: stringParam(query, "severity"),
    apiKeyId: stringParam(query, "api_key_id"),
    ipAddress: stringParam(query, "ip_address") ?? stringParam(query, "ip"),
    since: dateParam(query, "since"),
    until: dateParam(query, "until"),
  };
}

export const securityRoutes = [
  route({
    method: "GET",
    path: "/api/security/ip-whitelist",
    operation: graphql(`query RestIpAllowlist { ipAllowlist { ...RestIpAllowlist } }`),
    variables: () => ({}),
    present: (data) => presentAllowlist(data.ipAllowlist),
    doc: { summary: "Read the IP allowlist", seed: "003", response: z.object(Allowlist) },
    errorFormat: j1msky,
  }),
  route({
    method: "PUT",
    path: "/api/security/ip-whitelist",
    operation: graphql(`
      mutation RestSetIpAllowlist($input: SetIpAllowlistInput!) { setIpAllowlist(input: $input) { allowlist { ...RestIpAllowlist } } }
    `),
    variables: ({ body }) => ({ input: { allowedIps: body.allowed_ips as string[], enforce: body.enforce as boolean | undefined, logViolations: body.log_violations as boolean | undefined } }),
    present: (data) => ({ success: true, ...presentAllowlist(data.setIpAllowlist.allowlist) }),
    doc: {
      summary: "Replace the IP allowlist",
      seed: "003",
      body: z.object({ allowed_ips: z.array(z.string()), enforce: z.boolean().optional(), log_violations: z.boolean().optional() }),
      response: z.object({ success: z.literal(true), ...Allowlist }),
    },
    errorFormat: j1msky,
  }),
  route({
    method: "POST",
    path: "/api/security/block-ip",
    operation: graphql(`mutation RestBlockIp($input: BlockIpInput!) { blockIp(input: $input) { block { ...RestIpBlock } } }`),
    variables: ({ body }) => ({ input: { ip: body.ip as string, reason: body.reason as string, durationHours: body.duration_hours as number | undefined } }),
    status: 201,
    present: (data) => ({ success: true, block: presentBlock(data.blockIp.block) }),
    doc: {
      summary: "Block an IP address",
      seed: "003",
      body: z.object({ ip: z.string(), reason: z.string(), duration_hours: z.number().optional() }),
      response: z.object({ success: z.literal(true), block: Block }),
    },
    errorFormat: j1msky,
  }),
  route({
    method: "GET",
    path: "/api/security/blocked-ips",
    operation: graphql(`query RestIpBlocks { ipBlocks { ...RestIpBlock } }`),
    variables: () => ({}),
    present: (data) => ({ blocked: data.ipBlocks.map(presentBlock), total: data.ipBlocks.length }),
    doc: { summary: "List blocked IP addresses", seed: "003", response: z.object({ blocked: z.array(Block), total: z.number().int() }) },
    errorFormat: j1msky,
  }),
  route({
    method: "DELETE",
    path: "/api/security/block-ip/:ip",
    operation: graphql(`mutation RestUnblockIp($input: UnblockIpInput!) { unblockIp(input: $input) { lifted { ...RestIpBlock } } }`),
    variables: ({ params }) => ({ input: { ip: params.ip! } }),
    present: (data) => ({ success: true, lifted: data.unblockIp.lifted.map(presentBlock) }),
    doc: { summary: "Lift the blocks of an IP address", seed: "003", response: z.object({ success: z.literal(true), lifted: z.array(Block) }) },
    errorFormat: j1msky,
  }),
  route({
    method: "POST",
    path: "/api/security/audit",
    operation: graphql(`mutation RestConfigureAudit($input: ConfigureAuditInput!) { configureAudit(input: $input) { settings { ...RestAuditSettings } } }`),
    variables: ({ body }) => ({
      input: {
        enabled: body.enabled as boolean | undefined,
        logLevel: body.log_level as string | undefined,
        retentionDays: body.retention_days as number | undefined,
        includeRequestBody: body.include_request_body as boolean | undefined,
        includeResponseBody: body.include_response_body as boolean | undefined,
        events: Array.isArray(body.events) ? (body.events.map(toEnum) as never) : (body.events as undefined),
      },
    }),
    present: (data) => ({ success: true, ...presentSettings(data.configureAudit.settings) }),
    doc: { summary: "Configure the audit log", seed: "003", body: AuditSettingsInput, response: z.object({ success: z.literal(true), ...AuditSettings }) },
    errorFormat: j1msky,
  }),
  route({
    method: "GET",
    path: "/api/security/audit",
    operation: graphql(`
      query RestAuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
        auditSettings { ...RestAuditSettings }
        auditEvents(filter: $filter, first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { timestamp event severity apiKeyId ipAddress userAgent requestId resource { type id } details } }
        }
      }
    `),
    variables: (req) => ({ filter: auditFilter(req) as never, first: intParam(req.query, "limit", { fallback: 50, min: 1, max: 500 }), after: stringParam(req.query, "cursor") }),
    present: (data) => ({
      entries: data.auditEvents.edges.map(({ node: e }) => ({
        timestamp: e.timestamp,
        event: e.event,
        severity: e.severity,
        api_key_id: e.apiKeyId ?? null,
        ip_address: e.ipAddress ?? null,
        user_agent: e.userAgent ?? null,
        request_id: e.requestId ?? null,
        resource: e.resource ?? null,
        details: e.details,
      })),
      total: data.auditEvents.totalCount,
      next_cursor: data.auditEvents.pageInfo.hasNextPage ? data.auditEvents.pageInfo.endCursor : null,
      settings: presentSettings(data.auditSettings),
    }),
    doc: {
      summary: "Read the audit log",
      seed: "003",
      query: z.object({
        event: TextParam("Comma-separated event names (agent.spawn, security.violation, …)"),
        severity: TextParam("info, warning or critical"),
        api_key_id: TextParam("Entries of this key"),
        ip_address: TextParam("Entries from this address"),
        since: TextParam("ISO 8601 time"),
        until: TextParam("ISO 8601 time"),
        limit: IntParam("1–500, default 50"),
        cursor: TextParam("next_cursor of the previous page"),
      }),
      response: z.object({
        entries: z.array(
          z.object({
            timestamp: Timestamp,
            event: z.string(),
            severity: z.string(),
            api_key_id: z.string().nullable(),
            ip_address: z.string().nullable(),
            user_agent: z.string().nullable(),
            request_id: z.string().nullable(),
            resource: z.object({ type: z.string(), id: z.string().nullable() }).nullable(),
            details: JsonObject,
          }),
        ),
        total: z.number().int(),
        next_cursor: z.string().nullable(),
        settings: z.object(AuditSettings),
      }),
    },
    errorFormat: j1msky,
  }),
  route({
    method: "DELETE",
    path: "/api/keys/:key_id",
    acceptsBody: true,
    operation: graphql(`
      mutation RestRevokeApiKey($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { id name status revokedAt revokeReason } } }
    `),
    variables: ({ params, body }) => ({ input: { id: params.key_id!, reason: body.reason as string | undefined, notifyUser: body.notify_user as boolean | undefined } }),
    present: (data, { body }) => ({
      success: true,
      key_id: data.revokeApiKey.apiKey.id,
      status: data.revokeApiKey.apiKey.status.toLowerCase(),
      revoked_at: data.revokeApiKey.apiKey.revokedAt,
      reason: data.revokeApiKey.apiKey.revokeReason,
      notify_user: body.notify_user === true,
    }),
    doc: {
      summary: "Revoke an API key",
      seed: "003",
      body: z.object({ reason: z.string().optional(), notify_user: z.boolean().optional() }),
      response: z.object({ success: z.literal(true), key_id: z.string(), status: z.string(), revoked_at: Timestamp.nullable(), reason: z.string().nullable(), notify_user: z.boolean() }),
    },
    errorFormat: j1msky,
  }),
];
