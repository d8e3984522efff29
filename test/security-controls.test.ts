// Seed 003 "Security" (issue 12 §2): IP allowlist (API and ALLOWED_IPS), IP blocking (manual, and
// automatic after repeated authentication failures), per-key allowed addresses, HMAC request signing
// with replay protection, the audit log (written, queried by admins over GraphQL and REST, retention),
// key revocation by REST, and cost spike protection. Client addresses come through X-Forwarded-For
// from a trusted proxy (the in-process client is 127.0.0.1), exactly as behind a real proxy.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { graphql } from "../src/generated/graphql/index.js";
import { gql, gqlOk, rest } from "./support/client.js";
import { CreateAgent } from "./support/documents.js";
import { createKey, unique } from "./support/fixtures.js";
import { startServer, type TestServer } from "./support/server.js";
import { EVENT_TIMEOUT_MS, WORK_TIMEOUT_MS } from "./support/timeouts.js";

const CreateSigningKey = graphql(`
  mutation CreateSigningKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) { secret signingSecret apiKey { id allowedIps requireSignature } }
  }
`);

const AuditTrail = graphql(`
  query AuditTrail($filter: AuditEventFilter, $first: Int) {
    auditEvents(filter: $filter, first: $first) {
      totalCount
      edges { node { timestamp event severity apiKeyId principalId ipAddress userAgent requestId resource { type id } details } }
    }
  }
`);

const BlocksList = graphql(`query BlocksList { ipBlocks { id ip reason automatic expiresAt } }`);

const from = (ip: string) => ({ "x-forwarded-for": ip });
const PROXIED = { TRUSTED_PROXIES: "127.0.0.1" };

async function auditOf(server: TestServer, filter: Record<string, unknown>) {
  const data = await gqlOk(server, AuditTrail, { filter: filter as never, first: 100 });
  return data.auditEvents.edges.map((e) => e.node);
}

