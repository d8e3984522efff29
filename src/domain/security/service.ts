// Seed 003's security controls as one service: the IP rules (allowlist, blocks), the rules a key
// carries (allowed addresses, request signing), the audit trail, abuse protection (repeated
// authentication failures block an address; a key spending past an hourly ceiling is revoked) and
// revocation with a reason. The HTTP gate (src/http/security-gate.ts) and graphql-ws ask it before
// anything else runs; GraphQL and REST manage it through the methods below, admins only.
import type { Clock } from "../../clock.js";
import type { Db, Dialect } from "../../db.js";
import type { Events } from "../../events.js";
import type { Cidr } from "../../http/client-ip.js";
import { inAnyCidr } from "../../http/client-ip.js";
import type { Logger } from "../../logger.js";
import { microsToDecimal } from "../../money.js";
import { SYSTEM, type Principal } from "../auth/principal.js";
import type { AuthService } from "../auth/service.js";
import type { WebhookService } from "../webhooks/service.js";
import { actorOf, createAuditTrail, type AuditEntry } from "./audit.js";
import { createIpRules } from "./ip-rules.js";
import { createKeyGuard } from "./key-guard.js";

interface AbuseConfig {
  /** Authentication failures from one address within `authFailureWindowSeconds` that block it. 0: never. */
  authFailureLimit: number;
  authFailureWindowSeconds: number;
  authFailureBlockMinutes: number;
  /** Addresses never blocked automatically (loopback by default: local tools, health checks). */
  exempt: Cidr[];
  /** A key whose model spend within an hour passes this is revoked (micro-dollars); null: never. */
  costSpikeMicrosPerHour: number | null;
}

export interface SecurityDeps {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  logger: Logger;
  events: Pick<Events, "publish" | "listen">;
  auth: AuthService;
  webhooks: WebhookService;
  /** ALLOWED_IPS. */
  allowedIps: string[];
  abuse: AbuseConfig;
  /** The budget level announced with a cost-spike alert. */
  budgetLevel: () => Promise<string>;
}

/** What a surface knows about the request an entry describes. */
export type RequestFacts = Pick<AuditEntry, "ipAddress" | "userAgent" | "requestId">;

