// A REST route is data: method, documented path, the GraphQL operation it runs, how the request
// maps to variables, the success status and the presenter that writes the documented body.
// Routes run through the same schema, permission layer and services as GraphQL clients.
import type { ErrorCode } from "../errors.js";
import type { ErrorFormat } from "./error-formats.js";
import type { FieldNaming } from "./errors.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface RestRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The server's clock, for routes whose variables depend on today. */
  now: Date;
  /** The path as the client called it (list links keep it). */
  path?: string;
}

/** A typed GraphQL document as codegen emits it (documentMode: string). */
interface Operation<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

export interface RestRoute<TResult = any, TVariables = any> {
  method: HttpMethod;
  /** The documented path; `:name` segments are parameters. */
  path: string;
  operation: Operation<TResult, TVariables>;
  variables: (request: RestRequest) => TVariables;
  /** HTTP status on success (200 unless the seed documents another). */
  status?: number;
  present: (data: TResult, request: RestRequest) => unknown;
  /** Code reported when the request does not fit the operation's input types (default VALIDATION_ERROR). */
  invalidInputCode?: ErrorCode;
  /** Response headers for every answer of this route (deprecation notices, for example). */
  headers?: Record<string, string>;
  /** Seed 001 "Caching": clients may reuse a success this long; answers carry an ETag for If-None-Match. */
  cacheSeconds?: number;
  /** How failures are written (default: the seed-001 envelope). */
  errorFormat?: ErrorFormat;
  /** How field paths in failures are spelled (default snake_case; seed 004 clients write camelCase). */
  fieldNaming?: FieldNaming;
}

/** Declares a route with its operation's result and variable types inferred. */
export function route<TResult, TVariables>(definition: RestRoute<TResult, TVariables>): RestRoute<TResult, TVariables> {
  return definition;
}