describe("IP whitelisting (seed 003)", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startServer({ env: PROXIED })));
  afterAll(() => server.stop());

  it("PUT /api/security/ip-whitelist sets CIDR ranges (IPv4 and IPv6); other addresses get the seed's 403 with your_ip, before authentication", async () => {
    const set = await rest(server, "PUT", "/api/security/ip-whitelist", { body: { allowed_ips: ["192.168.1.0/24", "2001:db8::/32", "127.0.0.1"], enforce: true, log_violations: true } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ success: true, allowed_ips: ["192.168.1.0/24", "2001:db8::/32", "127.0.0.1/32"], enforce: true, log_violations: true, source: "api" });
    expect((await rest(server, "GET", "/api/security/ip-whitelist")).body.allowed_ips).toHaveLength(3);

    const refused = await rest(server, "GET", "/api/agents", { headers: { ...from("198.51.100.23"), "x-request-id": "req_abc123xyz" } });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 403, message: "IP not whitelisted", your_ip: "198.51.100.23", request_id: "req_abc123xyz", type: "ip_not_allowed" });
    // The refusal is in the error format of the route asked for: seed 001's envelope on /api/v1, seed 003's off any route.
    const v1Refused = await rest(server, "GET", "/api/v1/agents", { headers: { ...from("198.51.100.23"), traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" } });
    expect([v1Refused.status, v1Refused.body.error]).toEqual([403, expect.objectContaining({ code: "ip_not_allowed", details: { your_ip: "198.51.100.23" }, traceId: "4bf92f3577b34da6a3ce929d0e0e4736" })]);
    const offRoute = await rest(server, "GET", "/api/no-such-route", { headers: from("198.51.100.23") });
    expect(offRoute.body).toMatchObject({ success: false, error: { code: 403, type: "ip_not_allowed", your_ip: "198.51.100.23" } });
    // Refused before authentication: a bad key from there is 403 too, not 401.
    expect((await rest(server, "GET", "/api/agents", { auth: "ApiKey nope", headers: from("198.51.100.23") })).status).toBe(403);
    const graphqlRefused = await gql(server, CreateAgent, { input: { name: unique("a"), type: "t" } }, { headers: from("198.51.100.23") });
    expect(graphqlRefused.status).toBe(403);
    expect(graphqlRefused.errors?.[0]?.extensions).toMatchObject({ code: "ip_not_allowed", your_ip: "198.51.100.23" });

    expect((await rest(server, "GET", "/api/agents", { headers: from("192.168.1.77") })).status).toBe(200);
    expect((await rest(server, "GET", "/api/agents", { headers: from("2001:db8::5") })).status).toBe(200);

    const logged = await auditOf(server, { events: ["SECURITY_VIOLATION"], ipAddress: "198.51.100.23" });
    expect(logged.map((e) => e.details.kind)).toContain("ip_not_allowed");
  });

  it("enforce false with log_violations lets other addresses through and writes each to the audit log", async () => {
    await rest(server, "PUT", "/api/security/ip-whitelist", { body: { allowed_ips: ["192.168.1.0/24"], enforce: false, log_violations: true } });
    expect((await rest(server, "GET", "/api/agents", { headers: from("203.0.113.200") })).status).toBe(200);
    const logged = await auditOf(server, { events: ["SECURITY_VIOLATION"], ipAddress: "203.0.113.200" });
    expect(logged[0]?.details).toMatchObject({ kind: "ip_not_allowed", enforced: false });
    // Written in a batch, read back to the millisecond: the time filters compare it as the moment it happened.
    const at = logged.at(-1)!.timestamp as string;
    expect(await auditOf(server, { events: ["SECURITY_VIOLATION"], ipAddress: "203.0.113.200", since: at })).toHaveLength(logged.length);
    expect(await auditOf(server, { events: ["SECURITY_VIOLATION"], ipAddress: "203.0.113.200", until: at })).toHaveLength(0);
    expect(await auditOf(server, { events: ["SECURITY_VIOLATION"], ipAddress: "203.0.113.200", until: new Date(Date.parse(at) + 1).toISOString() })).not.toHaveLength(0);
    await rest(server, "PUT", "/api/security/ip-whitelist", { body: { allowed_ips: [] } }); // any address again
    expect((await rest(server, "GET", "/api/agents", { headers: from("198.51.100.23") })).status).toBe(200);
  });

  it("refuses a list entry that is not an address or range with the seed's validation shape", async () => {
    const bad = await rest(server, "PUT", "/api/security/ip-whitelist", { body: { allowed_ips: ["10.0.0.0/8", "not-an-ip"] } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ success: false, code: "VALIDATION_ERROR" });
    expect(bad.body.error).toMatch(/allowedIps\.1/);
  });

  it("a key created with allowedIps works only from those addresses (403 ip_not_allowed elsewhere)", async () => {
    const { createApiKey } = await gqlOk(server, CreateSigningKey, { input: { name: unique("office"), roles: ["AGENT_MANAGER"], allowedIps: ["203.0.113.45/32"] } });
    expect(createApiKey.apiKey.allowedIps).toEqual(["203.0.113.45/32"]);
    const auth = `ApiKey ${createApiKey.secret}`;
    expect((await rest(server, "GET", "/api/agents", { auth, headers: from("203.0.113.45") })).status).toBe(200);
    const elsewhere = await rest(server, "GET", "/api/agents", { auth, headers: from("203.0.113.46") });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error).toMatchObject({ code: 403, your_ip: "203.0.113.46", type: "ip_not_allowed" });
  });

  it("non-admins can neither read nor change the security settings; the refusal is audited as permission_denied", async () => {
    const { auth, id } = await createKey(server, { roles: ["MESSAGING"] });
    expect((await rest(server, "PUT", "/api/security/ip-whitelist", { auth, body: { allowed_ips: [] } })).status).toBe(403);
    expect((await rest(server, "GET", "/api/security/audit", { auth })).status).toBe(403);
    const logged = await auditOf(server, { events: ["SECURITY_VIOLATION"], apiKeyId: id });
    expect(logged.map((e) => e.details.kind)).toContain("permission_denied");
  });
});

describe("ALLOWED_IPS in configuration (seed 003 'IP Whitelist in config')", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startServer({ env: { ...PROXIED, ALLOWED_IPS: "192.168.1.0/24, 10.0.0.5, 127.0.0.1" } })));
  afterAll(() => server.stop());

  it("is the allowlist until an admin sets one", async () => {
    expect((await rest(server, "GET", "/api/security/ip-whitelist")).body).toMatchObject({ allowed_ips: ["192.168.1.0/24", "10.0.0.5/32", "127.0.0.1/32"], source: "config" });
    expect((await rest(server, "GET", "/api/agents", { headers: from("10.0.0.5") })).status).toBe(200);
    expect((await rest(server, "GET", "/api/agents", { headers: from("10.0.0.6") })).status).toBe(403);
  });
});

