// A clock tests move by hand: expiry, budgets and timeouts are tested without sleeping.
import type { Clock } from "../../src/clock.js";

export class FakeClock implements Clock {
  private current: number;

  constructor(start: Date | string = "2026-03-02T09:00:00.000Z") {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): Date {
    this.current += ms;
    return this.now();
  }

  set(at: Date | string): Date {
    this.current = new Date(at).getTime();
    return this.now();
  }
}

export const minutes = (n: number) => n * 60_000;
export const hours = (n: number) => n * 3_600_000;
