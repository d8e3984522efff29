// spawnTasks (seed 003 POST /spawn-batch): many tasks in one call, validated together, a result each.
import { builder } from "../builder.js";
import { Priority } from "./orchestrator.js";
import { Task } from "./task.js";
import type { BatchResult } from "../../domain/work/batch.js";

const SpawnBatchItem = builder.inputType("SpawnBatchItem", {
  fields: (t) => ({
    task: t.string({ required: true }),
    model: t.string({ description: "A catalogue model…" }),
    team: t.string({ description: "…or a registered team (exactly one of the two)." }),
    priority: t.field({ type: Priority, defaultValue: "NORMAL" }),
    timeoutSeconds: t.int(),
  }),
});

const BatchItemError = builder.objectRef<{ code: string; message: string }>("BatchItemError").implement({
  fields: (t) => ({ code: t.exposeString("code"), message: t.exposeString("message") }),
});

const SpawnBatchResult = builder.objectRef<BatchResult>("SpawnBatchResult").implement({
  description: "One item of the batch: its task, or why it could not be spawned (the budget ran out, for example).",
  fields: (t) => ({
    index: t.exposeInt("index"),
    task: t.field({ type: Task, nullable: true, resolve: (r) => r.task }),
    error: t.field({ type: BatchItemError, nullable: true, resolve: (r) => r.error }),
  }),
});

builder.relayMutationField(
  "spawnTasks",
  { inputFields: (t) => ({ tasks: t.field({ type: [SpawnBatchItem], required: true, description: "1–50 items." }) }) },
  {
    description: "Validates every item first (one invalid item refuses the batch, each problem named as tasks[i].field), then spawns them in order.",
    resolve: async (_root, { input }, ctx) => ({ results: await ctx.services.spawnBatch.spawn(ctx.principal, input.tasks) }),
  },
  {
    outputFields: (t) => ({
      results: t.field({ type: [SpawnBatchResult], resolve: (p) => p.results }),
      spawned: t.int({ resolve: (p) => p.results.filter((r) => r.task).length }),
      failed: t.int({ resolve: (p) => p.results.filter((r) => r.error).length }),
    }),
  },
);
