// JSONObject with the JSON input limits (src/domain/json-limits.ts) built in: every argument and
// input field of this type, on every path (HTTP, SSE, graphql-ws, REST through its operation), is
// refused with VALIDATION_ERROR before a resolver — let alone the database — sees it.
import { GraphQLError, GraphQLScalarType } from "graphql";
import { JSONObjectResolver } from "graphql-scalars";
import { JSON_LIMITS, jsonLimitProblem } from "../domain/json-limits.js";
import { AppError } from "../errors.js";

function withinLimits<T>(value: T): T {
  const problem = jsonLimitProblem(value);
  if (problem) {
    const message = `JSON ${problem}`;
    const details = { limits: JSON_LIMITS };
    // A GraphQLError keeps graphql-js from prefixing its own wording. In a variable, graphql-js keeps
    // only the original error (the AppError gives the code); in a literal, the error is reported as
    // is, so it carries the code and its 400 itself.
    throw new GraphQLError(message, {
      originalError: new AppError("VALIDATION_ERROR", { message, details }),
      extensions: { code: "VALIDATION_ERROR", details, http: { status: 400, spec: false } },
    });
  }
  return value;
}

const base = JSONObjectResolver.toConfig();

export const BoundedJSONObject = new GraphQLScalarType({
  ...base,
  description:
    `A JSON object (ECMA-404). As input it may nest at most ${JSON_LIMITS.maxDepth} levels of objects and arrays ` +
    `and be at most ${JSON_LIMITS.maxBytes / 1024} KB written as JSON (fields may document a smaller size).`,
  parseValue: (value) => withinLimits(base.parseValue!(value)),
  parseLiteral: (ast, variables) => withinLimits(base.parseLiteral!(ast, variables)),
});
