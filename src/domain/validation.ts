// Input validation shared by every surface: a zod schema, and on failure the catalogue code the
// operation documents with one entry per offending field.
import type { z } from "zod";
import { AppError, type ErrorCode } from "../errors.js";

export interface FieldProblem {
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
  throw new AppError(code, { details: { fields } });
}
