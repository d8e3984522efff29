// What every model provider offers the runtime.
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface CompletionRequest {
  model: string;
  messages: ChatMessage[];
  temperature: number;
  maxTokens: number;
  topP: number;
  frequencyPenalty: number;
  presencePenalty: number;
  /** What the agent is, for providers that do not read the system prompt (the built-in one). */
  persona: { name: string; type: string; skills: string[]; context: Record<string, unknown> };
  task: "reply" | "summarize";
  /** Stop sequences: the answer ends before the first one (chat completions `stop`). */
  stop?: string[];
}

export interface CompletionResult {
  text: string;
  /** As reported by the provider; counted with the tokenizer when absent. */
  inputTokens?: number;
  outputTokens?: number;
  /** "length" when max tokens cut the answer short. */
  finishReason?: "stop" | "length";
}

export interface ModelProvider {
  readonly name: string;
  /** Streams the answer through `onDelta` while it is produced, and resolves with all of it; stops when `signal` aborts. */
  complete(request: CompletionRequest, onDelta?: (text: string) => void, signal?: AbortSignal): Promise<CompletionResult>;
}
