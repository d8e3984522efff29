// A REST route's GraphQL operation, executed on the schema through yoga's envelope — the same plugins
// a /graphql request passes (permission layer, cost limit, well-formed strings, metrics, error
// masking, unexpected-error logging) — with the principal and request id the route already has. Not a
// second HTTP request through yoga.fetch: that ran every HTTP plugin, authentication and JSON encoding
// twice per REST call. Each route's document is parsed and validated once, on first use.
import type { DocumentNode, ExecutionResult } from "graphql";
import type { YogaServerInstance } from "graphql-yoga";
import { ALREADY_CHARGED } from "../limits/gate.js";
import type { ExecuteOperation } from "./plugin.js";

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
    // DateTime values are already ISO text (src/graphql/date-time-scalar.ts), as presenters and ETags expect.
    return (await execute({ schema, document, variableValues: variables as Record<string, unknown>, contextValue })) as ExecutionResult;
  };
}
