// Seed 003 "IP Whitelisting" and "block-ip": which client addresses may reach the API at all.
// Checked on every request before authentication, so the answer comes from memory: the allowlist
// and the active blocks are loaded once, reloaded when any instance changes them (the
// `securityChanged` event) and every RELOAD_MS in case an announcement was lost.
import { z } from "zod";
import type { Clock } from "../../clock.js";
import type { Db } from "../../db.js";
import type { Events } from "../../events.js";
import { AppError } from "../../errors.js";
import { inAnyCidr, parseCidr, type Cidr } from "../../http/client-ip.js";
import { newId } from "../../ids.js";
import type { Logger } from "../../logger.js";
import type { Principal } from "../auth/principal.js";
import { validate } from "../validation.js";

const ALLOWLIST_SETTING = "security.ip_allowlist";
const RELOAD_MS = 30_000;
const MAX_BLOCK_HOURS = 24 * 365;

export interface IpAllowlist {
  /** CIDR ranges as given (canonical text). From ALLOWED_IPS until an admin sets them. */
  allowedIps: string[];
  /** Refuse addresses outside the list (false: only log them, when logViolations). */
  enforce: boolean;
  logViolations: boolean;
  /** Where the list comes from: the configuration (ALLOWED_IPS) or an admin's PUT. */
  source: "config" | "api";
  updatedAt: Date | null;
}

export interface IpBlockRecord {
  id: string;
  cidr: string;
  reason: string;
  automatic: boolean;
  createdBy: string | null;
  createdAt: Date;
  expiresAt: Date | null;
}

/** Why an address is refused (null: admitted). `logOnly`: outside a list that is not enforced. */
export type IpVerdict = { refused: "blocked"; block: IpBlockRecord } | { refused: "not_allowed"; logOnly: boolean } | null;

/** The error an address is refused with before authentication (HTTP and sockets alike), or null when admitted. */
export function ipRefusal(verdict: IpVerdict, ip: string): AppError | null {
  if (verdict?.refused === "blocked") {
    return new AppError("ip_blocked", { details: { your_ip: ip, reason: verdict.block.reason, expires_at: verdict.block.expiresAt?.toISOString() ?? null } });
  }
  if (verdict?.refused === "not_allowed" && !verdict.logOnly) return new AppError("ip_not_allowed", { details: { your_ip: ip } });
  return null;
}

/** Dotted quads or IPv6, with an optional prefix length: not ipaddr.js's lenient forms ("1" is 0.0.0.1 there). */
const ADDRESS_TEXT = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(\/\d{1,3})?$/i;

/** Canonical CIDR text; throws on anything else. */
export function canonicalCidr(text: string): string {
  if (!ADDRESS_TEXT.test(text.trim())) throw new Error(`not an address or range: ${text}`);
  const [address, bits] = parseCidr(text);
  return `${address.toString()}/${bits}`;
}

const cidrList = z.array(
  z.string().trim().max(64).refine((value) => {
    try {
      canonicalCidr(value);
      return true;
    } catch {
      return false;
    }
  }, "must be an IPv4 or IPv6 address or CIDR range such as 10.0.0.0/8"),
).max(1000);

const AllowlistInput = z.object({ allowedIps: cidrList, enforce: z.boolean().default(true), logViolations: z.boolean().default(true) });
const BlockInput = z.object({
  ip: z.string().trim().max(64).refine((v) => cidrList.safeParse([v]).success, "must be an IPv4 or IPv6 address or CIDR range"),
  reason: z.string().trim().min(1, "must not be empty").max(200),
  durationHours: z.number().positive("must be more than 0").max(MAX_BLOCK_HOURS, `must be at most ${MAX_BLOCK_HOURS}`).nullish(),
});

export interface IpRulesDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  events: Pick<Events, "publish" | "listen">;
  /** ALLOWED_IPS: the allowlist until an admin sets one (empty: every address). */
  configured: string[];
}

interface Loaded {
  allowlist: IpAllowlist;
  ranges: Cidr[];
  blocks: { record: IpBlockRecord; range: Cidr }[];
}

