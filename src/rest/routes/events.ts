// Seed 003 "Cursor-Based Pagination (for real-time data)": GET /api/events?limit=&cursor= over the
// persisted event log. Items are shaped like seed 003's webhook payload ({event, timestamp, data}).
import { EVENT_LIST } from "../../domain/event-log/service.js";
import { graphql } from "../../generated/graphql/index.js";
import { j1msky } from "../error-formats.js";
import { graphqlWhere, parseListQuery } from "../list-query.js";
import { route } from "../route.js";

export const eventRoutes = [
  route({
    method: "GET",
    path: "/api/events",
    operation: graphql(`
      query RestEventLog($limit: Int!, $cursor: String, $where: EventWhere) {
        eventLog(limit: $limit, cursor: $cursor, where: $where) {
          cursor
          hasMore
          events { sequence type subjectId payload createdAt }
        }
      }
    `),
    variables: ({ query }) => {
      const list = parseListQuery(EVENT_LIST, query, { cursorOnly: true });
      return { limit: list.limit, cursor: list.cursor, where: graphqlWhere(EVENT_LIST, list.where) as never };
    },
    errorFormat: j1msky,
    present: ({ eventLog }, { query, path }) => {
      const next = new URLSearchParams(query);
      next.set("cursor", eventLog.cursor);
      return {
        data: eventLog.events.map((e) => ({ id: e.sequence, event: e.type, timestamp: e.createdAt, subject_id: e.subjectId ?? null, data: e.payload })),
        pagination: { cursor: eventLog.cursor, has_more: eventLog.hasMore, limit: Number(query.get("limit") ?? 20) },
        links: { self: `${path ?? ""}${query.size ? `?${query.toString()}` : ""}`, next: `${path ?? ""}?${next.toString()}` },
      };
    },
  }),
];