describe("IP blocking (seed 003 Rate Limiting & Abuse Prevention)", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startServer({ env: { ...PROXIED, AUTH_FAILURE_LIMIT: "5", AUTH_FAILURE_WINDOW_SECONDS: "60", AUTH_FAILURE_BLOCK_MINUTES: "30" } })));
  afterAll(() => server.stop());

  it("POST /api/security/block-ip refuses the address before authentication until duration_hours pass; listed and liftable", async () => {
    server.clock.set("2026-03-02T10:00:00.000Z");
    const blocked = await rest(server, "POST", "/api/security/block-ip", { body: { ip: "198.51.100.100", reason: "suspicious_activity", duration_hours: 24 } });
    expect(blocked.status).toBe(201);
    expect(blocked.body.block).toMatchObject({ ip: "198.51.100.100/32", reason: "suspicious_activity", automatic: false, expires_at: "2026-03-03T10:00:00.000Z" });

    const refused = await rest(server, "GET", "/api/agents", { auth: "ApiKey whatever", headers: from("198.51.100.100") });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 403, type: "ip_blocked", your_ip: "198.51.100.100" });
    expect((await rest(server, "GET", "/api/security/blocked-ips")).body.blocked.map((b: { ip: string }) => b.ip)).toContain("198.51.100.100/32");

    server.clock.advance(24 * 3600_000 + 1000); // the block expires
    expect((await rest(server, "GET", "/api/agents", { headers: from("198.51.100.100") })).status).toBe(200);

    await rest(server, "POST", "/api/security/block-ip", { body: { ip: "2001:db8:bad::/48", reason: "scanner" } }); // no duration: until lifted
    expect((await rest(server, "GET", "/api/agents", { headers: from("2001:db8:bad::1") })).status).toBe(403);
    const lifted = await rest(server, "DELETE", `/api/security/block-ip/${encodeURIComponent("2001:db8:bad::/48")}`);
    expect(lifted.status).toBe(200);
    expect(lifted.body.lifted).toHaveLength(1);
    expect((await rest(server, "GET", "/api/agents", { headers: from("2001:db8:bad::1") })).status).toBe(200);
    expect((await rest(server, "DELETE", `/api/security/block-ip/${encodeURIComponent("2001:db8:bad::/48")}`)).status).toBe(404);
  });

  it("an address that fails authentication AUTH_FAILURE_LIMIT times within the window is blocked for AUTH_FAILURE_BLOCK_MINUTES, with a critical audit entry", async () => {
    const attacker = from("203.0.113.66");
    for (let i = 0; i < 5; i++) expect((await rest(server, "GET", "/api/agents", { auth: `ApiKey guess-${i}`, headers: attacker })).status).toBe(401);
    await expect.poll(async () => (await rest(server, "GET", "/api/agents", { headers: attacker })).status, { timeout: EVENT_TIMEOUT_MS }).toBe(403);
    const blocks = (await gqlOk(server, BlocksList)).ipBlocks.filter((b) => b.ip === "203.0.113.66/32");
    expect(blocks).toMatchObject([{ automatic: true, reason: "repeated_auth_failures" }]);
    const entry = (await auditOf(server, { events: ["SECURITY_VIOLATION"], severity: "critical", ipAddress: "203.0.113.66" }))[0];
    expect(entry?.details).toMatchObject({ kind: "ip_blocked_automatically", failures: 5 });
    server.clock.advance(30 * 60_000 + 1000);
    expect((await rest(server, "GET", "/api/agents", { headers: attacker })).status).toBe(200);
  });

  it("failures spread wider than the window do not block, and loopback is never blocked automatically", async () => {
    for (let i = 0; i < 8; i++) {
      expect((await rest(server, "GET", "/api/agents", { auth: "ApiKey slow-guess", headers: from("203.0.113.67") })).status).toBe(401);
      server.clock.advance(15_000); // 4 per minute: under 5 per 60 s
    }
    for (let i = 0; i < 8; i++) expect((await rest(server, "GET", "/api/agents", { auth: "ApiKey local-typo" })).status).toBe(401);
    expect((await rest(server, "GET", "/api/agents")).status).toBe(200);
    expect((await rest(server, "GET", "/api/agents", { headers: from("203.0.113.67") })).status).toBe(200);
  });
});

