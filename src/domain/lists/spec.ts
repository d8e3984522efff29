// One filter/sort model per list (seed 003 "Pagination & Filtering"): which fields a client may filter
// and sort on, their types and operators. REST query parameters and GraphQL `where`/`orderBy` inputs
// both become a ListWhere, which turns into one Prisma `where` — so filtering always happens in SQL,
// before the page is cut, and both surfaces accept exactly the same language.
import { AppError } from "../../errors.js";
import { decimalToMicros } from "../../money.js";

export const OPERATORS = ["eq", "ne", "gt", "gte", "lt", "lte", "in", "contains", "starts_with", "ends_with"] as const;
export type Operator = (typeof OPERATORS)[number];

type FieldType = "string" | "enum" | "datetime" | "money";

const OPERATORS_OF: Record<FieldType, readonly Operator[]> = {
  string: ["eq", "ne", "in", "contains", "starts_with", "ends_with"],
  enum: ["eq", "ne", "in"],
  datetime: ["eq", "ne", "gt", "gte", "lt", "lte"],
  money: ["eq", "ne", "gt", "gte", "lt", "lte"],
};

export interface ListField {
  /** The Prisma column it filters and sorts. */
  column: string;
  type: FieldType;
  /** enum: the allowed values, as stored (upper case). */
  values?: readonly string[];
  /** The column may be NULL: `ne` then keeps rows where it is NULL too, as a client expects. */
  nullable?: boolean;
  sortable?: boolean;
  /** Shown in errors and docs. */
  description?: string;
}

export interface ListSpec {
  name: string;
  /** Keyed by the field's REST name (snake_case); GraphQL spells it in camelCase. */
  fields: Record<string, ListField>;
  /** Seed shorthands: `created_after` is `created_at` `gt`, `cost_gt` is `cost` `gt`. */
  aliases?: Record<string, { field: string; op: Operator }>;
  /** `-created_at` style; ties are broken by `tieBreaker` in the same direction. */
  defaultSort: string;
  tieBreaker: string;
}

/** Conditions by field (REST name), each a set of operators with typed values (Date, micro-dollars, strings). */
export type ListWhere = Record<string, Partial<Record<Operator, unknown>>>;
export interface ListSort {
  field: string;
  direction: "asc" | "desc";
}

export const operatorsOf = (field: ListField): readonly Operator[] => OPERATORS_OF[field.type];

function invalid(field: string, message: string): AppError {
  return new AppError("VALIDATION_ERROR", { message: `${field}: ${message}`, details: { fields: [{ field, message }] } });
}

/** The names a client may filter on (fields and aliases), for error messages. */
export function filterNames(spec: ListSpec): string[] {
  return [...Object.keys(spec.fields), ...Object.keys(spec.aliases ?? {})];
}

export function sortNames(spec: ListSpec): string[] {
  return Object.entries(spec.fields)
    .filter(([, f]) => f.sortable)
    .map(([name]) => name);
}

/** Resolves a field or alias name; unknown names are refused with the allowed ones. */
export function fieldOf(spec: ListSpec, name: string): { name: string; field: ListField; op?: Operator } {
  const alias = spec.aliases?.[name];
  const target = alias ? alias.field : name;
  const field = Object.hasOwn(spec.fields, target) ? spec.fields[target] : undefined;
  if (!field) throw invalid(name, `unknown filter field; allowed fields: ${filterNames(spec).join(", ")}`);
  return { name: target, field, op: alias?.op };
}

export function checkOperator(name: string, field: ListField, op: string): Operator {
  const allowed = operatorsOf(field);
  if (!(allowed as readonly string[]).includes(op)) throw invalid(name, `unknown operator "${op}"; allowed operators for ${name}: ${allowed.join(", ")}`);
  return op as Operator;
}

/**
 * One value as a client wrote it (JSON or a query-string string) → its typed form: enum values upper-cased
 * and checked, timestamps as Date, money as integer micro-dollars. Wrong types are refused naming the type.
 */
