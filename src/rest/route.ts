// A REST route is data: method, documented path, the GraphQL operation it runs, how the request
// maps to variables, the success status and the presenter that writes the documented body.
// Routes run through the same schema, permission layer and services as GraphQL clients.
//
// `doc` documents the route: its zod schemas generate the OpenAPI document (src/rest/openapi.ts,
// GET /openapi.json, `npm run openapi`) and the README's route table. It is optional for the compiler
// so a route can be written first, but checked: test/openapi.test.ts fails for a route without it,
// and every response the test suite receives is validated against the schemas written here.
// Adding it to a route:
//
//   doc: {
//     summary: "Start an agent",              // one line: the README table's text
//     seed: "001",                            // where the contract comes from ("—" for our own)
//     query: z.object({ limit: z.coerce.number().int().optional() }),   // optional
//     body: z.object({ name: z.string() }),  // optional; the request body
//     response: z.object({ agent_id: z.string(), status: z.string() }), // the success body (status `status`)
//   },
//
// Shared pieces (Timestamp, Usd, the Agent object, …) are in src/rest/schemas.ts. Objects are strict
// in the document: a field the presenter writes but the schema lacks fails the tests.
import type { z } from "zod";
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
  /** A DELETE whose documented request has a JSON body (seed 003 DELETE /api/keys/{key_id}). */
  acceptsBody?: boolean;
  /** How failures are written (default: the seed-001 envelope). */
  errorFormat?: ErrorFormat;
  /** How field paths in failures are spelled (default snake_case; seed 004 clients write camelCase). */
  fieldNaming?: FieldNaming;
  /** The route's documentation and schemas (see the top of this file). */
  doc?: RouteDoc;
  /**
   * A deprecated route: answers with Deprecation, Sunset and `Link: <successor>; rel="successor-version"`
   * until its sunset, then 410 `endpoint_sunset` (src/rest/deprecation.ts).
   */
  deprecated?: Deprecation;
}

interface RouteDoc {
  summary: string;
  /** The seed document the route comes from: "001"…"004", "Sessions API", or "—" for this server's own. */
  seed: string;
  description?: string;
  /** Query parameters (every field optional or with a default; values arrive as strings, so coerce). */
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The body of a success (`status`); omit for a route that answers without one. */
  response?: z.ZodType;
}

export interface Deprecation {
  /** The day it was announced deprecated (YYYY-MM-DD). */
  since: string;
  /** The day it stops answering (YYYY-MM-DD); from then on 410. */
  sunset: string;
  /** The path that replaces it. */
  successor: string;
}

/** Declares a route with its operation's result and variable types inferred. */
export function route<TResult, TVariables>(definition: RestRoute<TResult, TVariables>): RestRoute<TResult, TVariables> {
  return definition;
}