/** Headers as seed 003's Python example makes them (its timestamp has no zone: UTC). */
function signed(secret: string, apiKey: string, method: string, path: string, body: string, at: Date) {
  const timestamp = at.toISOString().replace("Z", "");
  const signature = createHmac("sha256", secret).update(`${timestamp}\n${method}\n${path}\n${body}`).digest("hex");
  return { authorization: `Bearer ${apiKey}`, "x-timestamp": timestamp, "x-signature": signature };
}

describe("Request signing (seed 003)", () => {
  let server: TestServer;
  let key: { secret: string; signingSecret: string; id: string };
  beforeAll(async () => {
    server = await startServer();
    const { createApiKey } = await gqlOk(server, CreateSigningKey, { input: { name: unique("signed"), roles: ["AGENT_MANAGER"], requireSignature: true } });
    key = { secret: createApiKey.secret, signingSecret: createApiKey.signingSecret!, id: createApiKey.apiKey.id };
  });
  afterAll(() => server.stop());

  const post = (path: string, body: string, headers: Record<string, string>) => server.fetch(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

  it("a key created with requireSignature gets its signing secret once; its unsigned requests are 401 signature_required", async () => {
    expect(key.signingSecret).toMatch(/^sig_/);
    const unsigned = await rest(server, "GET", "/api/agents", { auth: `Bearer ${key.secret}` });
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.error).toMatchObject({ code: 401, type: "signature_required" });
  });

  it("X-Signature = hex HMAC-SHA256 of timestamp\\nMETHOD\\npath\\nbody is accepted once; a replay is 401 signature_replayed", async () => {
    const body = JSON.stringify({ name: unique("signed-agent"), type: "cfo_cash" });
    const headers = signed(key.signingSecret, key.secret, "POST", "/api/v1/agents", body, server.clock.now());
    const created = await post("/api/v1/agents", body, headers);
    expect(created.status).toBe(201);
    const replay = await post("/api/v1/agents", body, headers);
    expect(replay.status).toBe(401);
    // POST /api/v1/agents is a seed-001 route: the refusal is in its envelope, with the address and trace id.
    const refusal = (await replay.json()) as { error: { code: string; details: Record<string, unknown>; traceId: string } };
    expect(refusal.error).toMatchObject({ code: "signature_replayed", details: { your_ip: expect.any(String) }, traceId: expect.any(String) });
  });

  it("a changed body, a wrong secret or a timestamp more than 5 minutes away is refused with its own code", async () => {
    const body = JSON.stringify({ name: unique("signed-agent"), type: "cfo_cash" });
    const now = server.clock.now();
    const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code; // seed 001's envelope
    const tampered = await post("/api/v1/agents", body.replace("cfo_cash", "cto_alex"), signed(key.signingSecret, key.secret, "POST", "/api/v1/agents", body, now));
    expect([tampered.status, await codeOf(tampered)]).toEqual([401, "signature_invalid"]);
    const wrongSecret = await post("/api/v1/agents", body, signed("sig_wrong", key.secret, "POST", "/api/v1/agents", body, now));
    expect(await codeOf(wrongSecret)).toBe("signature_invalid");
    const stale = await post("/api/v1/agents", body, signed(key.signingSecret, key.secret, "POST", "/api/v1/agents", body, new Date(now.getTime() - 6 * 60_000)));
    expect([stale.status, await codeOf(stale)]).toEqual([401, "signature_expired"]);
    const future = await post("/api/v1/agents", body, signed(key.signingSecret, key.secret, "POST", "/api/v1/agents", body, new Date(now.getTime() + 4 * 60_000)));
    expect(future.status).toBe(201); // within the window either way (clock skew)
  });

  it("GraphQL requests are signed the same way (path /graphql); the key cannot open graphql-ws sockets", async () => {
    const body = JSON.stringify({ query: "{ viewer { id } }" });
    const ok = await post("/graphql", body, { ...signed(key.signingSecret, key.secret, "POST", "/graphql", body, server.clock.now()), accept: "application/json" });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { data: { viewer: { id: string } } }).data.viewer.id).toBe(key.id);

    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization: `Bearer ${key.secret}` }, onNonLazyError: () => undefined });
    const closed = await new Promise<{ code: number }>((resolve) => client.on("closed", (e) => resolve(e as { code: number })));
    expect(closed.code).toBe(4403);
    await client.dispose();
  });
});

