// Seed 003 v3.1 "Batch agent spawning (POST /spawn-batch)": every item is validated before any is
// spawned (one invalid item refuses the whole batch, naming each problem as tasks[i].field); then each
// is spawned in order and answers for itself, so a budget that runs out mid-batch fails only the rest.
import { AppError, type ErrorCode } from "../../errors.js";
import type { Principal } from "../auth/principal.js";
import { checkSpawn, type Priority } from "./rules.js";
import type { Task } from "../../generated/sqlite/client.js";
import type { TaskService } from "./tasks.js";

const MAX_BATCH = 50;

export interface BatchItem {
  task: string;
  model?: string | null;
  team?: string | null;
  priority?: Priority | null;
  timeoutSeconds?: number | null;
}

export type BatchResult = { index: number; task: Task; error: null } | { index: number; task: null; error: { code: ErrorCode; message: string } };

export function createSpawnBatch({ tasks, models }: { tasks: TaskService; models: () => readonly string[] }) {
  function validate(items: readonly BatchItem[]) {
    if (items.length < 1 || items.length > MAX_BATCH) {
      throw new AppError("VALIDATION_ERROR", { message: `A batch holds 1 to ${MAX_BATCH} tasks`, details: { fields: [{ field: "tasks", message: `must hold 1 to ${MAX_BATCH} items` }] } });
    }
    const fields: { field: string; message: string }[] = [];
    items.forEach((item, index) => {
      const problems: { field: string; message: string }[] = [];
      if (!item.model === !item.team) problems.push({ field: "model", message: "Give exactly one of model or team" });
      try {
        checkSpawn(item, models());
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        problems.push(...((error.details.fields as { field: string; message: string }[] | undefined) ?? [{ field: "task", message: error.message }]));
      }
      fields.push(...problems.map((p) => ({ field: `tasks[${index}].${p.field}`, message: p.message })));
    });
    if (fields.length) throw new AppError("VALIDATION_ERROR", { message: `${fields[0]!.field}: ${fields[0]!.message}`, details: { fields } });
  }

  return {
    async spawn(actor: Principal, items: readonly BatchItem[]): Promise<BatchResult[]> {
      validate(items);
      const results: BatchResult[] = [];
      for (const [index, item] of items.entries()) {
        try {
          const task = item.team ? await tasks.spawnTeam(actor, { ...item, team: item.team }) : await tasks.spawn(actor, item);
          results.push({ index, task, error: null });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          results.push({ index, task: null, error: { code: error.code, message: error.message } });
        }
      }
      return results;
    },
  };
}