export function createSecurityService({ db, dialect, clock, logger, events, auth, webhooks, allowedIps, abuse, budgetLevel }: SecurityDeps) {
  const ipRules = createIpRules({ db, clock, logger, events, configured: allowedIps });
  const audit = createAuditTrail({ db, dialect, clock, logger });
  const keys = createKeyGuard({ db, clock });
  const failures = new Map<string, number[]>();

  async function revoke(actor: Principal, id: string, reason: string, notifyUser: boolean, facts: RequestFacts = {}) {
    const revoked = await auth.revokeApiKey(actor, id);
    const apiKey = await db.$transaction(async (tx) => {
      const updated = await tx.apiKey.update({ where: { id }, data: { revokeReason: reason } });
      if (notifyUser) await webhooks.enqueue(tx, "key.revoked", { key_id: id, name: revoked.name, reason, revoked_at: revoked.revokedAt?.toISOString() });
      return updated;
    });
    keys.forget();
    audit.record({ event: "api.key.revoked", severity: "warning", ...actorOf(actor), ...facts, resource: { type: "api_key", id }, details: { reason, notify_user: notifyUser } });
    return apiKey;
  }

  return {
    ipRules,
    audit,
    keys,

    async start(): Promise<() => Promise<void>> {
      await audit.loadSettings();
      const stopRules = await ipRules.start();
      const stopKeys = await events.listen("credentialRevoked", () => keys.forget());
      const stopSettings = await events.listen("securityChanged", () => void audit.loadSettings().catch(() => undefined));
      return async () => {
        await Promise.all([stopRules(), stopKeys(), stopSettings()]);
        await audit.close();
      };
    },

    /** Audit settings changed here: other instances read them again. */
    announceChange(): void {
      events.publish("securityChanged", { at: clock.now().toISOString() });
    },

    /** Seed 003 DELETE /api/keys/{key_id}: the key fails at once, its sockets close, the reason is kept. */
    revokeKey: (actor: Principal, id: string, options: { reason?: string | null; notifyUser?: boolean | null }, facts?: RequestFacts) =>
      revoke(actor, id, options.reason?.trim().slice(0, 200) || "revoked", options.notifyUser ?? false, facts),

    /**
     * An authentication failure from `ip`. Past the limit within the window the address is blocked
     * for a while (an audit entry says so); resolves with the block when one was made.
     */
    async authenticationFailed(ip: string, facts: RequestFacts, recordEntry = true) {
      if (recordEntry) audit.record({ event: "security.violation", severity: "warning", ...facts, details: { kind: "auth_failed" } });
      if (!abuse.authFailureLimit || inAnyCidr(ip, abuse.exempt)) return null;
      const now = clock.now().getTime();
      const recent = (failures.get(ip) ?? []).filter((t) => now - t < abuse.authFailureWindowSeconds * 1000);
      recent.push(now);
      if (recent.length < abuse.authFailureLimit) {
        failures.set(ip, recent);
        if (failures.size > 100_000) failures.clear(); // a flood of addresses must not exhaust memory
        return null;
      }
      failures.delete(ip);
      const block = await ipRules.blockAutomatically(ip, "repeated_auth_failures", abuse.authFailureBlockMinutes / 60);
      audit.record({ event: "security.violation", severity: "critical", ...facts, resource: { type: "ip_block", id: block.id }, details: { kind: "ip_blocked_automatically", failures: recent.length, window_seconds: abuse.authFailureWindowSeconds, expires_at: block.expiresAt?.toISOString() } });
      logger.warn({ ip, failures: recent.length }, "address blocked after repeated authentication failures");
      return block;
    },

    /**
     * Cost spike protection (a periodic job): every key whose model spend in the last hour passed the
     * ceiling is revoked with reason cost_spike, an audit entry and a budgetAlert. The ids revoked.
     */
    async checkCostSpikes(): Promise<string[]> {
      if (abuse.costSpikeMicrosPerHour === null) return [];
      const since = new Date(clock.now().getTime() - 3_600_000);
      const spend = await db.usageRecord.groupBy({ by: ["principalId"], where: { createdAt: { gte: since }, principalId: { startsWith: "key_" } }, _sum: { costMicros: true } });
      const over = spend.filter((s) => s.principalId && (s._sum.costMicros ?? 0) > abuse.costSpikeMicrosPerHour!);
      if (!over.length) return [];
      const active = await db.apiKey.findMany({ where: { id: { in: over.map((s) => s.principalId!) }, revokedAt: null }, select: { id: true } });
      for (const { id } of active) {
        const spent = over.find((s) => s.principalId === id)!._sum.costMicros ?? 0;
        await revoke(SYSTEM, id, "cost_spike", true);
        audit.record({ event: "security.violation", severity: "critical", principalId: SYSTEM.id, resource: { type: "api_key", id }, details: { kind: "cost_spike", spent_usd: microsToDecimal(spent), ceiling_usd_per_hour: microsToDecimal(abuse.costSpikeMicrosPerHour) } });
        const level = await budgetLevel();
        events.publish("budgetAlert", { previousLevel: level, level, at: clock.now().toISOString(), costSpike: { apiKeyId: id, spentMicros: spent, ceilingMicros: abuse.costSpikeMicrosPerHour } });
        logger.warn({ apiKeyId: id, spentMicros: spent }, "API key revoked: model spend passed the hourly ceiling");
      }
      return active.map((k) => k.id);
    },

    /** Used signatures past their window, audit entries past retention (periodic jobs). */
    async expire(): Promise<{ signatures: number; auditEntries: number }> {
      return { signatures: await keys.expire(), auditEntries: await audit.expire() };
    },
  };
}

export type SecurityService = ReturnType<typeof createSecurityService>;
