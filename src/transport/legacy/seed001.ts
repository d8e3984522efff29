// Seed 001 "WebSocket Real-Time Communication": `/v1/ws?token=<API key or JWT>`. Events are
// {"event", "data"} exactly as the seed documents them (agent_status_update, new_message,
// session_update); commands are {"command": "subscribe" | "unsubscribe" | "send_message", …}.
// Confirmations and errors use the same {"event", "data"} envelope.
import type { IncomingMessage } from "node:http";
import type { WebSocket } from "ws";
import { AppError } from "../../errors.js";
import { agentStatusStream, channelMessageStream, filterOf, requireScope, sessionStream } from "./events.js";
import { CLOSE, LegacySocket, describeError, type LegacyDeps } from "./socket.js";

/** The seed's event types, and the names clients subscribe with (the seed's diagram says `agent_status`). */
const EVENT_TYPES: Record<string, "agent_status_update" | "new_message" | "session_update"> = {
  agent_status: "agent_status_update",
  agent_status_update: "agent_status_update",
  new_message: "new_message",
  session_update: "session_update",
};

/** Session events that change what a session_update shows (its context, or its life); not the answer's deltas. */
const SESSION_UPDATE_KINDS = new Set(["CONTEXT_UPDATED", "WARNING", "RENEWED", "EXPIRED", "ENDED"]);

function tokenOf(req: IncomingMessage): string | null {
  const token = new URL(req.url ?? "/", "http://socket").searchParams.get("token");
  return token && token.trim() ? token.trim() : null;
}

export function acceptSeed001(ws: WebSocket, req: IncomingMessage, deps: LegacyDeps, sockets: Set<LegacySocket>): void {
  const { services, logger } = deps;
  const socket = new LegacySocket(ws, req, deps);
  sockets.add(socket);
  ws.once("close", () => sockets.delete(socket));
  let counter = 0;

  const error = (failure: AppError, command?: unknown) =>
    socket.send({ event: "error", data: { code: failure.code, message: failure.message, details: failure.details, ...(typeof command === "string" ? { command } : {}) } });

  async function subscribe(message: Record<string, unknown>) {
    const principal = socket.principal!;
    const type = EVENT_TYPES[String(message.event_type)];
    if (!type) {
      throw new AppError("VALIDATION_ERROR", {
        message: "event_type must be one of agent_status_update, new_message, session_update",
        details: { fields: [{ field: "event_type", message: "is not a known event type" }] },
      });
    }
    const filter = filterOf(message.filter);
    const refusal = await socket.charge("read");
    if (refusal) throw refusal;
    const id = `sub_${++counter}`;
    if (type === "agent_status_update") {
      socket.subscribe(id, await agentStatusStream(services, principal, filter), (e) =>
        socket.send({ event: "agent_status_update", data: { agent_id: e.agentId, status: e.status.toLowerCase(), timestamp: e.changedAt } }),
      );
    } else if (type === "new_message") {
      socket.subscribe(id, await channelMessageStream(services, principal, filter), async (e) => {
        const m = await services.channels.findMessage(principal, e.messageId);
        if (!m) return;
        socket.send({ event: "new_message", data: { channel_id: e.channelId, message: { message_id: m.id, sender_id: m.senderId, content: m.content, sent_at: m.sentAt.toISOString() } } });
      });
    } else {
      socket.subscribe(id, await sessionStream(services, principal, filter), async (e) => {
        if (!SESSION_UPDATE_KINDS.has(e.kind)) return;
        const session = await services.sessions.get(principal, e.sessionId);
        socket.send({ event: "session_update", data: { session_id: e.sessionId, context: session.context, timestamp: e.at } });
      });
    }
    socket.send({ event: "subscribed", data: { subscription_id: id, event_type: type, filter } });
  }

  function unsubscribe(message: Record<string, unknown>) {
    const id = message.subscription_id;
    if (typeof id !== "string" || !socket.unsubscribe(id)) {
      throw new AppError("VALIDATION_ERROR", { message: "subscription_id names no subscription of this socket", details: { fields: [{ field: "subscription_id", message: "is not an open subscription" }], open: socket.subscriptionIds() } });
    }
    socket.send({ event: "unsubscribed", data: { subscription_id: id } });
  }

  /** Posts through the channel service: the same rules, limits and agent replies as REST. */
  async function sendMessage(message: Record<string, unknown>) {
    const principal = socket.principal!;
    requireScope(principal, "messages:write");
    if (typeof message.channel_id !== "string" || typeof message.content !== "string") {
      throw new AppError("VALIDATION_ERROR", { message: "channel_id and content are required strings", details: { fields: [{ field: typeof message.channel_id !== "string" ? "channel_id" : "content", message: "is required" }] } });
    }
    const refusal = await socket.charge("message");
    if (refusal) throw refusal;
    const m = await services.channels.send(principal, message.channel_id, { content: message.content });
    socket.send({ event: "message_sent", data: { channel_id: m.channelId, message: { message_id: m.id, sender_id: m.senderId, content: m.content, sent_at: m.sentAt.toISOString() } } });
  }

  // Commands wait for authentication (a client may send its first subscribe right after opening).
  const ready = (async () => {
    const token = tokenOf(req);
    try {
      if (!token) throw new AppError("AUTH_FAILED", { message: "token query parameter is required" });
      const principal = await services.auth.authenticate(`Bearer ${token}`);
      socket.authenticated(principal);
      socket.send({ event: "connected", data: { principal_id: principal.id, heartbeat_interval_ms: deps.options.heartbeatMs, timestamp: deps.clock.now().toISOString() } });
    } catch (failure) {
      const refused = failure instanceof AppError;
      if (!refused) logger.error({ err: failure }, "legacy socket authentication failed");
      socket.close(refused ? CLOSE.unauthorized : CLOSE.internal, refused ? failure.message.slice(0, 120) : "internal error");
    }
  })();

  ws.on("message", (raw, isBinary) => {
    (async () => {
      await ready;
      if (!socket.principal || ws.readyState !== ws.OPEN) return;
      let message: Record<string, unknown>;
      try {
        const parsed: unknown = JSON.parse(isBinary ? "" : String(raw));
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
        message = parsed as Record<string, unknown>;
      } catch {
        error(new AppError("VALIDATION_ERROR", { message: "Messages must be JSON objects" }));
        return;
      }
      try {
        if (message.command === "subscribe") await subscribe(message);
        else if (message.command === "unsubscribe") unsubscribe(message);
        else if (message.command === "send_message") await sendMessage(message);
        else throw new AppError("unknown_command", { message: `Unknown command: ${JSON.stringify(message.command ?? null)}`, details: { commands: ["subscribe", "unsubscribe", "send_message"] } });
      } catch (failure) {
        error(describeError(failure, logger), message.command);
      }
    })().catch((failure: unknown) => logger.error({ err: failure }, "legacy socket message failed"));
  });
}
