// GraphQL side of the error catalogue. Expected failures (AppError) keep their code and details;
// GraphQL's own request errors (syntax, validation, variable coercion) pass through; everything
// else is masked as INTERNAL_ERROR and logged with the request id.
import { GraphQLError, type ExecutionResult } from "graphql";
import { useErrorHandler, type Plugin } from "graphql-yoga";
import { databaseUnavailable } from "../domain/prisma-errors.js";
import { AppError, toGraphQLError } from "../errors.js";
import type { Logger } from "../logger.js";

function originalOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

/** Errors that GraphQL itself raised about the request (no resolver involved). */
function isRequestError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError);
}

export function maskError(error: unknown): Error {
  const located = error instanceof GraphQLError ? error : undefined;
  // The database is out of reach (restarting, failing over): a 503 to retry, not an internal error.
  const original = databaseUnavailable(originalOf(error)) ?? originalOf(error);
  if (original instanceof AppError) {
    // Annotate the located error itself: yoga treats a returned *different* error as "masked" and logs it.
    const mapped = located ?? toGraphQLError(original);
    Object.assign(mapped.extensions, toGraphQLError(original).extensions);
    // Unauthenticated requests answer 401 on HTTP too; other codes keep GraphQL's 200 so partial data survives.
    if (original.code === "AUTH_FAILED") mapped.extensions.http = { status: 401 };
    // Unavailable (database out of reach, server stopping): 503 and when to try again, on HTTP as in REST.
    if (original.code === "SERVICE_UNAVAILABLE") mapped.extensions.http = { status: 503, headers: { "retry-after": String(original.details.retry_after ?? 1) } };
    return mapped;
  }
  if (isRequestError(error)) return error;
  return new GraphQLError("Unexpected error.", {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    extensions: { code: "INTERNAL_ERROR" },
  });
}

type Logged = { requestId?: string } | undefined;

/** Logs the errors that maskError will hide (each with its request id); `onUnexpected` counts them. */
export type UnexpectedErrorLog = (errors: readonly unknown[], ctx: Logged) => void;

export function unexpectedErrorLog(logger: Logger, onUnexpected: (ctx: { request?: Request } | undefined) => void = () => {}): UnexpectedErrorLog {
  return (errors, ctx) => {
    for (const error of errors) {
      const original = originalOf(error);
      if (original instanceof AppError || isRequestError(error)) continue;
      if (databaseUnavailable(original)) {
        logger.warn({ err: original, requestId: ctx?.requestId }, "database unavailable: answered 503");
        continue;
      }
      onUnexpected(ctx as { request?: Request } | undefined);
      logger.error({ err: original, requestId: ctx?.requestId, path: (error as GraphQLError).path }, "unexpected error in GraphQL operation");
    }
  };
}

/** Logs what maskError will hide, while the request id is still at hand. */
export function useUnexpectedErrorLogging(log: UnexpectedErrorLog): Plugin<{ requestId?: string }> {
  const handler = useErrorHandler(({ errors, context, phase }) =>
    // In the execution phase the handler is given the execution arguments, not the context.
    log(errors, (phase === "execution" ? (context as { contextValue?: unknown }).contextValue : context) as Logged),
  ) as Plugin<{ requestId?: string }>;
  return {
    ...handler,
    // A subscription whose event stream fails after it started: the error surfaces here, not in a result.
    onSubscribe(payload) {
      const hooks = handler.onSubscribe?.(payload) ?? {};
      const context = payload.args.contextValue as Logged; // not `payload`: this hook lives as long as the stream
      return {
        ...hooks,
        onSubscribeError: ({ error }) => log([error], context),
      };
    },
  } as Plugin<{ requestId?: string }>;
}

/**
 * What yoga's masking and useUnexpectedErrorLogging do to a subscription's results and to its
 * failure, for the streams that bypass their hooks (src/graphql/subscription-events.ts).
 */
export function maskedAndLogged(log: UnexpectedErrorLog) {
  return {
    finish(result: ExecutionResult, context: object): ExecutionResult {
      if (!result.errors?.length) return result;
      log(result.errors, context);
      return { ...result, errors: result.errors.map((error) => maskError(error) as GraphQLError) };
    },
    failure(error: unknown, context: object): unknown {
      log([error], context);
      return maskError(error);
    },
  };
}
