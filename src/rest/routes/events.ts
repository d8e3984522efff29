// Seed 003 "Cursor-Based Pagination (for real-time data)": GET /api/events?limit=&cursor= over the
// persisted event log. Items are shaped like seed 003's webhook payload ({event, timestamp, data}).
import { EVENT_LIST } from "../../domain/event-log/service.js";
import { graphql } from "../../generated/graphql/index.js";
import { j1msky } from "../error-formats.js";
import { graphqlWhere, parseListQuery } from "../list-query.js";
import { route } from "../route.js";
import { z } from "zod";
import { IntParam, JsonObject, TextParam, Timestamp } from "../schemas.js";

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
    doc: {
      summary: "The event log after `cursor`, oldest first (limit 1–100, default 20); filters as in the list language",
      seed: "003",
      query: z.object({
        limit: IntParam("1–100, default 20"),
        cursor: TextParam("pagination.cursor of the previous page"),
        type: TextParam("event type (agent.status_changed, task.updated, …)"),
        topic: TextParam("event topic"),
        subject_id: TextParam("the record the event is about"),
        created_after: TextParam("ISO 8601 time"),
        filter: TextParam("JSON object of the same filters"),
      }),
      response: z.object({
        data: z.array(z.object({ id: z.number().int(), event: z.string(), timestamp: Timestamp, subject_id: z.string().nullable(), data: JsonObject })),
        pagination: z.object({ cursor: z.string(), has_more: z.boolean(), limit: z.number().int() }),
        links: z.object({ self: z.string(), next: z.string() }),
      }),
    },
  }),
];
