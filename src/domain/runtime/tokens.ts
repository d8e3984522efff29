// Token counting with a real BPE tokenizer (o200k), for providers that do not report usage and for
// the context-size check before a call.
import { countTokens as count } from "gpt-tokenizer";
import type { ChatMessage } from "./providers/provider.js";

export function countTokens(text: string): number {
  return text ? count(text) : 0;
}

/** Chat framing costs a few tokens per message on top of the content (OpenAI's accounting). */
export function countMessageTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((sum, m) => sum + 4 + countTokens(m.content), 2);
}
