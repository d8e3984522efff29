// The persisted event log (seed 003 cursor pagination; REST GET /api/events): domain events, oldest
// first, after a cursor, filtered by the caller's rights and seed 003's list language.
import { EVENT_LIST, LOGGED_TOPICS } from "../../domain/event-log/service.js";
import { builder } from "../builder.js";
import { decodeListWhere, listWhereInput } from "../list-inputs.js";

interface LoggedEventShape {
  id: number;
  topic: string;
  type: string;
  subjectId: string | null;
  payload: unknown;
  createdAt: Date;
}

const EventTopic = builder.enumType("EventTopic", { values: LOGGED_TOPICS.map((t) => t.toUpperCase()) });
const EventWhere = listWhereInput("Event", EVENT_LIST, { topic: { name: "EventTopic", ref: EventTopic } });

const LoggedEvent = builder.objectRef<LoggedEventShape>("LoggedEvent").implement({
  description: "One domain event as its subscription carried it.",
  fields: (t) => ({
    sequence: t.exposeInt("id", { description: "Its place in the log: commit order, never reused." }),
    topic: t.field({ type: EventTopic, resolve: (e) => e.topic.toUpperCase() as never }),
    type: t.exposeString("type", { description: "agent.status_changed, session.message, message.added, budget.alert, task.updated, workflow_run.updated, system_task.updated" }),
    subjectId: t.exposeString("subjectId", { nullable: true }),
    payload: t.field({ type: "JSONObject", resolve: (e) => e.payload as Record<string, unknown> }),
    createdAt: t.field({ type: "DateTime", resolve: (e) => e.createdAt }),
  }),
});

const EventLogPage = builder.objectRef<{ events: LoggedEventShape[]; cursor: string; hasMore: boolean }>("EventLogPage").implement({
  fields: (t) => ({
    events: t.field({ type: [LoggedEvent], resolve: (p) => p.events }),
    cursor: t.exposeString("cursor", { description: "Pass it back to continue after the last event (also when none came: new ones will)." }),
    hasMore: t.exposeBoolean("hasMore"),
  }),
});

builder.queryFields((t) => ({
  eventLog: t.field({
    type: EventLogPage,
    description: `Events kept for EVENT_RETENTION_HOURS, oldest first, after \`cursor\`; only those the caller's scopes and the sessions and channels it may see allow.`,
    args: {
      limit: t.arg.int({ defaultValue: 20, description: "1–100." }),
      cursor: t.arg.string(),
      where: t.arg({ type: EventWhere }),
    },
    resolve: (_root, { limit, cursor, where }, ctx) => ctx.services.eventLog.page(ctx.principal, { limit: limit!, cursor, where: decodeListWhere(EVENT_LIST, where as never) }),
  }),
}));
