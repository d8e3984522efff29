// Budgets (seed 003): a daily budget and a monthly ceiling, alert levels, a forecast, and enforcement
// that no burst can overrun. Each model call reserves its worst-case cost before the provider is
// called — a conditional UPDATE that only succeeds while spent + reserved + estimate fits — and
// settles the real cost in the same transaction as its usage record.
import type { Clock } from "../../clock.js";
import type { Db, Prisma } from "../../db.js";
import { AppError } from "../../errors.js";
import type { Events } from "../../events.js";
import { newId } from "../../ids.js";
import type { Logger } from "../../logger.js";
import { decimalToMicros, microsToNumber } from "../../money.js";
import type { Principal } from "../auth/principal.js";
import { uniqueViolationOn } from "../prisma-errors.js";
import {
  alertLevel,
  dayOf,
  dayPeriod,
  monthPeriod,
  projectedMonthMicros,
  utilizationPct,
  type AlertLevel,
  type AlertThresholds,
  type BudgetConfig,
} from "./rules.js";

const CONFIG_SETTING = "budget";

/** Thrown inside the reservation transaction to roll it back; turned into budget_exceeded outside. */
class Refusal extends Error {
  constructor(
    readonly scope: "daily" | "monthly",
    readonly limit: number,
  ) {
    super(`${scope} budget refused`);
  }
}
const ALERT_SETTING = "budget_alert";

export interface BudgetServiceDeps {
  db: Db;
  clock: Clock;
  events: Events;
  logger: Logger;
  /** Used until an admin sets the budget (BUDGET_DAILY_USD, BUDGET_MONTHLY_USD, BUDGET_ALERT_THRESHOLDS). */
  defaults: BudgetConfig;
  /** How long a reservation may live: a call still running after this has failed (provider timeout + margin). */
  reservationTtlMs: number;
}

export interface Reservation {
  id: string;
  amountMicros: number;
  dayPeriod: string;
  monthPeriod: string;
}

export interface BudgetStatus {
  day: string;
  dailyBudgetMicros: number | null;
  todaySpentMicros: number;
  reservedMicros: number;
  remainingMicros: number | null;
  utilizationPct: number;
  alertLevel: AlertLevel;
  thresholds: AlertThresholds;
  monthToDateMicros: number;
  projectedMonthMicros: number;
  monthlyCeilingMicros: number | null;
  deltaToCeilingMicros: number | null;
}

export interface UpdateBudgetInput {
  dailyBudget?: string | null;
  monthlyCeiling?: string | null;
  thresholds?: { [K in keyof AlertThresholds]?: number | null } | null;
}

type Tx = Prisma.TransactionClient;

function moneyField(field: string, value: string | null | undefined, current: number | null): number | null {
  if (value === undefined) return current;
  if (value === null) return null; // no limit
  const micros = decimalToMicros(value);
  if (micros === null || micros < 0) {
    throw new AppError("VALIDATION_ERROR", { details: { fields: [{ field, message: "must be a non-negative amount of US dollars with at most six decimals" }] } });
  }
  return micros;
}

