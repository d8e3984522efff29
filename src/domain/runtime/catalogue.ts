// The model catalogue: which provider serves a model, what its tokens cost, and its capability tier.
// Until a real provider is configured, the built-in offline provider answers for every model, so
// the product works with no network and no keys; prices still apply, so usage and budgets are real.
import { z } from "zod";

export type ProviderName = "builtin" | "openai";

export interface ModelEntry {
  name: string;
  provider: ProviderName;
  /** US dollars per million input tokens (= micro-dollars per token). */
  inputPricePerMTok: number;
  outputPricePerMTok: number;
  /** Capability: 1 everyday, 2 strong, 3 strongest. */
  tier: 1 | 2 | 3;
}

export const DEFAULT_MODELS: readonly ModelEntry[] = [
  { name: "builtin", provider: "builtin", inputPricePerMTok: 0, outputPricePerMTok: 0, tier: 1 },
  // The seed-003 models, served by the built-in provider until MODEL_CATALOGUE points them elsewhere.
  { name: "k2p5", provider: "builtin", inputPricePerMTok: 0.6, outputPricePerMTok: 2.5, tier: 1 },
  { name: "sonnet", provider: "builtin", inputPricePerMTok: 3, outputPricePerMTok: 15, tier: 2 },
  { name: "opus", provider: "builtin", inputPricePerMTok: 15, outputPricePerMTok: 75, tier: 3 },
];

const EntrySchema = z.object({
  name: z.string().min(1),
  provider: z.enum(["builtin", "openai"]),
  inputPricePerMTok: z.number().min(0).default(0),
  outputPricePerMTok: z.number().min(0).default(0),
  tier: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
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
    byName.set(parsed.data.name, parsed.data);
  }
  // OPENAI_MODELS moves the named models to the OpenAI-compatible provider, keeping known prices and tier.
  for (const name of openai?.models ?? []) {
    const known = byName.get(name);
    byName.set(name, { inputPricePerMTok: 0, outputPricePerMTok: 0, tier: 2, ...known, name, provider: "openai" });
  }

  return {
    /** The entry that serves `model`: listed, else the OpenAI-compatible provider if it takes any model, else built-in. */
    resolve(model: string): ModelEntry {
      const listed = byName.get(model);
      if (listed) return listed;
      if (openai && openai.models.length === 0) return { name: model, provider: "openai", inputPricePerMTok: 0, outputPricePerMTok: 0, tier: 2 };
      return { name: model, provider: "builtin", inputPricePerMTok: 0, outputPricePerMTok: 0, tier: 1 };
    },

    list(): ModelEntry[] {
      return [...byName.values()];
    },

    /** Exact cost in micro-dollars. */
    costMicros(entry: ModelEntry, inputTokens: number, outputTokens: number): number {
      return Math.round(inputTokens * entry.inputPricePerMTok + outputTokens * entry.outputPricePerMTok);
    },
  };
}

export type ModelCatalogue = ReturnType<typeof createCatalogue>;
