// The model catalogue: which provider serves a model, what its tokens cost, and its capability tier.
// Until a real provider is configured, the built-in offline provider answers for every model, so
// the product works with no network and no keys; prices still apply, so usage and budgets are real.
import { z } from "zod";

export type ProviderName = "builtin" | "openai";

export interface ModelEntry {
  name: string;
  /** How it is served: the built-in offline provider or an OpenAI-compatible server. */
  provider: ProviderName;
  /** Whose request quota a call uses (seed 003 rate limits: kimi, anthropic, openai, …). */
  vendor: string;
  /** US dollars per million input tokens (= micro-dollars per token). */
  inputPricePerMTok: number;
  outputPricePerMTok: number;
  /** Capability: 0 offline stand-in (never recommended), 1 everyday, 2 strong, 3 strongest. */
  tier: 0 | 1 | 2 | 3;
}

const DEFAULT_MODELS: readonly ModelEntry[] = [
  { name: "builtin", provider: "builtin", vendor: "builtin", inputPricePerMTok: 0, outputPricePerMTok: 0, tier: 0 },
  // The seed-003 models, served by the built-in provider until MODEL_CATALOGUE points them elsewhere.
  { name: "k2p5", provider: "builtin", vendor: "kimi", inputPricePerMTok: 0.6, outputPricePerMTok: 2.5, tier: 2 },
  { name: "sonnet", provider: "builtin", vendor: "anthropic", inputPricePerMTok: 3, outputPricePerMTok: 15, tier: 2 },
  { name: "opus", provider: "builtin", vendor: "anthropic", inputPricePerMTok: 15, outputPricePerMTok: 75, tier: 3 },
];

const EntrySchema = z.object({
  name: z.string().min(1),
  provider: z.enum(["builtin", "openai"]),
  vendor: z.string().min(1).optional(),
  inputPricePerMTok: z.number().min(0).default(0),
  outputPricePerMTok: z.number().min(0).default(0),
  tier: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).default(2),
});

export interface CatalogueOptions {
  /** MODEL_CATALOGUE entries: added, or replacing a default of the same name. */
  entries?: unknown[];
  /** The OpenAI-compatible provider, when configured, and the models it serves (empty: any unknown model). */
  openai?: { models: string[] } | null;
}

export function createCatalogue({ entries = [], openai = null }: CatalogueOptions = {}) {
  const byName = new Map<string, ModelEntry>(DEFAULT_MODELS.map((m) => [m.name, m]));
  for (const raw of entries) {
    const parsed = EntrySchema.safeParse(raw);
    if (!parsed.success) throw new Error(`MODEL_CATALOGUE entry ${JSON.stringify(raw)} is invalid: ${parsed.error.issues[0]?.message}`);
    if (parsed.data.provider === "openai" && !openai) {
      throw new Error(`MODEL_CATALOGUE puts ${parsed.data.name} on the openai provider, but OPENAI_BASE_URL is not set`);
    }
    byName.set(parsed.data.name, { ...parsed.data, vendor: parsed.data.vendor ?? parsed.data.provider });
  }
  // OPENAI_MODELS moves the named models to the OpenAI-compatible provider, keeping known prices and tier.
  for (const name of openai?.models ?? []) {
    const known = byName.get(name);
    byName.set(name, { inputPricePerMTok: 0, outputPricePerMTok: 0, tier: 2, vendor: "openai", ...known, name, provider: "openai" });
  }

  return {
    /** The entry that serves `model`: listed, else the OpenAI-compatible provider if it takes any model, else built-in. */
    resolve(model: string): ModelEntry {
      const listed = byName.get(model);
      if (listed) return listed;
      if (openai && openai.models.length === 0) {
        return { name: model, provider: "openai", vendor: "openai", inputPricePerMTok: 0, outputPricePerMTok: 0, tier: 2 };
      }
      return { name: model, provider: "builtin", vendor: "builtin", inputPricePerMTok: 0, outputPricePerMTok: 0, tier: 0 };
    },

    list(): ModelEntry[] {
      return [...byName.values()];
    },

    /** Exact cost in micro-dollars. */
    costMicros(entry: ModelEntry, inputTokens: number, outputTokens: number): number {
      return Math.round(inputTokens * entry.inputPricePerMTok + outputTokens * entry.outputPricePerMTok);
    },

    /** Rate-limited vendors: the catalogue's, in first-seen order. */
    vendors(): string[] {
      return [...new Set([...byName.values()].map((m) => m.vendor))];
    },
  };
}

export type ModelCatalogue = ReturnType<typeof createCatalogue>;
