// The agent runtime: the one place a model is called. It picks the provider from the agent's
// config.model, fits the conversation into the caller's tier context size, streams the answer,
// and records what the call cost (UsageRecord) together with the agent's performance counters.
import { performance } from "node:perf_hooks";
import type { Clock } from "../../clock.js";
import type { Db, Prisma } from "../../db.js";
import type { Agent } from "../../generated/sqlite/client.js";
import { AppError } from "../../errors.js";
import { newId } from "../../ids.js";
import type { Logger } from "../../logger.js";
import { NO_TELEMETRY, type DomainTelemetry } from "../../telemetry/hooks.js";
import type { Principal } from "../auth/principal.js";
import { TIER_LIMITS } from "../auth/tiers.js";
import { dayOf } from "../budget/rules.js";
import type { BudgetService, Reservation } from "../budget/service.js";
import type { RateLimitService } from "../ratelimits/service.js";
import type { ModelCatalogue, ProviderName } from "./catalogue.js";
import type { ChatMessage, CompletionRequest, ModelProvider } from "./providers/provider.js";
import { countMessageTokens, countTokens } from "./tokens.js";

type UsagePurpose = "SESSION_MESSAGE" | "SESSION_SUMMARY" | "CHANNEL_REPLY" | "TASK" | "TEAM_MEMBER" | "WORKFLOW_STEP" | "CHAT_COMPLETION" | "AGENT_MESSAGE";

export interface AnswerRequest {
  actor: Principal;
  agent: Agent;
  purpose: UsagePurpose;
  task: CompletionRequest["task"];
  /** The conversation, oldest first, ending with what the agent must answer. */
  history: ChatMessage[];
  context?: Record<string, unknown>;
  links?: { sessionId?: string; channelId?: string; messageId?: string; runId?: string; rootRunId?: string };
  /** Refuse with agent_not_running unless the agent is RUNNING (default true). */
  requireRunning?: boolean;
  onDelta?: (text: string) => void;
  /**
   * The caller already holds the budget for this call (a spawned task reserves its estimate when it is
   * spawned): skip the per-call hold, still book the real cost.
   */
  prepaid?: boolean;
  /** Aborting stops the provider call; the call is recorded with what it consumed, and signal.reason is thrown. */
  signal?: AbortSignal;
  /**
   * Runs inside the transaction that books a successful call: the caller keeps the answer with its cost,
   * so a crash right after cannot lose the answer and have the call made (and paid) again.
   */
  keepAnswer?: (tx: Prisma.TransactionClient, text: string) => Promise<void>;
  /** The caller's own settings for this call over the agent's config (chat completions). */
  overrides?: CallOverrides;
  /**
   * A catalogue model called directly (chat completions naming a model, not an agent): `agent` only
   * carries the model and its defaults — no system prompt of its own, no agent row to count on.
   */
  direct?: boolean;
}

export interface CallOverrides {
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  frequencyPenalty?: number;
  presencePenalty?: number;
  stop?: string[];
}

export interface Answer {
  text: string;
  provider: ProviderName;
  model: string;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  latencyMs: number;
  finishReason: "stop" | "length";
}

export interface RuntimeDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  catalogue: ModelCatalogue;
  providers: Partial<Record<ProviderName, ModelProvider>>;
  budget: BudgetService;
  rateLimits: RateLimitService;
  /** NODE_ENV, reported by systemConfig. */
  environment: string;
  telemetry?: DomainTelemetry;
}

/**
 * The most a call can cost: providers count input tokens their own way (hence the margin), and never
 * write more than max_tokens. Reserving this much is what keeps concurrent calls inside the budget.
 */
function worstCaseTokens(inputTokens: number, maxTokens: number) {
  return { input: Math.ceil(inputTokens * 1.25) + 16, output: maxTokens };
}

function systemPrompt(agent: Agent, context: Record<string, unknown>, task: CompletionRequest["task"]): string {
  const skills = agent.skills as string[];
  return [
    `You are ${agent.name}, an agent of type ${agent.type}.`,
    skills.length ? `Your skills: ${skills.join(", ")}.` : "",
    Object.keys(context).length ? `Conversation context (JSON): ${JSON.stringify(context)}` : "",
    task === "summarize" ? "Summarize the conversation in two sentences." : "Answer helpfully and concisely.",
  ]
    .filter(Boolean)
    .join("\n");
}

/**
 * The system prompt and the newest message must fit the tier's context size; older messages are
 * dropped, oldest first, until the rest fits. Nothing fitting at all is CONTEXT_LIMIT_EXCEEDED.
 */
