// Seed 002 "WebSocket Protocol" at /ws/v1/connect. Flow: connect → {"type": "auth", "token"} within
// the auth timeout → {"type": "auth", "status": "authenticated"} → {"type": "command", "id", "command",
// "params"} answered by {"type": "response", "id", …} (with {"type": "stream"} pieces first when the
// answer streams); "status" messages for subscribed agents and sessions; "error" messages in seed 002's
// error shape; "heartbeat" both ways.
import type { IncomingMessage } from "node:http";
import type { WebSocket } from "ws";
import type { Principal } from "../../domain/auth/principal.js";
import { AppError } from "../../errors.js";
import { newRequestId } from "../../http/request-id.js";
import { agentStatusStream, filterOf, requireScope, sessionStream } from "./events.js";
import { CLOSE, LegacySocket, describeError, type LegacyDeps } from "./socket.js";

const COMMANDS = ["subscribe", "unsubscribe", "send_message", "get_agent_status"] as const;

/** Session events reported as a status (the session's life), with the status it means. */
const SESSION_STATUS: Record<string, string> = { WARNING: "active", RENEWED: "active", EXPIRED: "expired", ENDED: "ended" };

function stringParam(params: Record<string, unknown>, key: string, required: boolean): string | null {
  const value = params[key];
  if ((value === undefined || value === null) && !required) return null;
  if (typeof value !== "string" || !value) {
    throw new AppError("VALIDATION_ERROR", { message: `params.${key} ${required ? "is required" : "must be a string"}`, details: { fields: [{ field: `params.${key}`, message: required ? "is required" : "must be a string" }] } });
  }
  return value;
}

