// GraphQL inputs generated from a list's ListSpec (src/domain/lists/spec.ts): a `where` input with one
// condition object per field (`{ cost: { gt: "0.50" }, task: { contains: "report" } }`) and an order
// enum of its sortable fields. Decoded into the same ListWhere the REST parameters become.
import { OPERATORS, operatorsOf, sortNames, typedValue, type ListField, type ListSpec, type ListWhere, type Operator } from "../domain/lists/spec.js";
import { builder } from "./builder.js";
import { OrderDirection } from "./types/common.js";

type InputRef = ReturnType<typeof builder.inputRef>;
type EnumRef = unknown;

/** created_at → createdAt, starts_with → startsWith */
export const camelCase = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const graphqlOp = (op: Operator) => camelCase(op);
const conditionTypes = new Map<string, InputRef>();

/** `StringCondition`, `DateTimeCondition`, `DecimalCondition`, or `<Enum>Condition`: the operators of its type. */
function conditionType(field: ListField, enumRef?: { name: string; ref: EnumRef }): InputRef {
  const scalar = field.type === "string" ? "String" : field.type === "datetime" ? "DateTime" : field.type === "money" ? "Decimal" : enumRef!.name;
  const name = `${scalar}Condition`;
  const existing = conditionTypes.get(name);
  if (existing) return existing;
  const type = (field.type === "enum" ? enumRef!.ref : scalar) as never;
  const ref = builder.inputType(name, {
    description: `Conditions on a ${scalar} field, all of which must hold.`,
    fields: (t) =>
      Object.fromEntries(operatorsOf(field).map((op) => [graphqlOp(op), op === "in" ? t.field({ type: [type] }) : t.field({ type })])) as never,
  }) as unknown as InputRef;
  conditionTypes.set(name, ref);
  return ref;
}

/**
 * `<Name>Where` for the spec's fields. Enum fields need their GraphQL enum (by field name).
 */
export function listWhereInput(name: string, spec: ListSpec, enums: Record<string, { name: string; ref: EnumRef }> = {}) {
  return builder.inputType(`${name}Where`, {
    description: `Filters in seed 003's list language; every condition must hold. Fields: ${Object.keys(spec.fields).map(camelCase).join(", ")}.`,
    fields: (t) =>
      Object.fromEntries(
        Object.entries(spec.fields).map(([field, definition]) => [camelCase(field), t.field({ type: conditionType(definition, enums[field]) as never, description: definition.description })]),
      ) as never,
  });
}

/** `<Name>OrderField`: the spec's sortable fields (CREATED_AT, COST, …). */
export function listOrderInput(name: string, spec: ListSpec) {
  const field = builder.enumType(`${name}OrderField`, {
    values: Object.fromEntries(sortNames(spec).map((f) => [f.toUpperCase(), { value: f }])) as Record<string, { value: string }>,
  });
  return builder.inputType(`${name}Order`, {
    fields: (t) => ({ field: t.field({ type: field, required: true }), direction: t.field({ type: OrderDirection, required: true }) }),
  });
}

/** A decoded `where` input → ListWhere, each value typed as the REST parser types it. */
export function decodeListWhere(spec: ListSpec, where: Record<string, Record<string, unknown> | null | undefined> | null | undefined): ListWhere {
  const result: ListWhere = {};
  for (const [name, definition] of Object.entries(spec.fields)) {
    const conditions = where?.[camelCase(name)];
    if (!conditions) continue;
    for (const op of OPERATORS) {
      const value = conditions[graphqlOp(op)];
      if (value === undefined || value === null) continue;
      (result[name] ??= {})[op] = typedValue(name, definition, op, value);
    }
  }
  return result;
}