function fitToContext(system: ChatMessage | null, history: ChatMessage[], limit: number): ChatMessage[] {
  const newest = history[history.length - 1];
  const head = system ? [system] : [];
  const required = countMessageTokens(newest ? [...head, newest] : head);
  if (required > limit) {
    throw new AppError("CONTEXT_LIMIT_EXCEEDED", {
      message: `The prompt needs ${required} tokens; this tier allows ${limit}`,
      details: { tokens: required, limit },
    });
  }
  const kept: ChatMessage[] = [];
  let used = required;
  for (let i = history.length - 2; i >= 0; i--) {
    const cost = 4 + countTokens(history[i]!.content);
    if (used + cost > limit) break;
    used += cost;
    kept.unshift(history[i]!);
  }
  return newest ? [...head, ...kept, newest] : head;
}

/** Why a call was stopped when the server shut down: a request waiting on it answers 503, a task is handed back. */
export class ServerStopping extends AppError {
  constructor() {
    super("SERVICE_UNAVAILABLE", { message: "The server is stopping; try again", details: { retry_after: 1 } });
  }
}

export function createAgentRuntime({ db, clock, logger, catalogue, providers, budget, rateLimits, environment, telemetry = NO_TELEMETRY }: RuntimeDeps) {
  /** Every provider call in flight here, by purpose (shutdown aborts and names them). */
  const inFlight = new Map<symbol, UsagePurpose>();
  const stopping = new AbortController();

  /** The usage record, the agent's counters and the budget's books change together, or not at all. */
  async function record(
    request: AnswerRequest,
    entry: { provider: ProviderName; name: string },
    reservation: Reservation | null,
    outcome: { status: "OK" | "ERROR" | "ABORTED"; inputTokens: number; outputTokens: number; costMicros: number; latencyMs: number },
    text?: string,
  ) {
    const now = clock.now();
    await db.$transaction(async (tx) => {
      await tx.usageRecord.create({
        data: {
          id: newId("use", now),
          createdAt: now,
          day: dayOf(now),
          provider: entry.provider,
          model: entry.name,
          inputTokens: outcome.inputTokens,
          outputTokens: outcome.outputTokens,
          costMicros: outcome.costMicros,
          latencyMs: outcome.latencyMs,
          status: outcome.status,
          purpose: request.purpose,
          principalId: request.actor.id,
          agentId: request.direct ? null : request.agent.id,
          sessionId: request.links?.sessionId ?? null,
          channelId: request.links?.channelId ?? null,
          messageId: request.links?.messageId ?? null,
          runId: request.links?.runId ?? null,
          rootRunId: request.links?.rootRunId ?? null,
        },
      });
      if (!request.direct) {
        await tx.agent.update({
          where: { id: request.agent.id },
          data: {
            requestCount: { increment: 1 },
            ...(outcome.status === "OK" ? { successCount: { increment: 1 } } : outcome.status === "ERROR" ? { errorCount: { increment: 1 } } : {}),
            totalResponseMs: { increment: outcome.latencyMs },
            lastActive: now,
          },
        });
      }
      await budget.settle(tx, reservation, outcome.costMicros);
      if (outcome.status === "OK" && text !== undefined) await request.keepAnswer?.(tx, text);
    });
    telemetry.modelCall({ provider: entry.provider, model: entry.name, ...outcome });
    if (outcome.costMicros > 0) await budget.checkAlert();
  }

  return {
    catalogue,
    environment,

    /**
     * The most a reply by `agent` to `prompt` can cost (micro-dollars), before anything runs: what a
     * spawned task holds against the budget. `extraInputTokens` bounds input not known yet (a team
     * member reads the previous member's answer).
     */
    worstCaseMicros(agent: Agent, prompt: string, extraInputTokens = 0): number {
      const system: ChatMessage = { role: "system", content: systemPrompt(agent, {}, "reply") };
      const tokens = worstCaseTokens(countMessageTokens([system, { role: "user", content: prompt }]) + extraInputTokens, agent.maxTokens);
      return catalogue.costMicros(catalogue.resolve(agent.model), tokens.input, tokens.output);
    },

    /** The providers this server can call (seed 001 system config `llm_providers`). */
    providerNames(): string[] {
      return Object.keys(providers);
    },

    /** Shutdown: every call in flight now and later is aborted (recorded, its hold settled) with ServerStopping. */
    abortAll(): void {
      if (!stopping.signal.aborted) stopping.abort(new ServerStopping());
    },

    /** Calls in flight, by purpose ("TASK", "CHANNEL_REPLY", …). */
    inFlight(): UsagePurpose[] {
      return [...inFlight.values()];
    },

    async answer(request: AnswerRequest): Promise<Answer> {
      const { agent } = request;
      if (stopping.signal.aborted) throw new ServerStopping();
      if ((request.requireRunning ?? true) && agent.status !== "RUNNING") {
        throw new AppError("agent_not_running", {
          message: `Agent ${agent.name} is ${agent.status.toLowerCase()}; start it to converse`,
          details: { agent_id: agent.id, status: agent.status },
        });
      }
      const entry = catalogue.resolve(agent.model);
      const provider = providers[entry.provider];
      if (!provider) throw new AppError("PROVIDER_ERROR", { message: `No ${entry.provider} provider is configured`, details: { provider: entry.provider, model: entry.name } });

      const context = request.context ?? {};
      const system: ChatMessage | null = request.direct ? null : { role: "system", content: systemPrompt(agent, context, request.task) };
      const messages = fitToContext(system, request.history, TIER_LIMITS[request.actor.tier].contextTokens);
      const o = request.overrides ?? {};
      const completion: CompletionRequest = {
        model: entry.name,
        messages,
        temperature: o.temperature ?? agent.temperature,
        maxTokens: o.maxTokens ?? agent.maxTokens,
        topP: o.topP ?? agent.topP,
        frequencyPenalty: o.frequencyPenalty ?? agent.frequencyPenalty,
        presencePenalty: o.presencePenalty ?? agent.presencePenalty,
        persona: { name: agent.name, type: agent.type, skills: agent.skills as string[], context },
        task: request.task,
        ...(o.stop?.length ? { stop: o.stop } : {}),
      };

      // Before the provider is called: hold the worst-case cost against the budget, then take a request
      // of the provider's hourly allowance (giving the hold back if there is none).
      const promptTokens = countMessageTokens(messages);
      const worst = worstCaseTokens(promptTokens, completion.maxTokens);
      const reservation = request.prepaid ? null : await budget.reserve(catalogue.costMicros(entry, worst.input, worst.output));
      try {
        await rateLimits.take(entry.vendor);
      } catch (error) {
        await budget.release(reservation);
        throw error;
      }

      const started = performance.now();
      let streamed = "";
      const onDelta = (delta: string) => {
        streamed += delta;
        request.onDelta?.(delta);
      };
      let result;
      // The caller's signal (cancel, timeout) or the server stopping, whichever comes first.
      const signal = request.signal ? AbortSignal.any([request.signal, stopping.signal]) : stopping.signal;
      const call = Symbol(request.purpose);
      inFlight.set(call, request.purpose);
      try {
        result = await provider.complete(completion, onDelta, signal);
      } catch (error) {
        const latencyMs = Math.round(performance.now() - started);
        if (signal.aborted) {
          // Stopped on purpose (cancelled, timed out, shutdown): what was sent and streamed so far is what
          // it cost; the hold is settled with it.
          const outputTokens = countTokens(streamed);
          const costMicros = catalogue.costMicros(entry, promptTokens, outputTokens);
          await record(request, entry, reservation, { status: "ABORTED", inputTokens: promptTokens, outputTokens, costMicros, latencyMs });
          throw signal.reason;
        }
        await record(request, entry, reservation, { status: "ERROR", inputTokens: promptTokens, outputTokens: 0, costMicros: 0, latencyMs });
        logger.warn({ err: error, provider: entry.provider, model: entry.name, agentId: agent.id }, "model provider call failed");
        throw new AppError("PROVIDER_ERROR", {
          message: `The ${entry.provider} provider could not answer`,
          details: { provider: entry.provider, model: entry.name, reason: (error as Error).message },
        });
      } finally {
        inFlight.delete(call);
      }
      const latencyMs = Math.round(performance.now() - started);
      const inputTokens = result.inputTokens ?? promptTokens;
      const outputTokens = result.outputTokens ?? countTokens(result.text);
      const costMicros = catalogue.costMicros(entry, inputTokens, outputTokens);
      await record(request, entry, reservation, { status: "OK", inputTokens, outputTokens, costMicros, latencyMs }, result.text);
      return { text: result.text, provider: entry.provider, model: entry.name, inputTokens, outputTokens, costMicros, latencyMs, finishReason: result.finishReason ?? "stop" };
    },
  };
}

export type AgentRuntime = ReturnType<typeof createAgentRuntime>;
