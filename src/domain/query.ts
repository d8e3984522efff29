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