export function typedValue(name: string, field: ListField, op: Operator, raw: unknown): unknown {
  if (op === "in") {
    const list = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : null;
    if (!list || list.length === 0 || list.length > 100) throw invalid(name, "in expects a list of 1–100 values (a JSON array, or comma-separated)");
    return list.map((item) => typedValue(name, field, "eq", item));
  }
  switch (field.type) {
    case "string":
      if (typeof raw !== "string" || raw.length > 500) throw invalid(name, "expects a string of at most 500 characters");
      return raw;
    case "enum": {
      const value = typeof raw === "string" ? raw.toUpperCase() : null;
      if (!value || !field.values!.includes(value)) throw invalid(name, `expects one of: ${field.values!.map((v) => v.toLowerCase()).join(", ")}`);
      return value;
    }
    case "datetime": {
      const date = raw instanceof Date ? raw : typeof raw === "string" && /^\d{4}-\d{2}-\d{2}/.test(raw) ? new Date(raw) : null;
      if (!date || Number.isNaN(date.getTime())) throw invalid(name, "expects an ISO-8601 date or timestamp such as 2026-02-01 or 2026-02-01T12:00:00Z");
      return date;
    }
    case "money": {
      const text = typeof raw === "number" && Number.isFinite(raw) ? String(raw) : typeof raw === "string" ? raw : null;
      const micros = text === null ? null : decimalToMicros(text);
      if (micros === null) throw invalid(name, "expects an amount of US dollars such as 0.50 (at most six decimals)");
      return micros;
    }
  }
}

export function parseSort(spec: ListSpec, raw: string | null | undefined): ListSort {
  const text = raw || spec.defaultSort;
  const field = text.replace(/^[-+]/, "");
  if (!spec.fields[field]?.sortable) throw invalid("sort", `unknown sort field "${field}"; allowed: ${sortNames(spec).join(", ")}, with - for descending`);
  return { field, direction: text.startsWith("-") ? "desc" : "asc" };
}

/** Adds a condition, refusing a field given the same operator twice with different values. */
export function addCondition(where: ListWhere, field: string, op: Operator, value: unknown): void {
  const conditions = (where[field] ??= {});
  if (op in conditions && JSON.stringify(conditions[op]) !== JSON.stringify(value)) throw invalid(field, `given twice with operator ${op}`);
  conditions[op] = value;
}

const PRISMA_OPERATOR: Record<Exclude<Operator, "eq" | "ne">, string> = {
  gt: "gt",
  gte: "gte",
  lt: "lt",
  lte: "lte",
  in: "in",
  contains: "contains",
  starts_with: "startsWith",
  ends_with: "endsWith",
};

export interface PrismaListOptions {
  /** PostgreSQL compares strings case-sensitively; SQLite's LIKE does not (ASCII). Ask for insensitive on both. */
  dialect?: "sqlite" | "postgresql";
}

/** ListWhere → a Prisma `where` (AND of every condition). Values must already be typed (typedValue). */
export function toPrismaWhere(spec: ListSpec, where: ListWhere | null | undefined, { dialect = "sqlite" }: PrismaListOptions = {}): Record<string, unknown> {
  const and: Record<string, unknown>[] = [];
  for (const [name, conditions] of Object.entries(where ?? {})) {
    const field = spec.fields[name];
    if (!field) throw invalid(name, `unknown filter field; allowed fields: ${filterNames(spec).join(", ")}`);
    for (const [op, value] of Object.entries(conditions) as [Operator, unknown][]) {
      if (value === undefined) continue;
      if (op === "eq") and.push({ [field.column]: value });
      else if (op === "ne") and.push(field.nullable ? { OR: [{ [field.column]: { not: value } }, { [field.column]: null }] } : { [field.column]: { not: value } });
      else {
        const text = op === "contains" || op === "starts_with" || op === "ends_with";
        and.push({ [field.column]: { [PRISMA_OPERATOR[op]]: value, ...(text && dialect === "postgresql" ? { mode: "insensitive" } : {}) } });
      }
    }
  }
  return and.length ? { AND: and } : {};
}

/** The sort and its tie-breaker, so pages never overlap when many rows share a value. */
export function toPrismaOrderBy(spec: ListSpec, sort: ListSort | null | undefined): Record<string, "asc" | "desc">[] {
  const { field, direction } = sort ?? parseSort(spec, null);
  return [{ [spec.fields[field]!.column]: direction }, { [spec.tieBreaker]: direction }];
}
