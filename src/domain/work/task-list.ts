// Seed 003 "List Agents": what a client may filter and sort spawned tasks by (REST and GraphQL alike).
import type { ListSpec } from "../lists/spec.js";
import { TASK_STATUSES } from "./rules.js";

export const TASK_LIST: ListSpec = {
  name: "tasks",
  fields: {
    status: { column: "status", type: "enum", values: TASK_STATUSES, sortable: true },
    model: { column: "model", type: "string", nullable: true, description: "null for team runs" },
    team: { column: "team", type: "string", nullable: true },
    priority: { column: "priority", type: "enum", values: ["LOW", "NORMAL", "HIGH"] },
    task: { column: "prompt", type: "string", description: "what it was asked to do" },
    created_at: { column: "createdAt", type: "datetime", sortable: true },
    completed_at: { column: "completedAt", type: "datetime", nullable: true, sortable: true },
    cost: { column: "actualCostMicros", type: "money", sortable: true, description: "actual cost, US dollars" },
    estimated_cost: { column: "estimatedCostMicros", type: "money", sortable: true },
  },
  aliases: {
    created_after: { field: "created_at", op: "gt" },
    created_before: { field: "created_at", op: "lt" },
    cost_gt: { field: "cost", op: "gt" },
    cost_lt: { field: "cost", op: "lt" },
  },
  defaultSort: "-created_at",
  tieBreaker: "seq",
};
