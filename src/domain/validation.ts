// Input validation shared by every surface: a zod schema, and on failure the catalogue code the
// operation documents with one entry per offending field.
import type { z } from "zod";
import { AppError, ERROR_CATALOGUE, type ErrorCode } from "../errors.js";

interface FieldProblem {
  field: string;
  message: string;
}

export function validate<S extends z.ZodType>(schema: S, input: unknown, code: ErrorCode): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: FieldProblem[] = [];
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join(".") || "(input)";
    if (!fields.some((f) => f.field === field)) fields.push({ field, message: issue.message }); // first problem per field
  }
  // The message names the first problem, for clients that only show the message (seed 003's `error`).
  throw new AppError(code, { message: `${ERROR_CATALOGUE[code].message}: ${fields[0]!.field} ${fields[0]!.message}`, details: { fields } });
}
