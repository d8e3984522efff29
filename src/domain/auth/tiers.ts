// Seed 002 tier limits.
import type { Tier } from "./principal.js";

export interface TierLimits {
  requestsPerHour: number;
  concurrentSessions: number;
  /** Largest prompt (tokens) a model call may send. */
  contextTokens: number;
}

export const TIER_LIMITS: Record<Tier, TierLimits> = {
  free: { requestsPerHour: 100, concurrentSessions: 1, contextTokens: 32_000 },
  pro: { requestsPerHour: 1000, concurrentSessions: 5, contextTokens: 128_000 },
  enterprise: { requestsPerHour: Infinity, concurrentSessions: Infinity, contextTokens: 200_000 },
};
