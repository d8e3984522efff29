// Who may see spawned tasks, team runs, workflows and workflow runs, decided once for every path
// (root fields, node/nodes, nested relations, totalCount, events, REST): their owner (the principal
// that spawned or ran them; members and steps inherit it) and admins see everything; a monitoring
// role (system_monitor) sees every one's status and cost, never its inputs or outputs. Built-in
// workflows belong to nobody and are visible to every agents:read principal.
import type { Prisma } from "../../db.js";
import { NOTHING } from "../auth/visibility.js";
import { hasScope, isAdmin, isMonitor, type Principal } from "../auth/principal.js";

/** `content`: inputs, outputs and changes; `metadata`: what a monitor may read. */
export type WorkAccess = "content" | "metadata";

function sees(principal: Principal, access: WorkAccess): "all" | "own" | "none" {
  if (!hasScope(principal, "agents:read")) return "none";
  return isAdmin(principal) || (access === "metadata" && isMonitor(principal)) ? "all" : "own";
}

export function taskWhere(principal: Principal, access: WorkAccess = "metadata"): Prisma.TaskWhereInput {
  const scope = sees(principal, access);
  return scope === "all" ? {} : scope === "none" ? NOTHING : { requestedBy: principal.id ?? "\0" };
}

export function workflowRunWhere(principal: Principal, access: WorkAccess = "metadata"): Prisma.WorkflowRunWhereInput {
  const scope = sees(principal, access);
  return scope === "all" ? {} : scope === "none" ? NOTHING : { requestedBy: principal.id ?? "\0" };
}

export function workflowWhere(principal: Principal, access: WorkAccess = "metadata"): Prisma.WorkflowWhereInput {
  const scope = sees(principal, access);
  return scope === "all" ? {} : scope === "none" ? NOTHING : { OR: [{ builtin: true }, { createdBy: principal.id ?? "\0" }] };
}

/** Row check: may this principal read a task's or run's inputs and outputs? */
export function seesWorkContent(principal: Principal, row: { requestedBy: string | null }): boolean {
  if (!hasScope(principal, "agents:read")) return false;
  return isAdmin(principal) || (principal.id !== null && row.requestedBy === principal.id);
}