describe("Audit logging (seed 003)", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startServer({ env: PROXIED })));
  afterAll(() => server.stop());

  it("POST /api/security/audit configures it; every mutation is an entry in the seed's shape, listed by GET /api/security/audit", async () => {
    const configured = await rest(server, "POST", "/api/security/audit", {
      body: { enabled: true, log_level: "verbose", retention_days: 30, include_request_body: true, include_response_body: false, events: ["agent.spawn", "api.mutation", "api.key.used", "config.change", "security.violation", "api.key.revoked"] },
    });
    expect(configured.status).toBe(200);
    expect(configured.body).toMatchObject({ success: true, retention_days: 30, include_request_body: true, log_level: "verbose" });

    const { id } = await createKey(server, { roles: ["AGENT_MANAGER"] });
    const created = await rest(server, "POST", "/api/v1/agents", { body: { name: unique("audited"), type: "cfo_cash" }, headers: { ...from("192.168.1.100"), "user-agent": "j1msky-sdk/1.0.0", "x-request-id": "req_xyz789" } });
    expect(created.status).toBe(201);

    const listed = await rest(server, "GET", "/api/security/audit?event=api.mutation&ip_address=192.168.1.100");
    expect(listed.status).toBe(200);
    expect(listed.body.entries[0]).toEqual({
      timestamp: expect.any(String),
      event: "api.mutation",
      severity: "info",
      api_key_id: expect.stringMatching(/^key_/),
      ip_address: "192.168.1.100",
      user_agent: "j1msky-sdk/1.0.0",
      request_id: "req_xyz789",
      resource: { type: "agent", id: created.body.agent_id ?? expect.any(String) },
      details: expect.objectContaining({ operation: "createAgent", outcome: "ok", request_body: expect.any(Object) }),
    });
    // Key creation: the secret never reaches the trail.
    const keyEntry = (await auditOf(server, { events: ["API_MUTATION"] })).find((e) => e.details.operation === "createApiKey" && e.resource?.id === id);
    expect(JSON.stringify(keyEntry)).not.toMatch(/cpk_/);
    expect((await rest(server, "GET", "/api/security/audit?event=api.key.used")).body.total).toBeGreaterThan(0);
  });

  it("a spawn is agent.spawn with the seed's details, and its end agent.complete", async () => {
    await rest(server, "POST", "/api/security/audit", { body: { events: ["agent.spawn", "agent.complete", "agent.fail"] } });
    const spawn = await rest(server, "POST", "/api/spawn", { body: { model: "k2p5", task: "Generate report on the quarterly numbers for the board" } });
    expect(spawn.status).toBe(201);
    const agentId = spawn.body.agent_id as string;
    const [entry] = await auditOf(server, { events: ["AGENT_SPAWN"] });
    expect(entry).toMatchObject({ event: "agent.spawn", resource: { type: "agent", id: agentId }, details: { model: "k2p5", task_preview: "Generate report on the quarterly numbers...", outcome: "ok" } });
    expect(entry?.details.estimated_cost).toEqual(expect.any(Number));
    await expect.poll(async () => (await auditOf(server, { events: ["AGENT_COMPLETE", "AGENT_FAIL"] })).map((e) => e.resource?.id), { timeout: WORK_TIMEOUT_MS }).toContain(agentId);
  });

  it("auditEvents filters by event, severity, key, address and time, newest first; the settings' events decide what is written", async () => {
    await rest(server, "POST", "/api/security/audit", { body: { events: ["security.violation"] } });
    const before = (await auditOf(server, {})).length;
    await gqlOk(server, CreateAgent, { input: { name: unique("unaudited"), type: "t" } });
    expect((await auditOf(server, {})).length).toBe(before); // api.mutation no longer recorded
    await rest(server, "GET", "/api/agents", { auth: "ApiKey bad", headers: from("203.0.113.9") });
    const violations = await auditOf(server, { events: ["SECURITY_VIOLATION"], since: new Date(server.clock.now().getTime() - 1000).toISOString() });
    expect(violations[0]).toMatchObject({ event: "security.violation", ipAddress: "203.0.113.9", details: { kind: "auth_failed" } });
    await rest(server, "POST", "/api/security/audit", { body: { events: ["agent.spawn", "agent.complete", "agent.fail", "api.key.used", "api.key.revoked", "api.mutation", "config.change", "security.violation"] } });
  });

  it("entries older than retention_days are deleted by the retention job", async () => {
    await rest(server, "POST", "/api/security/audit", { body: { retention_days: 1 } });
    await rest(server, "GET", "/api/agents", { auth: "ApiKey old-failure", headers: from("203.0.113.10") });
    expect((await auditOf(server, { ipAddress: "203.0.113.10" })).length).toBe(1);
    server.clock.advance(2 * 86_400_000);
    const { auditEntries } = await server.app.services.security.expire();
    expect(auditEntries).toBeGreaterThan(0);
    expect(await auditOf(server, { ipAddress: "203.0.113.10" })).toEqual([]);
  });
});

