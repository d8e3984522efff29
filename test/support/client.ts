// Talking to a test server the way clients do: typed GraphQL documents (codegen) and REST calls.
import type { GraphQLFormattedError } from "graphql";
import type { TypedDocumentString } from "../../src/generated/graphql/graphql.js";
import type { TestServer } from "./server.js";

export interface GqlResult<T> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

export interface CallOptions {
  /** Authorization header value; the admin key unless given, none when null. */
  auth?: string | null;
  headers?: Record<string, string>;
}

function authHeader(server: TestServer, auth: string | null | undefined): Record<string, string> {
  const value = auth === undefined ? server.admin : auth;
  return value === null ? {} : { authorization: value };
}

export async function gql<TResult, TVariables>(
  server: TestServer,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: CallOptions = {},
): Promise<GqlResult<TResult>> {
  const response = await server.fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...authHeader(server, options.auth), ...options.headers },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: GraphQLFormattedError[] };
  return { status: response.status, headers: response.headers, ...body };
}

/** The data of a call that must succeed; fails the test with the errors otherwise. */
export async function gqlOk<TResult, TVariables>(
  server: TestServer,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options?: CallOptions,
): Promise<TResult> {
  const result = await gql(server, document, variables, options);
  if (result.errors?.length || !result.data) {
    throw new Error(`GraphQL call failed: ${JSON.stringify(result.errors ?? result)}`);
  }
  return result.data;
}

export function errorCodes(result: { errors?: readonly GraphQLFormattedError[] }): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

export interface RestResult {
  status: number;
  headers: Headers;
  body: any;
}

export async function rest(
  server: TestServer,
  method: string,
  path: string,
  options: CallOptions & { body?: unknown; rawBody?: string } = {},
): Promise<RestResult> {
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  const response = await server.fetch(path, {
    method,
    headers: {
      ...(hasBody ? { "content-type": "application/json" } : {}),
      ...authHeader(server, options.auth),
      ...options.headers,
    },
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}
