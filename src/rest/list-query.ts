// Seed 003's list language on the query string: limit (1–100, default 20), offset, cursor, sort
// (`-` for descending), direct filters (`status=running`, `cost_gt=0.5`) and `filter=` JSON with the
// operators eq (default), ne, gt, gte, lt, lte, in, contains, starts_with, ends_with. Parsed against
// the list's ListSpec, so an unknown field, operator or a wrong type is a 400 naming what is allowed;
// the result becomes the GraphQL `where`/`orderBy` variables of the route's operation.
import { AppError } from "../errors.js";
import { microsToDecimal } from "../money.js";
import { addCondition, checkOperator, fieldOf, filterNames, parseSort, typedValue, type ListSort, type ListSpec, type ListWhere } from "../domain/lists/spec.js";
import { camelCase } from "../graphql/list-inputs.js";
import { intParam } from "./params.js";
import type { RestRequest } from "./route.js";

const PAGING = ["limit", "offset", "cursor", "sort", "filter"];

export interface ListRequest {
  where: ListWhere;
  sort: ListSort;
  limit: number;
  offset: number;
  cursor: string | null;
}

function invalid(field: string, message: string): AppError {
  return new AppError("VALIDATION_ERROR", { message: `${field}: ${message}`, details: { fields: [{ field, message }] } });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

/** One filter entry: a scalar (eq, or the alias' operator), an array (in), or an object of operators. */
function addFilter(spec: ListSpec, where: ListWhere, name: string, raw: unknown): void {
  const { name: field, field: definition, op: aliasOp } = fieldOf(spec, name);
  if (isObject(raw)) {
    if (aliasOp) throw invalid(name, `is a shorthand for ${field} ${aliasOp}; give it a value, or use {"${field}": {"<operator>": value}}`);
    const ops = Object.entries(raw);
    if (!ops.length) throw invalid(name, "needs at least one operator");
    for (const [op, value] of ops) {
      const checked = checkOperator(field, definition, op);
      addCondition(where, field, checked, typedValue(field, definition, checked, value));
    }
    return;
  }
  const op = aliasOp ?? (Array.isArray(raw) ? "in" : "eq");
  checkOperator(field, definition, op);
  addCondition(where, field, op, typedValue(name, definition, op, raw));
}


/**
 * The list request of a query string. `cursorOnly` lists (the event log) take no offset or sort.
 * Parameters that are neither paging nor a filter field are refused: a misspelt filter must not
 * silently return everything.
 */
export function parseListQuery(spec: ListSpec, query: URLSearchParams, { cursorOnly = false }: { cursorOnly?: boolean } = {}): ListRequest {
  const where: ListWhere = {};
  const paging = cursorOnly ? ["limit", "cursor", "filter"] : PAGING;
  for (const name of new Set(query.keys())) {
    if (paging.includes(name)) {
      if (query.getAll(name).length > 1) throw invalid(name, "given more than once");
      continue;
    }
    if (!Object.hasOwn(spec.fields, name) && !Object.hasOwn(spec.aliases ?? {}, name)) {
      throw invalid(name, `unknown parameter; allowed: ${[...paging, ...filterNames(spec)].join(", ")}`);
    }
    for (const value of query.getAll(name)) addFilter(spec, where, name, value);
  }
  const rawFilter = query.get("filter");
  if (rawFilter) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawFilter);
    } catch {
      throw invalid("filter", `must be a JSON object such as {"status":"running","cost":{"gt":0.5}}; fields: ${filterNames(spec).join(", ")}`);
    }
    if (!isObject(parsed)) throw invalid("filter", "must be a JSON object");
    for (const [name, value] of Object.entries(parsed)) addFilter(spec, where, name, value);
  }
  const cursor = query.get("cursor") || null;
  const offset = cursorOnly ? 0 : intParam(query, "offset", { fallback: 0, min: 0, max: 1_000_000 });
  if (cursor !== null && offset > 0) throw invalid("cursor", "cannot be combined with offset");
  return {
    where,
    sort: cursorOnly ? { field: spec.tieBreaker, direction: "asc" } : parseSort(spec, query.get("sort")),
    limit: intParam(query, "limit", { fallback: 20, min: 1, max: 100 }),
    offset,
    cursor,
  };
}

/** ListWhere → the GraphQL `where` input (camelCase fields and operators, values as GraphQL writes them). */
export function graphqlWhere(spec: ListSpec, where: ListWhere): Record<string, Record<string, unknown>> {
  const scalar = (type: string, value: unknown): unknown =>
    value instanceof Date ? value.toISOString() : type === "money" && typeof value === "number" ? microsToDecimal(value) : value;
  return Object.fromEntries(
    Object.entries(where).map(([field, conditions]) => [
      camelCase(field),
      Object.fromEntries(
        Object.entries(conditions).map(([op, value]) => {
          const type = spec.fields[field]!.type;
          return [camelCase(op), Array.isArray(value) ? value.map((v) => scalar(type, v)) : scalar(type, value)];
        }),
      ),
    ]),
  );
}

export const graphqlOrder = (sort: ListSort) => ({ field: sort.field.toUpperCase(), direction: sort.direction.toUpperCase() });

/** Seed 003's `pagination` and `links` for an offset page; links keep the caller's other parameters. */
export function offsetPage(request: RestRequest, { total, limit, offset }: { total: number; limit: number; offset: number }) {
  const hasMore = offset + limit < total;
  const link = (at: number | null) => {
    if (at === null) return null;
    const params = new URLSearchParams(request.query);
    params.delete("cursor");
    params.set("limit", String(limit));
    params.set("offset", String(at));
    return `${request.path ?? ""}?${params.toString()}`;
  };
  const previous = offset > 0 ? Math.max(0, offset - limit) : null;
  const next = hasMore ? offset + limit : null;
  const last = total > 0 ? Math.floor((total - 1) / limit) * limit : 0;
  return {
    pagination: { total, limit, offset, has_more: hasMore, next_offset: next, previous_offset: previous },
    links: { self: link(offset), next: link(next), prev: link(previous), first: link(0), last: link(last) },
  };
}
