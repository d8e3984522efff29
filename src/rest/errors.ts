// REST side of the error catalogue: a GraphQL error (or a request problem found before GraphQL runs)
// becomes a Failure with the catalogue's status; the route's format writes its body. Field paths in
// details are rewritten to the names the route's clients send (snake_case unless it says camelCase).
import type { GraphQLFormattedError } from "graphql";
import { AppError, isErrorCode, statusOf, type ErrorCode, type ErrorDetails } from "../errors.js";
import { snakePath } from "./case.js";
import type { Failure } from "./error-formats.js";

/** How a route's clients spell field paths: `config.max_tokens` (the default) or as GraphQL does. */
export type FieldNaming = (path: string) => string;
const snakeCase: FieldNaming = snakePath;
export const camelCase: FieldNaming = (path) => path;

function renameFields(details: ErrorDetails, rename: FieldNaming): ErrorDetails {
  const fields = details.fields;
  if (!Array.isArray(fields)) return details;
  return {
    ...details,
    fields: fields.map((f: { field?: string }) => (typeof f.field === "string" ? { ...f, field: rename(f.field) } : f)),
  };
}

/**
 * graphql-js words variable problems as
 *   Variable "$input" got invalid value … at "input.config.maxTokens"; <reason>
 *   Variable "$input" got invalid value …; Field "fooBar" is not defined by type "CreateAgentInput".
 *   Variable "$input" got invalid value …; Field "name" of required type "String!" was not provided.
 * Turn that into one field problem named as the REST client named it.
 */
function describeInputError(message: string, rename: FieldNaming = snakeCase): { field: string; message: string } {
  const at = /at "(?:[a-zA-Z]+\.)?([^"]+)"; (.*)$/s.exec(message);
  if (at) return { field: rename(at[1]!), message: at[2]! };
  const unknown = /Field "(\w+)" is not defined by type/.exec(message);
  if (unknown) return { field: rename(unknown[1]!), message: "is not a known field" };
  const missing = /Field "(\w+)" of required type "[^"]+" was not provided/.exec(message);
  if (missing) return { field: rename(missing[1]!), message: "is required" };
  const variable = /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)/.exec(message);
  if (variable) return { field: rename(variable[1]!), message: "is required" };
  return { field: "(request)", message: message.replace(/^Variable "\$\w+" got invalid value .*?; /s, "") };
}

export function failureOf(error: AppError, requestId: string, at: Date, rename: FieldNaming = snakeCase): Failure {
  return { status: error.status, code: error.code, message: error.message, details: renameFields(error.details, rename), requestId, at };
}

/** The failure of an operation: its first coded error, or every input problem GraphQL found. */
/** A variable GraphQL refused (even with a code, such as a JSON value over its limits): the REST input did not fit. */
const isVariableProblem = (e: GraphQLFormattedError) => !e.path && e.message.startsWith('Variable "$');

export function failureFromGraphQL(errors: readonly GraphQLFormattedError[], invalidInputCode: ErrorCode, requestId: string, at: Date, rename: FieldNaming = snakeCase): Failure {
  const coded = errors.find((e) => isErrorCode(e.extensions?.code) && !isVariableProblem(e));
  if (coded) {
    const code = coded.extensions!.code as ErrorCode;
    const details = (coded.extensions?.details as ErrorDetails | undefined) ?? {};
    return { status: statusOf(code), code, message: coded.message, details: renameFields(details, rename), requestId, at };
  }
  const requestErrors = errors.filter((e) => !e.path);
  if (requestErrors.length) {
    // GraphQL refused the request itself: the REST input did not fit the operation's types.
    const fields = requestErrors.map((e) => describeInputError(e.message, rename));
    return { status: statusOf(invalidInputCode), code: invalidInputCode, message: `Request validation failed: ${fields[0]!.field} ${fields[0]!.message}`, details: { fields }, requestId, at };
  }
  return failureOf(new AppError("INTERNAL_ERROR"), requestId, at, rename);
}