export function acceptSeed002(ws: WebSocket, req: IncomingMessage, deps: LegacyDeps, sockets: Set<LegacySocket>): void {
  const { services, logger, clock } = deps;
  const now = () => clock.now().toISOString();
  const socket = new LegacySocket(ws, req, deps, () => socket.principal && socket.send({ type: "heartbeat", timestamp: now() }));
  sockets.add(socket);
  ws.once("close", () => sockets.delete(socket));
  let counter = 0;
  let authenticating: Promise<void> | null = null;

  const authTimer = setTimeout(() => socket.close(CLOSE.timeout, "authentication timeout"), deps.options.authTimeoutMs);
  authTimer.unref();
  ws.once("close", () => clearTimeout(authTimer));

  const error = (failure: AppError, id?: unknown) =>
    socket.send({
      type: "error",
      ...(typeof id === "string" || typeof id === "number" ? { id } : {}),
      error: { code: failure.code, message: failure.message, details: failure.details, timestamp: now(), traceId: newRequestId() },
    });
  const respond = (id: unknown, command: string, data: unknown) => socket.send({ type: "response", id, command, success: true, data, timestamp: now() });

  async function authenticate(message: Record<string, unknown>) {
    try {
      if (typeof message.token !== "string" || !message.token.trim()) throw new AppError("AUTH_FAILED", { message: "auth needs a token (API key or access token)" });
      const principal = await services.auth.authenticate(`Bearer ${message.token.trim()}`);
      if (principal.kind === "anonymous") throw new AppError("AUTH_FAILED");
      clearTimeout(authTimer);
      socket.authenticated(principal);
      socket.send({
        type: "auth",
        status: "authenticated",
        ...(message.id !== undefined ? { id: message.id } : {}),
        data: { principal: { id: principal.id, name: principal.name, kind: principal.kind, roles: principal.roles, tier: principal.tier }, heartbeat_interval_ms: deps.options.heartbeatMs },
        timestamp: now(),
      });
    } catch (failure) {
      const refused = failure instanceof AppError;
      error(describeError(failure, logger), message.id);
      socket.close(refused ? CLOSE.unauthorized : CLOSE.internal, refused ? failure.message.slice(0, 120) : "internal error");
    }
  }

  async function subscribe(principal: Principal, params: Record<string, unknown>): Promise<unknown> {
    const topic = params.topic ?? "agent_status";
    const id = `sub_${++counter}`;
    if (topic === "agent_status") {
      const filter = { agent_id: stringParam(params, "agent_id", false) };
      socket.subscribe(id, await agentStatusStream(services, principal, filter), (e) =>
        socket.send({ type: "status", subscription_id: id, data: { kind: "agent", agent_id: e.agentId, status: e.status.toLowerCase(), previous_status: e.previousStatus.toLowerCase() }, timestamp: e.changedAt }),
      );
    } else if (topic === "session_status") {
      const sessionId = stringParam(params, "session_id", true)!;
      socket.subscribe(id, await sessionStream(services, principal, filterOf({ session_id: sessionId })), (e) => {
        const status = SESSION_STATUS[e.kind];
        if (status) socket.send({ type: "status", subscription_id: id, data: { kind: "session", session_id: e.sessionId, status, event: e.kind.toLowerCase() }, timestamp: e.at });
      });
    } else {
      throw new AppError("VALIDATION_ERROR", { message: "params.topic must be agent_status or session_status", details: { fields: [{ field: "params.topic", message: "is not a known topic" }] } });
    }
    return { subscription_id: id, topic };
  }

  /**
   * To an agent (no session needed; the answer streams from the runtime) or to a session (through the
   * session service; its answer streams as the session's RESPONSE_DELTA events).
   */
  async function sendMessage(principal: Principal, id: unknown, params: Record<string, unknown>): Promise<unknown> {
    const content = stringParam(params, "content", true)!;
    const sessionId = stringParam(params, "session_id", false);
    const agentId = stringParam(params, "agent_id", !sessionId);
    let index = 0;
    const stream = (delta: string) => socket.send({ type: "stream", id, data: { delta, index: index++ }, timestamp: now() });
    if (!sessionId) {
      const result = await services.chat.messageAgent(principal, agentId!, { message: content }, { onDelta: stream });
      return { agent_id: result.agentId, session_id: null, response: result.response, model: result.model, usage: result.usage && { input_tokens: result.usage.inputTokens, output_tokens: result.usage.outputTokens, cost: result.usage.cost } };
    }
    const updates = await services.sessions.updates(principal, sessionId);
    const relay = (async () => {
      for await (const event of updates) if (event.kind === "RESPONSE_DELTA" && event.delta) stream(event.delta);
    })();
    try {
      const session = await services.sessions.get(principal, sessionId);
      if (agentId && session.agentId !== agentId) throw new AppError("session_not_found", { message: "The session belongs to another agent", details: { session_id: sessionId } });
      const sent = await services.sessions.sendMessage(principal, sessionId, { content });
      return { agent_id: session.agentId, session_id: sessionId, response: sent.response, model: sent.model, message_id: sent.agentMessage.id, context_update: sent.contextUpdate };
    } finally {
      await updates.return?.();
      await relay;
    }
  }

  async function command(message: Record<string, unknown>) {
    const principal = socket.principal!;
    const id = message.id;
    const name = message.command as (typeof COMMANDS)[number];
    if (typeof id !== "string" && typeof id !== "number") throw new AppError("VALIDATION_ERROR", { message: "A command needs an id (string or number) to correlate its response", details: { fields: [{ field: "id", message: "is required" }] } });
    if (!(COMMANDS as readonly unknown[]).includes(name)) throw new AppError("unknown_command", { message: `Unknown command: ${JSON.stringify(name ?? null)}`, details: { commands: COMMANDS } });
    const params = filterOf(message.params);
    const refusal = await socket.charge(name === "send_message" ? "message" : "read");
    if (refusal) throw refusal;
    if (name === "subscribe") return respond(id, name, await subscribe(principal, params));
    if (name === "unsubscribe") {
      const subscriptionId = stringParam(params, "subscription_id", true)!;
      if (!socket.unsubscribe(subscriptionId)) throw new AppError("VALIDATION_ERROR", { message: "params.subscription_id names no subscription of this socket", details: { open: socket.subscriptionIds() } });
      return respond(id, name, { subscription_id: subscriptionId });
    }
    if (name === "send_message") return respond(id, name, await sendMessage(principal, id, params));
    requireScope(principal, "agents:read");
    const agent = await services.agents.get(principal, stringParam(params, "agent_id", true)!);
    return respond(id, name, {
      agent_id: agent.id,
      name: agent.name,
      status: agent.status.toLowerCase(),
      started_at: agent.startedAt?.toISOString() ?? null,
      stopped_at: agent.stoppedAt?.toISOString() ?? null,
      last_active: agent.lastActive?.toISOString() ?? null,
    });
  }

  ws.on("message", (raw, isBinary) => {
    (async () => {
      let message: Record<string, unknown>;
      try {
        const parsed: unknown = JSON.parse(isBinary ? "" : String(raw));
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
        message = parsed as Record<string, unknown>;
      } catch {
        error(new AppError("VALIDATION_ERROR", { message: "Messages must be JSON objects with a type" }));
        return;
      }
      if (message.type === "heartbeat") return; // the client's keepalive: receiving it is what counts
      if (!socket.principal) {
        if (message.type === "auth" && !authenticating) await (authenticating = authenticate(message));
        else if (authenticating) {
          await authenticating;
          if (socket.principal) ws.emit("message", raw, isBinary); // sent right after auth: handle it now, in order
        } else error(new AppError("AUTH_FAILED", { message: "Send {\"type\": \"auth\", \"token\": …} first" }), message.id);
        return;
      }
      try {
        if (message.type === "command") await command(message);
        else if (message.type === "auth") throw new AppError("VALIDATION_ERROR", { message: "Already authenticated" });
        else throw new AppError("unknown_command", { message: `Unknown message type: ${JSON.stringify(message.type ?? null)}`, details: { types: ["auth", "command", "heartbeat"] } });
      } catch (failure) {
        error(describeError(failure, logger), message.id);
      }
    })().catch((failure: unknown) => logger.error({ err: failure }, "legacy socket message failed"));
  });
}
