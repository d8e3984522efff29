// The built-in offline provider: deterministic, instant, no network, no keys. It answers from the
// message, the conversation context and the agent's type and skills, so the whole product (sessions,
// channels, usage, budgets) works end to end on a laptop and in tests. It names itself "builtin".
import { decode, encode } from "gpt-tokenizer";
import type { CompletionRequest, CompletionResult, ModelProvider } from "./provider.js";

const STOPWORDS = new Set(
  "a an and are as at be but by can could do does for from has have how i if in is it its me my of on or our please should so that the their them then there these they this to us was we what when where which who why will with would you your".split(
    " ",
  ),
);

const ACRONYMS = new Set(["ceo", "cto", "cfo", "cmo", "coo", "cso", "cio", "ai", "qa", "hr"]);

/** ceo_mimi → "CEO Mimi" */
function humanizeType(type: string): string {
  return type
    .split(/[_-]+/)
    .filter(Boolean)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join(" ");
}

/** The most telling words of a text: longest non-stopwords, in order of appearance. */
export function keywords(text: string, max = 3): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [];
  const candidates = [...new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w)))];
  const chosen = [...candidates].sort((a, b) => b.length - a.length).slice(0, max);
  return candidates.filter((w) => chosen.includes(w));
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const NEXT_STEPS = [
  "I would start by writing down the outcome we want and the one metric that proves it.",
  "Let us split it into the smallest step we can ship this week and review the result together.",
  "I suggest we list the risks first, then pick the option that keeps the most choices open.",
  "The quickest way forward is a short experiment; I can draft it if you agree.",
];

function reply(request: CompletionRequest): string {
  const { persona } = request;
  const lastUser = [...request.messages].reverse().find((m) => m.role === "user")?.content ?? "";
  const topics = keywords(lastUser);
  const who = persona.type ? humanizeType(persona.type) : persona.name;
  const parts = [
    `${who} here.`,
    topics.length ? `On ${topics.join(", ")}:` : "Understood.",
    persona.skills.length ? `drawing on ${persona.skills.join(", ")},` : "",
    NEXT_STEPS[hash(lastUser) % NEXT_STEPS.length]!,
  ];
  const remembered = Object.keys(persona.context).filter((k) => k !== "turns" && k !== "lastTopic");
  if (remembered.length) parts.push(`(Keeping in mind: ${remembered.join(", ")}.)`);
  return parts.filter(Boolean).join(" ");
}

function summary(request: CompletionRequest): string {
  const userMessages = request.messages.filter((m) => m.role === "user").slice(0, -1); // the last one asks for the summary
  const topics = keywords(userMessages.map((m) => m.content).join(" "), 5);
  if (userMessages.length === 0) return "The conversation ended before any message was exchanged.";
  const last = userMessages[userMessages.length - 1]!.content;
  return `Conversation of ${userMessages.length} message${userMessages.length === 1 ? "" : "s"} with ${persona(request)}${
    topics.length ? ` about ${topics.join(", ")}` : ""
  }. Last request: "${last.length > 120 ? `${last.slice(0, 117)}...` : last}"`;
}

const persona = (request: CompletionRequest) =>
  request.persona.type ? `${humanizeType(request.persona.type)} (${request.persona.name})` : request.persona.name;

export function createBuiltinProvider(): ModelProvider {
  return {
    name: "builtin",
    async complete(request, onDelta, signal) {
      signal?.throwIfAborted();
      const full = request.task === "summarize" ? summary(request) : reply(request);
      // Honour maxTokens the way a real model does: stop when the tokens run out.
      const tokens = encode(full);
      const truncated = tokens.length > request.maxTokens;
      let text = truncated ? decode(tokens.slice(0, request.maxTokens)).trimEnd() : full;
      const stopAt = Math.min(...(request.stop ?? []).map((s) => text.indexOf(s)).filter((i) => i >= 0));
      if (Number.isFinite(stopAt)) text = text.slice(0, stopAt);
      if (onDelta) for (const chunk of text.split(/(?<= )/)) onDelta(chunk);
      const result: CompletionResult = { text, finishReason: truncated && !Number.isFinite(stopAt) ? "length" : "stop" };
      return result;
    },
  };
}