export function createIpRules({ db, clock, logger, events, configured }: IpRulesDeps) {
  let state: Loaded = { allowlist: { allowedIps: configured, enforce: true, logViolations: true, source: "config", updatedAt: null }, ranges: configured.map(parseCidr), blocks: [] };
  let loadedAt = 0;
  let loading: Promise<void> | null = null;

  async function load(): Promise<void> {
    const [row, blocks] = await Promise.all([
      db.setting.findUnique({ where: { key: ALLOWLIST_SETTING } }),
      db.ipBlock.findMany({ where: { liftedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: clock.now() } }] } }),
    ]);
    const stored = row ? (JSON.parse(row.value) as Omit<IpAllowlist, "source" | "updatedAt">) : null;
    const allowlist: IpAllowlist = stored
      ? { ...stored, source: "api", updatedAt: row!.updatedAt }
      : { allowedIps: configured, enforce: true, logViolations: true, source: "config", updatedAt: null };
    state = {
      allowlist,
      ranges: allowlist.allowedIps.map(parseCidr),
      blocks: blocks.map((record) => ({ record, range: parseCidr(record.cidr) })),
    };
    loadedAt = Date.now();
  }

  function reload(): Promise<void> {
    loading ??= load().finally(() => (loading = null));
    return loading;
  }

  function changed(): Promise<void> {
    events.publish("securityChanged", { at: clock.now().toISOString() });
    return reload();
  }

  async function block(actor: Principal | null, input: { ip: string; reason: string; durationHours?: number | null }, automatic = false): Promise<IpBlockRecord> {
    const data = validate(BlockInput, input, "VALIDATION_ERROR");
    const now = clock.now();
    const record = await db.ipBlock.create({
      data: {
        id: newId("blk", now),
        cidr: canonicalCidr(data.ip),
        reason: data.reason,
        automatic,
        createdBy: actor?.id ?? null,
        createdAt: now,
        expiresAt: data.durationHours ? new Date(now.getTime() + data.durationHours * 3_600_000) : null,
      },
    });
    await changed();
    return record;
  }

  return {
    /** Loads the rules and follows other instances' changes; resolves when both are in place. */
    async start(): Promise<() => Promise<void>> {
      await reload();
      return events.listen("securityChanged", () => {
        reload().catch((error: unknown) => logger.warn({ err: error }, "could not reload IP rules"));
      });
    },

    /** From memory (reloaded in the background when stale). Blocks come first: they win over the allowlist. */
    check(ip: string): IpVerdict {
      if (Date.now() - loadedAt > RELOAD_MS) reload().catch((error: unknown) => logger.warn({ err: error }, "could not reload IP rules"));
      const now = clock.now();
      for (const { record, range } of state.blocks) {
        if ((!record.expiresAt || record.expiresAt > now) && inAnyCidr(ip, [range])) return { refused: "blocked", block: record };
      }
      const { allowlist, ranges } = state;
      if (ranges.length && !inAnyCidr(ip, ranges)) {
        if (allowlist.enforce) return { refused: "not_allowed", logOnly: false };
        if (allowlist.logViolations) return { refused: "not_allowed", logOnly: true };
      }
      return null;
    },

    allowlist(_actor: Principal): IpAllowlist {
      return state.allowlist;
    },

    async setAllowlist(_actor: Principal, input: { allowedIps: string[]; enforce?: boolean | null; logViolations?: boolean | null }): Promise<IpAllowlist> {
      const data = validate(AllowlistInput, { ...input, enforce: input.enforce ?? undefined, logViolations: input.logViolations ?? undefined }, "VALIDATION_ERROR");
      const value = JSON.stringify({ allowedIps: [...new Set(data.allowedIps.map(canonicalCidr))], enforce: data.enforce, logViolations: data.logViolations });
      await db.setting.upsert({ where: { key: ALLOWLIST_SETTING }, create: { key: ALLOWLIST_SETTING, value }, update: { value } });
      await changed();
      return state.allowlist;
    },

    /** A manual block (seed 003 POST /api/security/block-ip); `durationHours` omitted: until lifted. */
    block: (actor: Principal, input: { ip: string; reason: string; durationHours?: number | null }) => block(actor, input),

    /** Abuse protection's own block (repeated authentication failures). */
    blockAutomatically: (ip: string, reason: string, durationHours: number) => block(null, { ip, reason, durationHours }, true),

    /** Lifts every active block of exactly this address or range; the blocks lifted. */
    async unblock(_actor: Principal, ip: string): Promise<IpBlockRecord[]> {
      let cidr: string;
      try {
        cidr = canonicalCidr(ip);
      } catch {
        throw new AppError("VALIDATION_ERROR", { message: "ip must be an IPv4 or IPv6 address or CIDR range", details: { fields: [{ field: "ip", message: "is not an address" }] } });
      }
      const active = state.blocks.map((b) => b.record).filter((r) => r.cidr === cidr);
      if (!active.length) throw new AppError("ip_block_not_found", { details: { ip: cidr } });
      await db.ipBlock.updateMany({ where: { id: { in: active.map((r) => r.id) } }, data: { liftedAt: clock.now() } });
      await changed();
      return active;
    },

    /** Active blocks, newest first. */
    async blocks(_actor: Principal): Promise<IpBlockRecord[]> {
      await reload();
      const now = clock.now();
      return state.blocks.map((b) => b.record).filter((r) => !r.expiresAt || r.expiresAt > now).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
    },
  };
}
