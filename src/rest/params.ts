// Reading query-string parameters, refusing bad ones with a field-level VALIDATION_ERROR.
import { AppError } from "../errors.js";
import { camelizeKeys } from "./case.js";
import type { RestRequest } from "./route.js";

function invalid(field: string, message: string): AppError {
  return new AppError("VALIDATION_ERROR", { message: `${field} ${message}`, details: { fields: [{ field, message }] } });
}

export function intParam(query: URLSearchParams, name: string, { fallback, min, max }: { fallback: number; min: number; max: number }): number {
  const raw = query.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^-?\d+$/.test(raw)) throw invalid(name, "must be a whole number");
  const value = Number(raw);
  if (value < min || value > max) throw invalid(name, `must be between ${min} and ${max}`);
  return value;
}

/** An upper-cased enum value from the query string (`status=running` → RUNNING), or undefined. */
export function enumParam<T extends string>(query: URLSearchParams, name: string, allowed: readonly T[]): T | undefined {
  const raw = query.get(name);
  if (raw === null || raw === "") return undefined;
  const value = raw.toUpperCase() as T;
  if (!allowed.includes(value)) throw invalid(name, `must be one of ${allowed.map((a) => a.toLowerCase()).join(", ")}`);
  return value;
}

/** An ISO-8601 timestamp from the query string, or undefined. */
export function dateParam(query: URLSearchParams, name: string): string | undefined {
  const raw = query.get(name);
  if (raw === null || raw === "") return undefined;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw invalid(name, "must be an ISO-8601 timestamp such as 2026-01-31T12:00:00Z");
  return date.toISOString();
}

/** A lower-case enum value from a body (`"reject"`) as GraphQL spells it (`REJECT`); other values pass through to be refused there. */
export function upperEnum(value: unknown): unknown {
  return typeof value === "string" ? value.toUpperCase() : value;
}

export function stringParam(query: URLSearchParams, name: string): string | undefined {
  const raw = query.get(name);
  return raw === null || raw === "" ? undefined : raw;
}

/** The JSON body with camelCase keys, for an operation's input object. */
export function bodyInput(request: RestRequest, freeform: readonly string[] = []): Record<string, unknown> {
  return camelizeKeys(request.body, freeform) as Record<string, unknown>;
}
