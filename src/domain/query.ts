import { AppError } from "../errors.js";

// What the GraphQL layer (Pothos' Prisma plugin) hands a service with a read: the columns and
// relations the client's selection needs, and for lists the cursor window. Services spread it into
// their Prisma call, so nested fields load in the same statements instead of one query per row.
export interface SelectionQuery {
  select?: unknown;
  include?: unknown;
}

export interface PageQuery extends SelectionQuery {
  take?: number;
  skip?: number;
  cursor?: unknown;
}

/** Page-number clients skip `offset` items first; a cursor, when given, wins. */
export function withOffset(query: PageQuery, offset: number | null | undefined): PageQuery {
  if (offset != null && offset < 0) {
    throw new AppError("VALIDATION_ERROR", { details: { fields: [{ field: "offset", message: "must not be negative" }] } });
  }
  return { ...query, skip: query.cursor ? query.skip : (offset ?? 0) + (query.skip ?? 0) };
}
