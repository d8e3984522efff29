// A REST route's GraphQL operation, executed on the schema through yoga's envelope — the same plugins
// a /graphql request passes (permission layer, cost limit, well-formed strings, metrics, error
// masking, unexpected-error logging) — with the principal and request id the route already has. Not a
// second HTTP request through yoga.fetch: that ran every HTTP plugin, authentication and JSON encoding
// twice per REST call. Each route's document is parsed and validated once, on first use.
import type { DocumentNode, ExecutionResult } from "graphql";
import type { YogaServerInstance } from "graphql-yoga";
import { ALREADY_CHARGED } from "../limits/gate.js";
import type { ExecuteOperation } from "./plugin.js";

/** What /graphql's JSON answer would carry: DateTime values as ISO strings (presenters and ETags rely on it). */
function jsonPlain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = jsonPlain(value[i]);
  } else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = jsonPlain(record[key]);
  }
  return value;
}

/** `yoga`: the instance whose envelope runs the operations (a getter: the REST plugin is part of it). */
export function createOperationExecutor(yoga: () => YogaServerInstance<any, any>): ExecuteOperation {
  const documents = new Map<string, DocumentNode>();
  return async (query, variables, { request, serverContext, requestId, principal }) => {
    const { schema, parse, validate, contextFactory, execute } = yoga().getEnveloped({
      ...(serverContext as object),
      request,
      requestId,
      principal, // authenticated once, by the route
      params: { query, variables },
      [ALREADY_CHARGED]: true, // the route charged the request limits already
    });
    let document = documents.get(query);
    if (!document) {
      const parsed = parse(query);
      const errors = validate(schema, parsed);
      if (errors.length) return { errors };
      documents.set(query, (document = parsed));
    }
    const contextValue = await contextFactory();
    const result = (await execute({ schema, document, variableValues: variables as Record<string, unknown>, contextValue })) as ExecutionResult;
    if (result.data) jsonPlain(result.data);
    return result;
  };
}
