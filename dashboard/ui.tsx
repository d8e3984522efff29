// Small building blocks shared by the panels: a titled region, error notes, number and time formats.
import type { ComponentChildren } from "preact";
import type { ApiError } from "./api.js";

export function Panel({ id, title, wide, children }: { id: string; title: string; wide?: boolean; children: ComponentChildren }) {
  return (
    <section class={wide ? "panel wide" : "panel"} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/** Why a panel is empty: what this key may not see, or what failed. */
export function Problem({ error }: { error: ApiError | undefined }) {
  if (!error) return null;
  const text = error.code === "insufficient_permissions" ? "This key may not see this." : `Could not load: ${error.message}`;
  return <p class="problem" role="status">{text}</p>;
}

export const Loading = () => <p class="muted">Loading…</p>;

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Fractions of a cent (a single cheap model call) stay visible. */
const usdSmall = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumSignificantDigits: 3 });
export function money(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  const amount = Number(value);
  return (amount !== 0 && Math.abs(amount) < 0.01 ? usdSmall : usd).format(amount);
}

export const percent = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;

const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
const dateTime = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });

/** A timestamp as a person reads it: the time today, the date otherwise; the full ISO text on hover. */
export function When({ at }: { at: string | null | undefined }) {
  if (!at) return <span class="muted">—</span>;
  const date = new Date(at);
  const today = date.toDateString() === new Date().toDateString();
  return <time dateTime={at} title={at}>{(today ? time : dateTime).format(date)}</time>;
}

/** The browser's UTC day, YYYY-MM-DD (when the server's is not available to this key). */
export const browserDay = () => new Date().toISOString().slice(0, 10);

/** The start (ISO, UTC) of `day` or of a day `daysAgo` before it. */
export function dayStart(day: string, daysAgo = 0): string {
  const start = new Date(`${day}T00:00:00.000Z`);
  start.setUTCDate(start.getUTCDate() - daysAgo);
  return start.toISOString();
}
