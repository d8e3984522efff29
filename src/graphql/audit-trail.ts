// Seed 003 "Audit Logging" for GraphQL operations (and so for REST routes, which run one): every
// mutation is an entry (spawns as agent.spawn, settings as config.change, the rest as api.mutation)
// with its outcome, and every refusal for permissions is a security.violation. Over HTTP the client's
// address and user agent come from the request the client sent (a REST route's inner request has
// neither), over graphql-ws from the context.
import { getOperationAST, type ExecutionResult, type GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Context } from "../context.js";
import { AppError } from "../errors.js";
import { actorOf, type AuditEventName, type AuditTrail } from "../domain/security/audit.js";
import type { RequestFacts } from "../domain/security/service.js";

const EVENT_OF_MUTATION: Record<string, AuditEventName | null> = {
  spawnTask: "agent.spawn",
  spawnTeam: "agent.spawn",
  updateBudget: "config.change",
  setIpAllowlist: "config.change",
  configureAudit: "config.change",
  blockIp: "config.change",
  unblockIp: "config.change",
  revokeApiKey: null, // the security service writes api.key.revoked with the reason
};

const REFUSALS = new Set(["insufficient_permissions"]);

/** The catalogue code of an error as the client will see it (masking adds it to extensions later). */
function codeOf(error: GraphQLError): string | undefined {
  const original = error.originalError;
  if (original instanceof AppError) return original.code;
  const code = error.extensions?.code ?? (original as GraphQLError | undefined)?.extensions?.code;
  return typeof code === "string" ? code : undefined;
}

function detailsOf(error: GraphQLError): object {
  return error.originalError instanceof AppError ? error.originalError.details : {};
}

/** Seed 003's agent.spawn details: the model, the start of the task and its estimated cost. */
function spawnDetails(variables: unknown, payload: unknown): Record<string, unknown> {
  const input = Object.values((variables ?? {}) as Record<string, unknown>).find((v) => v && typeof v === "object") as Record<string, unknown> | undefined;
  const task = (payload as { task?: { estimatedCost?: unknown } } | null | undefined)?.task;
  return {
    ...(typeof input?.model === "string" ? { model: input.model } : {}),
    ...(typeof input?.task === "string" ? { task_preview: input.task.length > 40 ? `${input.task.slice(0, 40)}...` : input.task } : {}),
    ...(task?.estimatedCost !== undefined ? { estimated_cost: Number(task.estimatedCost) } : {}),
  };
}

/** Seed 003 names a spawned task's resource type "agent" (its id is subagent_…). */
const spawned = (event: AuditEventName, resource: { type: string; id: string } | null) => (event === "agent.spawn" && resource ? { type: "agent", id: resource.id } : resource);

/** The id of what a mutation payload made or changed, when the selection included it. */
function resourceOf(payload: unknown): { type: string; id: string } | null {
  if (!payload || typeof payload !== "object") return null;
  for (const [type, value] of Object.entries(payload)) {
    const id = (value as { id?: unknown } | null)?.id;
    if (typeof id === "string") return { type, id };
  }
  return null;
}

export function useAuditTrail(audit: AuditTrail, factsOf: (requestId: string) => RequestFacts | undefined): Plugin {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName);
      return {
        onExecuteDone({ result }) {
          if (!operation || Symbol.asyncIterator in (result as object)) return;
          const ctx = args.contextValue as unknown as Context;
          const { data, errors } = result as ExecutionResult;
          const facts: RequestFacts = factsOf(ctx.requestId) ?? { ipAddress: ctx.clientIp, requestId: ctx.requestId };
          const actor = actorOf(ctx.principal);
          const refused = (errors ?? []).filter((e: GraphQLError) => REFUSALS.has(codeOf(e) ?? ""));
          for (const error of refused) {
            audit.record({ event: "security.violation", severity: "warning", ...actor, ...facts, details: { kind: "permission_denied", field: error.path?.join("."), ...detailsOf(error) } });
          }
          if (operation.operation !== "mutation") return;
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== "Field") continue;
            const field = selection.name.value;
            const key = selection.alias?.value ?? field;
            const event = field in EVENT_OF_MUTATION ? EVENT_OF_MUTATION[field] : "api.mutation";
            if (!event) continue;
            const failure = errors?.find((e) => e.path?.[0] === key);
            const payload = (data as Record<string, unknown> | null | undefined)?.[key];
            audit.record({
              event,
              severity: failure ? "warning" : "info",
              ...actor,
              ...facts,
              resource: spawned(event, resourceOf(payload)),
              details: {
                operation: field,
                outcome: failure ? "error" : "ok",
                ...(failure ? { error_code: codeOf(failure) } : {}),
                ...(event === "agent.spawn" ? spawnDetails(args.variableValues, payload) : {}),
              },
              requestBody: args.variableValues,
              responseBody: payload,
            });
          }
        },
      };
    },
  };
}
