// Sessions in the two documented shapes: seed 001 (/api/v1, snake_case, lower-case status) and the
// elizaOS-style Sessions API (/api/messaging, camelCase).
import type { RestSessionFragment } from "../../generated/graphql/graphql.js";

/** The Session object of seed 001 "Data Models", plus the timeout fields. */
export function presentSession(s: RestSessionFragment) {
  return {
    session_id: s.id,
    agent_id: s.agent.id,
    user_id: s.userId,
    created_at: s.createdAt,
    expires_at: s.expiresAt,
    status: s.status.toLowerCase(),
    context: s.context,
    message_count: s.messageCount,
    last_activity: s.lastActivity,
    time_remaining: s.timeRemaining,
    is_near_expiration: s.isNearExpiration,
    renewal_count: s.renewalCount,
    ended_at: s.endedAt ?? null,
    summary: s.summary ?? null,
    timeout_config: {
      timeout_minutes: s.timeoutConfig.timeoutMinutes,
      auto_renew: s.timeoutConfig.autoRenew,
      max_duration_minutes: s.timeoutConfig.maxDurationMinutes,
      warning_threshold_minutes: s.timeoutConfig.warningThresholdMinutes,
    },
  };
}

/** The elizaOS Sessions API session object. */
export function presentSessionCamel(s: RestSessionFragment) {
  return {
    sessionId: s.id,
    agentId: s.agent.id,
    userId: s.userId,
    status: s.status.toLowerCase(),
    createdAt: s.createdAt,
    lastActivity: s.lastActivity,
    expiresAt: s.expiresAt,
    timeRemaining: s.timeRemaining * 1000, // milliseconds, as the JavaScript clients of this API compute it
    isNearExpiration: s.isNearExpiration,
    renewalCount: s.renewalCount,
    messageCount: s.messageCount,
    timeoutConfig: s.timeoutConfig,
    metadata: s.context,
  };
}
