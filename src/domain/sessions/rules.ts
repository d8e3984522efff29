// Session timeouts (seed 001 Sessions API): the allowed ranges, and when a session expires.
import { AppError } from "../../errors.js";

export const SESSION_STATUSES = ["ACTIVE", "EXPIRED", "ENDED"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export interface TimeoutConfig {
  timeoutMinutes: number;
  autoRenew: boolean;
  maxDurationMinutes: number;
  warningThresholdMinutes: number;
}

const TIMEOUT_RULES = {
  timeoutMinutes: { min: 5, max: 1440, default: 30 },
  maxDurationMinutes: { max: 2880, default: 720 },
  warningThresholdMinutes: { min: 1, default: 5 },
  autoRenew: { default: true },
} as const;

export type TimeoutConfigInput = Partial<{ [K in keyof TimeoutConfig]: TimeoutConfig[K] | null }>;

/** Fills defaults and checks ranges; out-of-range values are refused, never clamped. */
export function resolveTimeoutConfig(input: TimeoutConfigInput | null | undefined): TimeoutConfig {
  const config: TimeoutConfig = {
    timeoutMinutes: input?.timeoutMinutes ?? TIMEOUT_RULES.timeoutMinutes.default,
    autoRenew: input?.autoRenew ?? TIMEOUT_RULES.autoRenew.default,
    maxDurationMinutes: input?.maxDurationMinutes ?? TIMEOUT_RULES.maxDurationMinutes.default,
    warningThresholdMinutes: input?.warningThresholdMinutes ?? TIMEOUT_RULES.warningThresholdMinutes.default,
  };
  const problems: { field: string; message: string; allowed: { min: number; max: number } }[] = [];
  const check = (field: keyof TimeoutConfig, value: number, min: number, max: number) => {
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push({ field: `timeoutConfig.${field}`, message: `must be a whole number from ${min} to ${max} minutes`, allowed: { min, max } });
    }
  };
  const t = TIMEOUT_RULES;
  check("timeoutMinutes", config.timeoutMinutes, t.timeoutMinutes.min, t.timeoutMinutes.max);
  // The other two are bounded by the timeout; against an invalid timeout, only their own limits apply.
  const timeout = problems.length ? null : config.timeoutMinutes;
  check("maxDurationMinutes", config.maxDurationMinutes, timeout ?? t.timeoutMinutes.min, t.maxDurationMinutes.max);
  check("warningThresholdMinutes", config.warningThresholdMinutes, t.warningThresholdMinutes.min, timeout ?? t.timeoutMinutes.max);
  if (problems.length) throw new AppError("invalid_timeout_config", { details: { fields: problems } });
  return config;
}

const MINUTE = 60_000;

/** The latest moment a session may live: createdAt + maxDuration. */
export function hardLimit(session: { createdAt: Date; maxDurationMinutes: number }): Date {
  return new Date(session.createdAt.getTime() + session.maxDurationMinutes * MINUTE);
}

/** Expiry counted from `from` (last activity, or a renewal), never past the maximum duration. */
export function expiryFrom(from: Date, session: { createdAt: Date; timeoutMinutes: number; maxDurationMinutes: number }): Date {
  return new Date(Math.min(from.getTime() + session.timeoutMinutes * MINUTE, hardLimit(session).getTime()));
}

export function warnAtFor(expiresAt: Date, warningThresholdMinutes: number): Date {
  return new Date(expiresAt.getTime() - warningThresholdMinutes * MINUTE);
}

export const MESSAGE_RULES = { maxContentLength: 4000, maxMetadataBytes: 10 * 1024, maxContextBytes: 256 * 1024 };

/** Seed rules for a message: content required, ≤ 4000 characters; metadata ≤ 10 KB. */
export function checkMessageContent(content: string, metadata: unknown): void {
  const fields: { field: string; message: string }[] = [];
  if (!content.trim()) fields.push({ field: "content", message: "is required" });
  else if (content.length > MESSAGE_RULES.maxContentLength) {
    fields.push({ field: "content", message: `must be at most ${MESSAGE_RULES.maxContentLength} characters (got ${content.length})` });
  }
  if (metadata !== null && metadata !== undefined) {
    const bytes = Buffer.byteLength(JSON.stringify(metadata));
    if (bytes > MESSAGE_RULES.maxMetadataBytes) fields.push({ field: "metadata", message: `must be at most 10 KB of JSON (got ${bytes} bytes)` });
  }
  if (fields.length) throw new AppError("invalid_message_content", { details: { fields } });
}
