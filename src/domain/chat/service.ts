// Conversations with agents (or catalogue models) that need no session first: OpenAI-compatible chat
// completions (seed 004), "message agents" (seed 004) and the seed-002 socket's send_message. Every
// answer goes through the one runtime, so it is budgeted, rate-limited per provider, recorded as usage
// and counted in the agent's metrics like any other model call. Who may see an agent is the agent
// service's rule: this service only ever reaches agents through it.
import { randomBytes } from "node:crypto";
import type { Clock } from "../../clock.js";
import type { Agent } from "../../generated/sqlite/client.js";
import { AppError } from "../../errors.js";
import { hasScope, type Principal, type Scope } from "../auth/principal.js";
import { DEFAULT_AGENT_CONFIG } from "../agents/rules.js";
import type { createAgentService } from "../agents/service.js";
import type { ModelCatalogue } from "../runtime/catalogue.js";
import type { AgentRuntime, Answer } from "../runtime/runtime.js";
import type { createSessionService } from "../sessions/service.js";
import { checkMessageContent } from "../sessions/rules.js";
import { parseChatRequest, type ChatCall } from "./request.js";

export interface ChatServiceDeps {
  agents: ReturnType<typeof createAgentService>;
  sessions: ReturnType<typeof createSessionService>;
  runtime: AgentRuntime;
  catalogue: ModelCatalogue;
  clock: Clock;
}

export interface ChatCompletion {
  /** `chatcmpl-…`, the same on every chunk of a stream. */
  id: string;
  created: number;
  /** As the client named it (an agent's id or name, or a catalogue model). */
  model: string;
  text: string;
  finishReason: "stop" | "length";
  usage: { promptTokens: number; completionTokens: number };
}

export interface ModelListing {
  id: string;
  created: number;
  ownedBy: string;
  /** Agents also answer to their name. */
  agent?: { id: string; name: string; type: string; status: string; model: string };
}

export interface AgentMessageResult {
  agentId: string;
  sessionId: string | null;
  response: string;
  model: string;
  messageId: string | null;
  /** The call's tokens and cost; null when the message continued a session (see the session's usage). */
  usage: { inputTokens: number; outputTokens: number; cost: number } | null;
  timestamp: Date;
}

/** A checked request, its target and the id and time its answer (every chunk of it) carries. */
interface PreparedCall extends ChatCall {
  id: string;
  created: number;
  target: { agent: Agent; direct: boolean };
}

interface Streaming {
  onDelta?: (text: string) => void;
  /** Aborting stops the provider call; the call is recorded with what it consumed and its budget hold settled. */
  signal?: AbortSignal;
}

function requireScope(actor: Principal, scope: Scope) {
  if (actor.kind === "anonymous") throw new AppError("AUTH_FAILED", { message: "Authentication required: send Authorization: Bearer <API key or access token>" });
  if (!hasScope(actor, scope)) throw new AppError("insufficient_permissions", { details: { required_scope: scope } });
}

const modelNotFound = (model: string) =>
  new AppError("model_not_found", { message: `The model '${model}' does not exist or you do not have access to it`, details: { param: "model", model } });

