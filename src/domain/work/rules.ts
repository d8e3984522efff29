// Spawned work (seed 003 "Spawn Agent" / "Spawn Team"): statuses, priorities and the seed's
// validation rules, with its messages.
import { AppError } from "../../errors.js";
import { TEAMS } from "./teams.js";

const PRIORITIES = ["LOW", "NORMAL", "HIGH"] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_RANK: Record<Priority, number> = { HIGH: 3, NORMAL: 2, LOW: 1 };

export const TASK_STATUSES = ["SPAWNING", "RUNNING", "COMPLETED", "FAILED", "CANCELLED", "TIMED_OUT"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const FINISHED: readonly TaskStatus[] = ["COMPLETED", "FAILED", "CANCELLED", "TIMED_OUT"];

export const DEFAULT_TIMEOUT_SECONDS = 300; // seed 003 v3.1: "reduced default agent timeout from 10min to 5min"
const MAX_TIMEOUT_SECONDS = 3600;
const MAX_TASK_LENGTH = 2000;

export interface SpawnRules {
  task?: string | null;
  model?: string | null;
  team?: string | null;
  timeoutSeconds?: number | null;
}

/** Seed 003 "Request Validation Rules": the first problem is the message, every problem is a field. */
export function checkSpawn(input: SpawnRules, models: readonly string[]): void {
  const fields: { field: string; message: string }[] = [];
  if (input.task === undefined || input.task === null || !input.task.trim()) fields.push({ field: "task", message: "Task cannot be empty" });
  else if (input.task.length > MAX_TASK_LENGTH) fields.push({ field: "task", message: `Task cannot exceed ${MAX_TASK_LENGTH} characters` });
  if (input.model !== undefined && input.model !== null && !models.includes(input.model)) {
    fields.push({ field: "model", message: `Model must be one of: ${models.join(", ")}` });
  }
  if (input.team !== undefined && input.team !== null && !Object.hasOwn(TEAMS, input.team)) {
    fields.push({ field: "team", message: `Team must match a registered team id (${Object.keys(TEAMS).join(", ")})` });
  }
  const timeout = input.timeoutSeconds;
  if (timeout !== undefined && timeout !== null && (!Number.isInteger(timeout) || timeout < 1 || timeout > MAX_TIMEOUT_SECONDS)) {
    fields.push({ field: "timeoutSeconds", message: `Timeout must be between 1 and ${MAX_TIMEOUT_SECONDS} seconds` });
  }
  if (fields.length) throw new AppError("VALIDATION_ERROR", { message: fields[0]!.message, details: { fields } });
}
