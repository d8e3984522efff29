// Strings in variables must be well-formed Unicode. JSON may spell a lone surrogate ("\ud800") in
// perfectly valid UTF-8, but no database can store it (Prisma fails with a JSON error: a 500). It is
// refused with VALIDATION_ERROR before execution — never "repaired". Documents themselves cannot
// carry one: graphql-js's lexer already refuses them.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (value or key) that is not well-formed Unicode, or null. Iterative: variables may nest deeply. */
function malformedStringPath(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, ""]];
  while (stack.length) {
    const [current, path] = stack.pop()!;
    if (typeof current === "string") {
      if (LONE_SURROGATE.test(current)) return path;
    } else if (current && typeof current === "object") {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (LONE_SURROGATE.test(key)) return childPath;
        stack.push([child, childPath]);
      }
    }
  }
  return null;
}

function refusal(variables: unknown): GraphQLError | null {
  const path = malformedStringPath(variables ?? {});
  if (path === null) return null;
  const [name] = path.split(".");
  // Worded like graphql-js's own variable errors, so REST routes name the field as their clients do.
  return new GraphQLError(`Variable "$${name}" got invalid value at "${path}"; must be well-formed Unicode (it holds a lone surrogate)`, {
    extensions: { code: "VALIDATION_ERROR", http: { status: 400 } },
  });
}

export function useWellFormedStrings(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = refusal(args.variableValues);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = refusal(args.variableValues);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