export function createChatService({ agents, sessions, runtime, catalogue, clock }: ChatServiceDeps) {
  /** An agent by id or unique name (as the agent service lets `actor` see it), else a catalogue model. */
  async function target(actor: Principal, model: string): Promise<{ agent: Agent; direct: boolean }> {
    // Not visible (or no such agent) reads as "no such model"; a database failure stays what it is.
    const hidden = (error: unknown) => {
      if (error instanceof AppError) return null;
      throw error;
    };
    const byId = model.startsWith("agt_") ? await agents.get(actor, model).catch(hidden) : null;
    const agent = byId ?? (await agents.findByName(actor, model).catch(hidden));
    if (agent) return { agent, direct: false };
    const entry = catalogue.resolve(model);
    const listed = catalogue.list().some((m) => m.name === model);
    if (!listed && entry.provider !== "openai") throw modelNotFound(model);
    // A catalogue model carries the default settings an agent would; the call's own override them.
    const stand = { ...DEFAULT_AGENT_CONFIG, id: `model:${model}`, name: model, type: "", skills: [], model, status: "RUNNING" };
    return { agent: stand as unknown as Agent, direct: true };
  }

  const completionId = () => `chatcmpl-${randomBytes(12).toString("base64url")}`;

  return {
    /** Checks the request and who may make it, before any stream is opened: errors here are the HTTP answer. */
    async prepare(actor: Principal, body: unknown): Promise<PreparedCall> {
      requireScope(actor, "sessions:write");
      const call = parseChatRequest(body);
      return { ...call, id: completionId(), created: Math.floor(clock.now().getTime() / 1000), target: await target(actor, call.model) };
    },

    /** Answers a prepared call; `onDelta` sees the text as the provider streams it. */
    async complete(actor: Principal, call: PreparedCall, { onDelta, signal }: Streaming = {}): Promise<ChatCompletion> {
      const answer: Answer = await runtime.answer({
        actor,
        agent: call.target.agent,
        direct: call.target.direct,
        purpose: "CHAT_COMPLETION",
        task: "reply",
        history: call.history,
        overrides: call.overrides,
        onDelta,
        signal,
      });
      return {
        id: call.id,
        created: call.created,
        model: call.model,
        text: answer.text,
        finishReason: answer.finishReason,
        usage: { promptTokens: answer.inputTokens, completionTokens: answer.outputTokens },
      };
    },

    /** Visible agents, then the catalogue's models (OpenAI's GET /v1/models). */
    async listModels(actor: Principal): Promise<ModelListing[]> {
      requireScope(actor, "agents:read");
      const visible = await agents.list(actor, { orderBy: { field: "createdAt", direction: "asc" } }, { take: 1_000 });
      const startedAt = Math.floor(clock.now().getTime() / 1000);
      return [
        ...visible.map((a) => ({
          id: a.id,
          created: Math.floor(a.createdAt.getTime() / 1000),
          ownedBy: "agent",
          agent: { id: a.id, name: a.name, type: a.type, status: a.status, model: a.model },
        })),
        ...catalogue.list().map((m) => ({ id: m.name, created: startedAt, ownedBy: m.provider === "openai" ? "openai" : "system" })),
      ];
    },

    async getModel(actor: Principal, model: string): Promise<ModelListing> {
      const listing = (await this.listModels(actor)).find((m) => m.id === model || m.agent?.name === model);
      if (!listing) throw modelNotFound(model);
      return listing;
    },

    /**
     * Seed 004 "message agents": one answer, no session needed. With `sessionId` the message continues
     * that session (it must be the agent's), through the session service and its rules.
     */
    async messageAgent(actor: Principal, agentId: string, input: { message: unknown; sessionId?: unknown }, { onDelta, signal }: Streaming = {}): Promise<AgentMessageResult> {
      requireScope(actor, "sessions:write");
      if (typeof input.message !== "string") {
        throw new AppError("invalid_message_content", { message: "message is required", details: { fields: [{ field: "message", message: "is required" }] } });
      }
      if (input.sessionId !== undefined && input.sessionId !== null && typeof input.sessionId !== "string") {
        throw new AppError("VALIDATION_ERROR", { details: { fields: [{ field: "sessionId", message: "must be a string" }] } });
      }
      checkMessageContent(input.message, null);
      const agent = await agents.get(actor, agentId);
      if (input.sessionId) {
        const sessionId = input.sessionId;
        const session = await sessions.get(actor, sessionId);
        if (session.agentId !== agent.id) throw new AppError("session_not_found", { message: "The session belongs to another agent", details: { session_id: sessionId } });
        const sent = await sessions.sendMessage(actor, sessionId, { content: input.message });
        return { agentId: agent.id, sessionId, response: sent.response, model: sent.model, messageId: sent.agentMessage.id, usage: null, timestamp: sent.timestamp };
      }
      const answer = await runtime.answer({ actor, agent, purpose: "AGENT_MESSAGE", task: "reply", history: [{ role: "user", content: input.message }], onDelta, signal });
      return {
        agentId: agent.id,
        sessionId: null,
        response: answer.text,
        model: answer.model,
        messageId: null,
        usage: { inputTokens: answer.inputTokens, outputTokens: answer.outputTokens, cost: answer.costMicros / 1e6 },
        timestamp: clock.now(),
      };
    },
  };
}

export type ChatService = ReturnType<typeof createChatService>;
