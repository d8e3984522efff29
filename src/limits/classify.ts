// What a request is, for the limits: the operation class of a GraphQL operation, the seed-004
// class of a REST route, and path patterns ("METHOD /api/agent/*", `*` = one path segment).
import { Kind, getOperationAST, type DocumentNode, type SelectionSetNode } from "graphql";
import type { OperationClass } from "./policies.js";

/** Root mutation fields that send a message: seed 004's "message" class. */
const MESSAGE_MUTATIONS = new Set(["sendMessage", "sendSessionMessage"]);
/** Root mutation fields that start a workflow run (seed 004 "workflow runs"; the C-suite meeting is one). */
const WORKFLOW_RUN_MUTATIONS = new Set(["runWorkflow", "conductCsuiteMeeting"]);

function rootFields(selectionSet: SelectionSetNode, into: string[] = []): string[] {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) into.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFields(selection.selectionSet, into);
  }
  return into;
}

export interface ClassifiedOperation {
  type: "query" | "mutation" | "subscription" | "unknown";
  operationClass: OperationClass;
}

/**
 * Query and subscription → read; mutation → write, unless one of its root fields sends a message
 * (message) or starts a workflow run (workflow_run). One operation is one request, charged once.
 */
export function classifyOperation(document: DocumentNode, operationName?: string | null): ClassifiedOperation {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return { type: "unknown", operationClass: "read" };
  if (operation.operation !== "mutation") return { type: operation.operation === "query" ? "query" : "subscription", operationClass: "read" };
  const fields = rootFields(operation.selectionSet);
  if (fields.some((f) => MESSAGE_MUTATIONS.has(f))) return { type: "mutation", operationClass: "message" };
  if (fields.some((f) => WORKFLOW_RUN_MUTATIONS.has(f))) return { type: "mutation", operationClass: "workflow_run" };
  return { type: "mutation", operationClass: "write" };
}

export interface PathPattern {
  /** As written: "POST /api/spawn". */
  key: string;
  method: string;
  matches(method: string, path: string): boolean;
}

export function pathPattern(key: string): PathPattern {
  const [method, path] = key.split(" ") as [string, string];
  const source = path
    .split("/")
    .map((segment) => (segment === "*" ? "[^/]+" : segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  const regex = new RegExp(`^${source}/?$`);
  return { key, method, matches: (m, p) => m === method && regex.test(p) };
}

/**
 * Seed 004's routes (AgentOS: agents, workflows, chat completions) and their operation class.
 * `/api/workflows/status` is seed 001's and `/api/agents` seed 003's, so neither is here.
 */
const SEED_004_ROUTES: readonly [string, OperationClass][] = [
  ["POST /v1/chat/completions", "message"],
  ["POST /api/v1/chat/completions", "message"],
  ["POST /api/agents/*/message", "message"],
  ["POST /api/workflows/*/run", "workflow_run"],
  ["GET /api/workflows", "read"],
  ["GET /api/workflows/runs/*", "read"],
  ["POST /api/workflows", "write"],
  ["POST /api/workflows/runs/*/cancel", "write"],
];

const seed004 = SEED_004_ROUTES.map(([key, operationClass]) => ({ pattern: pathPattern(key), operationClass }));

/** The class of a seed-004 route, or null for every other route. */
export function seed004Class(method: string, path: string): OperationClass | null {
  return seed004.find((r) => r.pattern.matches(method, path))?.operationClass ?? null;
}

/** The class of any HTTP request by its method (the per-IP limits in scope "all"). */
export function classOfMethod(method: string): OperationClass {
  return method === "GET" || method === "HEAD" ? "read" : "write";
}
