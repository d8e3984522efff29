// The services' event streams that the legacy sockets relay, opened with the socket's principal: each
// service checks access when the stream opens (the same calls graphql-ws subscriptions make), and the
// scope each needs is the one the GraphQL permission layer asks for the matching subscription.
import { hasScope, type Principal, type Scope } from "../../domain/auth/principal.js";
import type { Services } from "../../domain/services.js";
import { AppError } from "../../errors.js";
import type { AgentStatusChangedEvent, MessageAddedEvent, SessionUpdatedEvent } from "../../events.js";

export function requireScope(principal: Principal, scope: Scope): void {
  if (!hasScope(principal, scope)) throw new AppError("insufficient_permissions", { details: { required_scope: scope } });
}

function optionalId(filter: Record<string, unknown>, key: string): string | null {
  const value = filter[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || !value) throw new AppError("VALIDATION_ERROR", { message: `filter.${key} must be a string`, details: { fields: [{ field: `filter.${key}`, message: "must be a string" }] } });
  return value;
}

function requiredId(filter: Record<string, unknown>, key: string): string {
  const value = optionalId(filter, key);
  if (!value) throw new AppError("VALIDATION_ERROR", { message: `filter.${key} is required`, details: { fields: [{ field: `filter.${key}`, message: "is required" }] } });
  return value;
}

/** Status changes of one agent (`agent_id`) or of every agent the principal may see. */
export async function agentStatusStream(services: Services, principal: Principal, filter: Record<string, unknown>): Promise<AsyncIterableIterator<AgentStatusChangedEvent>> {
  requireScope(principal, "agents:read");
  return services.agents.statusChanges(principal, optionalId(filter, "agent_id"));
}

/** New messages of one channel (`channel_id`), checked to be visible now. */
export async function channelMessageStream(services: Services, principal: Principal, filter: Record<string, unknown>): Promise<AsyncIterableIterator<MessageAddedEvent>> {
  requireScope(principal, "messages:read");
  return services.channels.stream(principal, requiredId(filter, "channel_id"), null);
}

/** Events of one session (`session_id`): the principal's own, or any for an admin. */
export async function sessionStream(services: Services, principal: Principal, filter: Record<string, unknown>): Promise<AsyncIterableIterator<SessionUpdatedEvent>> {
  requireScope(principal, "sessions:read");
  return services.sessions.updates(principal, requiredId(filter, "session_id"));
}

export function filterOf(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new AppError("VALIDATION_ERROR", { message: "filter must be an object", details: { fields: [{ field: "filter", message: "must be an object" }] } });
  return value as Record<string, unknown>;
}
