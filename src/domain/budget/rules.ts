// Budget periods, alert levels and the month-end forecast (seed 003 orchestrator status).
export const ALERT_LEVELS = ["OK", "NOTICE", "WARNING", "CRITICAL"] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

export interface AlertThresholds {
  /** Utilization percentages at which the level rises; ascending, within 0–100. */
  notice: number;
  warning: number;
  critical: number;
}


export interface BudgetConfig {
  /** Daily budget in micro-dollars; null: no daily limit. */
  dailyMicros: number | null;
  /** Monthly ceiling in micro-dollars; null: no monthly limit. */
  monthlyMicros: number | null;
  thresholds: AlertThresholds;
}

/** Budget days and months are UTC. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const monthOf = (at: Date) => at.toISOString().slice(0, 7);
export const dayPeriod = (at: Date) => `D:${dayOf(at)}`;
export const monthPeriod = (at: Date) => `M:${monthOf(at)}`;

function daysInMonth(at: Date): number {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0)).getUTCDate();
}

export function utilizationPct(spentMicros: number, limitMicros: number | null): number {
  if (limitMicros === null) return 0;
  if (limitMicros === 0) return spentMicros > 0 ? 100 : 0;
  return Math.round((spentMicros / limitMicros) * 10_000) / 100; // two decimals, like the seed's 24.86
}

export function alertLevel(pct: number, t: AlertThresholds): AlertLevel {
  if (pct >= t.critical) return "CRITICAL";
  if (pct >= t.warning) return "WARNING";
  if (pct >= t.notice) return "NOTICE";
  return "OK";
}

/**
 * Month-end burn: the month's spend so far, at its average daily rate (today counted as a whole
 * day), over the whole month. The seed's example: 12.43 spent on day 1 of a 30-day month → 372.90.
 */
export function projectedMonthMicros(monthToDateMicros: number, at: Date): number {
  return Math.round((monthToDateMicros / at.getUTCDate()) * daysInMonth(at));
}
