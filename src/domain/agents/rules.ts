// What a valid agent is (seed 001 Agent object) and how its status may move.
import { z } from "zod";

export const AGENT_STATUSES = ["CREATED", "RUNNING", "STOPPED", "ERROR"] as const;
export type AgentStatus = (typeof AGENT_STATUSES)[number];

/** Statuses from which `start` is allowed; RUNNING is refused with agent_already_running. */
export const STARTABLE: readonly AgentStatus[] = ["CREATED", "STOPPED", "ERROR"];

export interface AgentConfig {
  model: string;
  temperature: number;
  maxTokens: number;
  topP: number;
  frequencyPenalty: number;
  presencePenalty: number;
}

export const DEFAULT_AGENT_CONFIG: Readonly<AgentConfig> = Object.freeze({
  model: "builtin",
  temperature: 0.7,
  maxTokens: 1024,
  topP: 1,
  frequencyPenalty: 0,
  presencePenalty: 0,
});

const ConfigFields = {
  model: z.string().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  temperature: z.number().min(0, "must be between 0 and 2").max(2, "must be between 0 and 2"),
  maxTokens: z.number().int("must be a whole number").min(1, "must be at least 1").max(200_000, "must be at most 200000"),
  topP: z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1"),
  frequencyPenalty: z.number().min(-2, "must be between -2 and 2").max(2, "must be between -2 and 2"),
  presencePenalty: z.number().min(-2, "must be between -2 and 2").max(2, "must be between -2 and 2"),
};

const Name = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(100, "must be at most 100 characters")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, "may hold letters, digits, spaces, '.', '_' and '-', starting with a letter or digit");
const Type = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "may hold letters, digits, '_' and '-' (for example ceo_mimi)");
const Skills = z
  .array(z.string().trim().min(1, "must not be empty").max(64, "must be at most 64 characters"))
  .max(32, "at most 32 skills")
  .transform((skills) => [...new Set(skills)]);

// Every config field may be left out (or null, as GraphQL inputs send it): defaults or current values stay.
const PartialConfig = z.object({
  model: ConfigFields.model.nullish(),
  temperature: ConfigFields.temperature.nullish(),
  maxTokens: ConfigFields.maxTokens.nullish(),
  topP: ConfigFields.topP.nullish(),
  frequencyPenalty: ConfigFields.frequencyPenalty.nullish(),
  presencePenalty: ConfigFields.presencePenalty.nullish(),
});

export const CreateAgentInput = z.object({
  name: Name,
  type: Type,
  config: PartialConfig.nullish(),
  skills: Skills.nullish(),
});

export const UpdateAgentInput = z.object({
  name: Name.nullish(),
  type: Type.nullish(),
  config: PartialConfig.nullish(),
  skills: Skills.nullish(),
});

export type CreateAgentInput = z.input<typeof CreateAgentInput>;
export type UpdateAgentInput = z.input<typeof UpdateAgentInput>;

/** Drops null/undefined so a partial config only overrides what it names. */
export function definedEntries<T extends object>(value: T | null | undefined): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };
}