describe("Key revocation by REST, cost spike protection", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startServer({ env: { COST_SPIKE_USD_PER_HOUR: "100" } })));
  afterAll(() => server.stop());

  it("DELETE /api/keys/{key_id} {reason, notify_user}: the key fails at once, its socket closes, the reason is kept, key.revoked goes to webhooks", async () => {
    await server.app.db.webhook.create({ data: { id: "whk_revocations", url: "http://127.0.0.1:9/hook", events: ["key.revoked"], secret: "s".repeat(32), createdAt: server.clock.now() } });
    const { auth, id } = await createKey(server, { roles: ["ADMIN"] });
    const client = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization: auth }, onNonLazyError: () => undefined });
    const closed = new Promise<{ code: number; reason: string }>((resolve) => client.on("closed", (e) => resolve(e as { code: number; reason: string })));
    await new Promise<void>((resolve) => client.on("connected", () => resolve()));

    const revoked = await rest(server, "DELETE", `/api/keys/${id}`, { body: { reason: "suspected_leak", notify_user: true } });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ success: true, key_id: id, status: "revoked", reason: "suspected_leak", notify_user: true });
    expect((await rest(server, "GET", "/api/agents", { auth })).status).toBe(401);
    expect(await closed).toMatchObject({ code: 4403, reason: "API key revoked" });
    await client.dispose();

    const deliveries = await server.app.db.webhookDelivery.findMany({ where: { webhookId: "whk_revocations" } });
    expect(deliveries.map((d) => d.event)).toEqual(["key.revoked"]);
    expect(JSON.parse(deliveries[0]!.body)).toMatchObject({ event: "key.revoked", data: { key_id: id, reason: "suspected_leak" } });
    const entry = (await auditOf(server, { events: ["API_KEY_REVOKED"] })).find((e) => e.resource?.id === id);
    expect(entry?.details).toMatchObject({ reason: "suspected_leak", notify_user: true });

    const unknown = await rest(server, "DELETE", "/api/keys/key_missing", { body: { reason: "x" } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 404, type: "api_key_not_found" });
  });

  it("a key whose model spend passes COST_SPIKE_USD_PER_HOUR within an hour is revoked (cost_spike), audited and announced as a budgetAlert", async () => {
    const { auth, id } = await createKey(server, { roles: ["AGENT_MANAGER"] });
    const alerts: unknown[] = [];
    const stop = await server.app.events.listen("budgetAlert", (event) => alerts.push(event));
    const now = server.clock.now();
    const usage = (costMicros: number, minutesAgo: number) => ({
      id: `use_${unique("spike")}`, createdAt: new Date(now.getTime() - minutesAgo * 60_000), day: now.toISOString().slice(0, 10), provider: "builtin", model: "k2p5",
      inputTokens: 1, outputTokens: 1, costMicros, latencyMs: 1, status: "OK", purpose: "TASK", principalId: id,
    });
    await server.app.db.usageRecord.createMany({ data: [usage(60_000_000, 90), usage(60_000_000, 30)] }); // $60 an hour and a half ago, $60 now
    expect(await server.app.services.security.checkCostSpikes()).toEqual([]);
    await server.app.db.usageRecord.create({ data: usage(50_000_000, 1) }); // $110 within the hour
    expect(await server.app.services.security.checkCostSpikes()).toEqual([id]);

    expect((await rest(server, "GET", "/api/agents", { auth })).status).toBe(401);
    const key = await server.app.db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(key.revokeReason).toBe("cost_spike");
    await expect.poll(() => alerts, { timeout: EVENT_TIMEOUT_MS }).toContainEqual(expect.objectContaining({ costSpike: { apiKeyId: id, spentMicros: 110_000_000, ceilingMicros: 100_000_000 } }));
    await stop();
    const entry = (await auditOf(server, { events: ["SECURITY_VIOLATION"], severity: "critical" })).find((e) => e.resource?.id === id);
    expect(entry?.details).toMatchObject({ kind: "cost_spike", spent_usd: "110", ceiling_usd_per_hour: "100" });
  });
});
