// Money is kept in integer micro-dollars (US$ × 10^6) and shown as an exact decimal string:
// totals are integer sums, so they equal the sum of their records to the last digit.
const MICROS = 1_000_000;

/** 12430000 → "12.43"; 1 → "0.000001"; 0 → "0" */
export function microsToDecimal(micros: number): string {
  const sign = micros < 0 ? "-" : "";
  const abs = Math.abs(Math.round(micros));
  const whole = Math.floor(abs / MICROS);
  const fraction = String(abs % MICROS).padStart(6, "0").replace(/0+$/, "");
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** "12.43" → 12430000; refuses more than six decimals or anything that is not a plain decimal. */
export function decimalToMicros(value: string): number | null {
  const match = /^(-?)(\d+)(?:\.(\d{1,6}))?$/.exec(value.trim());
  if (!match) return null;
  const micros = Number(match[2]) * MICROS + Number((match[3] ?? "").padEnd(6, "0"));
  return match[1] ? -micros : micros;
}

/** For REST bodies, which the seeds show as JSON numbers (45.67). */
export function microsToNumber(micros: number): number {
  return Number(microsToDecimal(micros));
}