export function createBudgetService({ db, clock, events, logger, defaults, reservationTtlMs }: BudgetServiceDeps) {
  let cached: BudgetConfig | null = null;

  async function config(): Promise<BudgetConfig> {
    if (cached) return cached;
    const row = await db.setting.findUnique({ where: { key: CONFIG_SETTING } });
    cached = row ? (JSON.parse(row.value) as BudgetConfig) : defaults;
    return cached;
  }

  async function ledger(periods: string[]): Promise<Map<string, { spent: number; reserved: number }>> {
    const rows = await db.budgetLedger.findMany({ where: { period: { in: periods } } });
    return new Map(rows.map((r) => [r.period, { spent: Number(r.spentMicros), reserved: Number(r.reservedMicros) }]));
  }

  async function ensurePeriods(periods: string[]): Promise<void> {
    for (const period of periods) {
      await db.$executeRaw`INSERT INTO "BudgetLedger" ("period", "spentMicros", "reservedMicros") VALUES (${period}, 0, 0) ON CONFLICT ("period") DO NOTHING`;
    }
  }

  async function status(): Promise<BudgetStatus> {
    const now = clock.now();
    const cfg = await config();
    const [day, month] = [dayPeriod(now), monthPeriod(now)];
    const rows = await ledger([day, month]);
    const today = rows.get(day) ?? { spent: 0, reserved: 0 };
    const monthToDate = rows.get(month)?.spent ?? 0;
    const pct = utilizationPct(today.spent, cfg.dailyMicros);
    const projected = projectedMonthMicros(monthToDate, now);
    return {
      day: dayOf(now),
      dailyBudgetMicros: cfg.dailyMicros,
      todaySpentMicros: today.spent,
      reservedMicros: today.reserved,
      remainingMicros: cfg.dailyMicros === null ? null : Math.max(0, cfg.dailyMicros - today.spent),
      utilizationPct: pct,
      alertLevel: alertLevel(pct, cfg.thresholds),
      thresholds: cfg.thresholds,
      monthToDateMicros: monthToDate,
      projectedMonthMicros: projected,
      monthlyCeilingMicros: cfg.monthlyMicros,
      deltaToCeilingMicros: cfg.monthlyMicros === null ? null : cfg.monthlyMicros - projected,
    };
  }

  /** Publishes budgetAlert when the level differs from the last one announced (once, across instances). */
  async function checkAlert(): Promise<void> {
    const current = await status();
    const next = JSON.stringify({ day: current.day, level: current.alertLevel });
    const row = await db.setting.findUnique({ where: { key: ALERT_SETTING } });
    if (row?.value === next) return;
    // Compare-and-set: of several instances noticing the same change, one announces it.
    const claimed = row
      ? (await db.setting.updateMany({ where: { key: ALERT_SETTING, value: row.value }, data: { value: next } })).count > 0
      : await db.setting.create({ data: { key: ALERT_SETTING, value: next } }).then(
          () => true,
          (error: unknown) => {
            if (uniqueViolationOn(error, "Setting", ["key"])) return false; // another instance announced it
            throw error;
          },
        );
    const previousLevel: AlertLevel = row ? (JSON.parse(row.value) as { level: AlertLevel }).level : "OK";
    if (claimed && previousLevel !== current.alertLevel) {
      events.publish("budgetAlert", { previousLevel, level: current.alertLevel, at: clock.now().toISOString() });
    }
  }

  return {
    config,

    /** Forgets the cached configuration; the next use reads the database (RELOAD_CONFIG, other instances' updates). */
    reload(): void {
      cached = null;
    },

    status,
    checkAlert,

    async update(_actor: Principal, input: UpdateBudgetInput): Promise<BudgetStatus> {
      const current = await config();
      const thresholds = { ...current.thresholds, ...Object.fromEntries(Object.entries(input.thresholds ?? {}).filter(([, v]) => v != null)) };
      const next: BudgetConfig = {
        dailyMicros: moneyField("dailyBudget", input.dailyBudget, current.dailyMicros),
        monthlyMicros: moneyField("monthlyCeiling", input.monthlyCeiling, current.monthlyMicros),
        thresholds,
      };
      const { notice, warning, critical } = next.thresholds;
      if (!(notice > 0 && notice < warning && warning < critical && critical <= 100)) {
        throw new AppError("VALIDATION_ERROR", {
          details: { fields: [{ field: "thresholds", message: "must rise: 0 < notice < warning < critical ≤ 100 (percent)" }] },
        });
      }
      const value = JSON.stringify(next);
      await db.setting.upsert({ where: { key: CONFIG_SETTING }, create: { key: CONFIG_SETTING, value }, update: { value } });
      cached = next;
      await checkAlert();
      return status();
    },

    /**
     * Holds `estimateMicros` against today's budget and this month's ceiling, or refuses with
     * budget_exceeded. Free calls reserve nothing.
     */
    async reserve(estimateMicros: number, ttlMs: number = reservationTtlMs): Promise<Reservation | null> {
      if (estimateMicros <= 0) return null;
      const now = clock.now();
      const cfg = await config();
      const [day, month] = [dayPeriod(now), monthPeriod(now)];
      await ensurePeriods([day, month]);
      const amount = BigInt(estimateMicros);
      const refuse = async (scope: "daily" | "monthly", limit: number) => {
        const row = (await ledger([scope === "daily" ? day : month])).get(scope === "daily" ? day : month) ?? { spent: 0, reserved: 0 };
        return new AppError("budget_exceeded", {
          message: `This call could cost up to $${microsToNumber(estimateMicros)}, more than the ${scope} budget has left`,
          details: {
            scope,
            estimated_cost: microsToNumber(estimateMicros),
            limit: microsToNumber(limit),
            spent: microsToNumber(row.spent),
            reserved: microsToNumber(row.reserved),
            remaining: microsToNumber(Math.max(0, limit - row.spent - row.reserved)),
          },
        });
      };
      const reservation: Reservation = { id: newId("rsv", now), amountMicros: estimateMicros, dayPeriod: day, monthPeriod: month };
      const refusal = await db.$transaction(async (tx: Tx) => {
        for (const [scope, period, limit] of [
          ["daily", day, cfg.dailyMicros],
          ["monthly", month, cfg.monthlyMicros],
        ] as const) {
          const held =
            limit === null
              ? await tx.$executeRaw`UPDATE "BudgetLedger" SET "reservedMicros" = "reservedMicros" + ${amount} WHERE "period" = ${period}`
              : await tx.$executeRaw`UPDATE "BudgetLedger" SET "reservedMicros" = "reservedMicros" + ${amount} WHERE "period" = ${period} AND "spentMicros" + "reservedMicros" + ${amount} <= ${BigInt(limit)}`;
          if (held === 0) throw new Refusal(scope, limit ?? 0); // rolls back the other period's hold
        }
        await tx.budgetReservation.create({
          data: { ...reservation, amountMicros: amount, createdAt: now, expiresAt: new Date(now.getTime() + ttlMs) },
        });
        return null;
      }).catch(async (error: unknown) => {
        if (error instanceof Refusal) return refuse(error.scope, error.limit);
        throw error;
      });
      if (refusal) throw refusal;
      return reservation;
    },

    /** Releases a reservation and books the real cost; call inside the transaction that writes the usage record. */
    async settle(tx: Tx, reservation: Reservation | null, actualMicros: number): Promise<void> {
      if (reservation) {
        const released = await tx.budgetReservation.deleteMany({ where: { id: reservation.id } });
        if (released.count) {
          for (const period of [reservation.dayPeriod, reservation.monthPeriod]) {
            await tx.budgetLedger.update({ where: { period }, data: { reservedMicros: { decrement: BigInt(reservation.amountMicros) } } });
          }
        }
      }
      if (actualMicros <= 0) return;
      const now = clock.now();
      for (const period of [dayPeriod(now), monthPeriod(now)]) {
        await tx.budgetLedger.upsert({
          where: { period },
          create: { period, spentMicros: BigInt(actualMicros) },
          update: { spentMicros: { increment: BigInt(actualMicros) } },
        });
      }
    },

    /** Gives back a hold by its id (a spawned task's, when it finishes), inside the caller's transaction. */
    async releaseHold(tx: Tx, reservationId: string): Promise<void> {
      const held = await tx.budgetReservation.findUnique({ where: { id: reservationId } });
      if (!held) return; // already released (expired, or released before)
      await this.settle(tx, { id: held.id, amountMicros: Number(held.amountMicros), dayPeriod: held.dayPeriod, monthPeriod: held.monthPeriod }, 0);
    },

    /** Gives back a reservation whose call never reached the provider (refused by a rate limit, say). */
    async release(reservation: Reservation | null): Promise<void> {
      if (reservation) await db.$transaction((tx) => this.settle(tx, reservation, 0));
    },

    /** Alert level changes, live. */
    async alerts(_actor: Principal) {
      return await events.subscribe("budgetAlert");
    },

    /** Janitor: reservations of calls that never settled (a crashed process) are released. */
    async expireReservations(): Promise<number> {
      const stale = await db.budgetReservation.findMany({ where: { expiresAt: { lte: clock.now() } }, take: 200 });
      for (const r of stale) {
        await db.$transaction((tx) =>
          this.settle(tx, { id: r.id, amountMicros: Number(r.amountMicros), dayPeriod: r.dayPeriod, monthPeriod: r.monthPeriod }, 0),
        );
      }
      if (stale.length) logger.warn({ count: stale.length }, "released budget reservations of calls that never settled");
      return stale.length;
    },
  };
}

export type BudgetService = ReturnType<typeof createBudgetService>;
