// Any OpenAI-compatible chat completions server (OpenAI, vLLM, Ollama, llama.cpp, LiteLLM), through
// the Vercel AI SDK's openai-compatible provider, always streaming.
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { streamText } from "ai";
import type { ModelProvider } from "./provider.js";

export interface OpenAICompatibleOptions {
  baseUrl: string;
  apiKey: string | null;
  timeoutMs: number;
}

export function createOpenAICompatibleProvider({ baseUrl, apiKey, timeoutMs }: OpenAICompatibleOptions): ModelProvider {
  const provider = createOpenAICompatible({
    name: "openai",
    baseURL: baseUrl,
    apiKey: apiKey ?? undefined,
    includeUsage: true, // ask for usage in the final stream chunk
  });

  return {
    name: "openai",
    async complete(request, onDelta, signal) {
      const result = streamText({
        model: provider.chatModel(request.model),
        messages: request.messages,
        allowSystemInMessages: true, // the only system message is the server's own, built from the agent's configuration
        temperature: request.temperature,
        maxOutputTokens: request.maxTokens,
        topP: request.topP,
        frequencyPenalty: request.frequencyPenalty,
        presencePenalty: request.presencePenalty,
        ...(request.stop?.length ? { stopSequences: request.stop } : {}),
        maxRetries: 0, // the caller decides about retries; a budget reservation covers one call
        abortSignal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs),
        onError: () => {}, // the error also arrives as a stream part, handled below (the default logs to the console)
      });
      let text = "";
      let inputTokens: number | undefined;
      let outputTokens: number | undefined;
      let finishReason: "stop" | "length" = "stop";
      for await (const part of result.fullStream) {
        if (part.type === "text-delta") {
          text += part.text;
          onDelta?.(part.text);
        } else if (part.type === "error" || part.type === "abort") {
          signal?.throwIfAborted();
          throw "error" in part && part.error instanceof Error ? part.error : new Error(String("error" in part ? part.error : "aborted"));
        } else if (part.type === "finish") {
          inputTokens = part.totalUsage.inputTokens;
          outputTokens = part.totalUsage.outputTokens;
          if (part.finishReason === "length") finishReason = "length";
        }
      }
      return { text, inputTokens, outputTokens, finishReason };
    },
  };
}
