// Seed 003 (J1MSKY) spawned-agent endpoints on the Task operations of the schema, with its error
// shape ({"success": false, "error": "Task cannot be empty"}) and `success: true` on writes.
import { AppError } from "../../errors.js";
import { graphql } from "../../generated/graphql/index.js";
import { TASK_LIST } from "../../domain/work/task-list.js";
import { j1msky } from "../error-formats.js";
import { graphqlOrder, graphqlWhere, offsetPage, parseListQuery } from "../list-query.js";
import { route, type RestRequest } from "../route.js";
import { z } from "zod";
import { IntParam, OffsetLinks, OffsetPagination, PriorityInput, TaskStatus, TextParam, Timestamp, Usd } from "../schemas.js";

const WebhookEvent = z.enum(["agent.completed", "agent.failed", "workflow.completed", "workflow.failed"]);
const SpawnBody = z.object({ model: z.string().optional(), task: z.string(), priority: PriorityInput.optional(), timeout: z.number().int().optional().meta({ description: "seconds" }) });

graphql(`
  fragment RestTask on Task {
    id
    kind
    model
    team
    status
    task
    result
    error
    createdAt
    startedAt
    completedAt
    estimatedCost
    actualCost
    refund
    members { role model status }
  }
`);

export const usd = (decimal: string | null | undefined) => (decimal == null ? null : Number(decimal));
const invalid = (field: string, message: string) => new AppError("VALIDATION_ERROR", { message, details: { fields: [{ field, message }] } });

/** Seed 003 writes priorities in lower case; anything else gets the seed's message. */
export function priorityOf(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" && ["low", "normal", "high"].includes(value.toLowerCase())) return value.toUpperCase();
  throw invalid("priority", "Priority must be low, normal, or high");
}

export function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw invalid(name, `${name[0]!.toUpperCase()}${name.slice(1)} must be a string`);
  return value;
}

export function onlyFields(body: Record<string, unknown>, allowed: string[]) {
  const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
  if (unknown.length) throw invalid(unknown[0]!, `Unknown field: ${unknown.join(", ")}`);
}

export function timeoutOf(body: Record<string, unknown>): number | undefined {
  const value = body.timeout;
  if (value === undefined || value === null) return undefined;
  if (!Number.isInteger(value)) throw invalid("timeout", "Timeout must be a whole number of seconds");
  return value as number;
}

/** Seed 003's list language over TASK_LIST: the same model GraphQL's `where`/`orderBy` use. */
function listVariables({ query }: RestRequest) {
  const list = parseListQuery(TASK_LIST, query);
  return { list, variables: { first: list.limit, offset: list.offset, after: list.cursor, where: graphqlWhere(TASK_LIST, list.where), orderBy: graphqlOrder(list.sort) } };
}

const TaskStatusBody = z.object({
  agent_id: z.string(),
  model: z.string().nullable(),
  team: z.string().nullable(),
  status: TaskStatus,
  task: z.string().nullable().meta({ description: "null for a caller that may see only the task's status and cost (system_monitor)" }),
  created: Timestamp,
  started: Timestamp.nullable(),
  completed: Timestamp.nullable(),
  result: z.string().nullable(),
  error: z.string().nullable(),
  cost: Usd.nullable(),
  estimated_cost: Usd.nullable(),
  members: z.array(z.object({ role: z.string().nullable(), model: z.string().nullable(), status: TaskStatus })).optional(),
});

export const taskRoutes = [
  route({
    method: "POST",
    path: "/api/spawn",
    operation: graphql(`
      mutation RestSpawn($input: SpawnTaskInput!) {
        spawnTask(input: $input) { task { id model status estimatedCost } }
      }
    `),
    variables: ({ body }) => {
      onlyFields(body, ["model", "task", "priority", "timeout"]);
      return { input: { task: stringField(body, "task") ?? "", model: stringField(body, "model") ?? null, priority: priorityOf(body.priority), timeoutSeconds: timeoutOf(body) } as never };
    },
    errorFormat: j1msky,
    status: 201,
    present: ({ spawnTask: { task } }) => ({ success: true, agent_id: task.id, model: task.model, status: task.status.toLowerCase(), estimated_cost: usd(task.estimatedCost) }),
    doc: {
      summary: "Spawn an agent for a task",
      seed: "003",
      body: SpawnBody,
      response: z.object({ success: z.literal(true), agent_id: z.string(), model: z.string().nullable(), status: TaskStatus, estimated_cost: Usd.nullable() }),
    },
  }),

  route({
    method: "POST",
    path: "/api/spawn-team",
    operation: graphql(`
      mutation RestSpawnTeam($input: SpawnTeamInput!) {
        spawnTeam(input: $input) { task { id team status estimatedCost members { model } } }
      }
    `),
    variables: ({ body }) => {
      onlyFields(body, ["team", "task", "priority", "timeout"]);
      return { input: { team: stringField(body, "team") ?? "", task: stringField(body, "task") ?? "", priority: priorityOf(body.priority), timeoutSeconds: timeoutOf(body) } as never };
    },
    errorFormat: j1msky,
    status: 201,
    present: ({ spawnTeam: { task } }) => ({
      success: true,
      agent_id: task.id,
      team: task.team,
      models: task.members.map((m) => m.model),
      status: task.status.toLowerCase(),
      estimated_cost: usd(task.estimatedCost),
    }),
    doc: {
      summary: "Spawn a team for a task",
      seed: "003",
      body: z.object({ team: z.string(), task: z.string(), priority: PriorityInput.optional(), timeout: z.number().int().optional() }),
      response: z.object({
        success: z.literal(true),
        agent_id: z.string(),
        team: z.string().nullable(),
        models: z.array(z.string().nullable()),
        status: TaskStatus,
        estimated_cost: Usd.nullable(),
      }),
    },
  }),


  route({
    method: "GET",
    path: "/api/agents",
    operation: graphql(`
      query RestListTasks($first: Int!, $offset: Int!, $after: String, $where: TaskWhere, $orderBy: TaskOrder) {
        tasks(first: $first, offset: $offset, after: $after, where: $where, orderBy: $orderBy) {
          totalCount
          pageInfo { endCursor hasNextPage }
          edges { node { ...RestTask } }
        }
        taskStats(where: $where) { totalCost byModel { model count } }
      }
    `),
    variables: (req) => listVariables(req).variables as never,
    errorFormat: j1msky,
    present: (data, req) => {
      const { list } = listVariables(req);
      const total = data.tasks.totalCount;
      const page = offsetPage(req, { total, limit: list.limit, offset: list.offset });
      const { hasNextPage, endCursor } = data.tasks.pageInfo;
      return {
        data: data.tasks.edges.map(({ node: t }) => ({
          agent_id: t.id,
          model: t.model,
          status: t.status.toLowerCase(),
          task: t.task,
          team: t.team,
          created_at: t.createdAt,
          started_at: t.startedAt ?? null,
          completed_at: t.completedAt ?? null,
          estimated_cost: usd(t.estimatedCost),
          actual_cost: usd(t.actualCost),
        })),
        // A cursor request pages by cursor (offsets are unknown there); either way `cursor` continues it.
        pagination: list.cursor
          ? { total, limit: list.limit, has_more: hasNextPage, cursor: hasNextPage ? endCursor : null }
          : { ...page.pagination, cursor: page.pagination.has_more ? endCursor : null },
        ...(list.cursor ? {} : { links: page.links }),
        meta: { total_cost: usd(data.taskStats.totalCost), by_model: Object.fromEntries(data.taskStats.byModel.map((m) => [m.model, m.count])) },
      };
    },
    doc: {
      summary: "Spawned agents with filters, sort and offset pagination; filters also as `?filter={json}`",
      seed: "003",
      query: z.object({
        status: z.enum(TaskStatus.options).optional(),
        model: TextParam("model name"),
        team: TextParam("team id"),
        created_after: TextParam("ISO date"),
        cost_gt: TextParam("US dollars"),
        sort: TextParam("created_at, cost or status; - for descending (default -created_at)"),
        filter: TextParam("JSON object of the same filters"),
        limit: IntParam("1–100, default 20"),
        offset: IntParam("rows to skip"),
        cursor: TextParam("pagination.cursor of the previous page (instead of offset)"),
      }),
      response: z.object({
        data: z.array(
          z.object({
            agent_id: z.string(),
            model: z.string().nullable(),
            status: TaskStatus,
            task: z.string().nullable(),
            team: z.string().nullable(),
            created_at: Timestamp,
            started_at: Timestamp.nullable(),
            completed_at: Timestamp.nullable(),
            estimated_cost: Usd.nullable(),
            actual_cost: Usd.nullable(),
          }),
        ),
        // Offset paging (with links), or cursor paging when `cursor` was given; `cursor` continues either.
        pagination: z.union([
          OffsetPagination.extend({ cursor: z.string().nullable() }),
          z.object({ total: z.number().int(), limit: z.number().int(), has_more: z.boolean(), cursor: z.string().nullable() }),
        ]),
        links: OffsetLinks.optional(),
        meta: z.object({ total_cost: Usd.nullable(), by_model: z.record(z.string(), z.number().int()) }),
      }),
    },
  }),

  route({
    method: "GET",
    path: "/api/agents/active",
    operation: graphql(`
      query RestActiveTasks($today: DateTime!) {
        tasks(first: 100, filter: { status: [RUNNING] }) { totalCount edges { node { id model status task } } }
        today: taskStats(filter: { createdAfter: $today }) { totalCost }
      }
    `),
    variables: ({ now }) => ({ today: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 1).toISOString() }),
    errorFormat: j1msky,
    present: (data) => ({
      agents: data.tasks.edges.map(({ node: t }) => ({ agent_id: t.id, model: t.model, status: t.status.toLowerCase(), task: t.task })),
      count: data.tasks.totalCount,
      total_cost_today: usd(data.today.totalCost),
    }),
    doc: {
      summary: "The running spawned agents",
      seed: "003",
      response: z.object({
        agents: z.array(z.object({ agent_id: z.string(), model: z.string().nullable(), status: TaskStatus, task: z.string().nullable() })),
        count: z.number().int(),
        total_cost_today: Usd.nullable(),
      }),
    },
  }),

  route({
    method: "GET",
    path: "/api/agent/:agent_id",
    operation: graphql(`
      query RestGetTask($id: ID!) {
        task(id: $id) { ...RestTask }
      }
    `),
    variables: ({ params }) => ({ id: params.agent_id! }),
    errorFormat: j1msky,
    present: ({ task: t }) => ({
      agent_id: t!.id,
      model: t!.model,
      team: t!.team,
      status: t!.status.toLowerCase(),
      task: t!.task,
      created: t!.createdAt,
      started: t!.startedAt ?? null,
      completed: t!.completedAt ?? null,
      result: t!.result ?? null,
      error: t!.error ?? null,
      cost: usd(t!.actualCost),
      estimated_cost: usd(t!.estimatedCost),
      ...(t!.kind === "TEAM" ? { members: t!.members.map((m) => ({ role: m.role, model: m.model, status: m.status.toLowerCase() })) } : {}),
    }),
    doc: {
      summary: "A spawned agent's status, result and cost (plus `members` for a team)",
      seed: "003",
      response: TaskStatusBody,
    },
  }),

  route({
    method: "DELETE",
    path: "/api/agent/:agent_id",
    operation: graphql(`
      mutation RestCancelTask($id: ID!) {
        cancelTask(input: { id: $id }) { refund task { id status } }
      }
    `),
    variables: ({ params }) => ({ id: params.agent_id! }),
    errorFormat: j1msky,
    present: ({ cancelTask }) => ({ success: true, message: "Agent cancelled", refund: usd(cancelTask.refund), status: cancelTask.task.status.toLowerCase() }),
    doc: {
      summary: "Cancel a spawned agent; 409 once finished",
      seed: "003",
      response: z.object({ success: z.literal(true), message: z.string(), refund: Usd.nullable(), status: TaskStatus }),
    },
  }),

  route({
    method: "POST",
    path: "/api/webhooks",
    operation: graphql(`
      mutation RestCreateWebhook($input: CreateWebhookInput!) {
        createWebhook(input: $input) { secret webhook { id url events createdAt } }
      }
    `),
    variables: ({ body }) => {
      onlyFields(body, ["url", "events", "secret"]);
      const events = Array.isArray(body.events) ? body.events.map((e) => (typeof e === "string" ? e.toUpperCase().replace(/\./g, "_") : e)) : body.events;
      return { input: { url: stringField(body, "url") ?? "", events, secret: stringField(body, "secret") ?? null } as never };
    },
    errorFormat: j1msky,
    status: 201,
    present: ({ createWebhook: { webhook, secret } }, { body }) => ({
      success: true,
      webhook_id: webhook.id,
      url: webhook.url,
      events: webhook.events.map((e) => e.toLowerCase().replace("_", ".")),
      created_at: webhook.createdAt,
      ...(body.secret ? {} : { secret }), // a generated secret is shown this once
    }),
    doc: {
      summary: "Register a webhook (`secret` in the answer when generated)",
      seed: "003",
      body: z.object({ url: z.string(), events: z.array(WebhookEvent), secret: z.string().optional() }),
      response: z.object({
        success: z.literal(true),
        webhook_id: z.string(),
        url: z.string(),
        events: z.array(WebhookEvent),
        created_at: Timestamp,
        secret: z.string().optional().meta({ description: "only when the server generated it, shown this once" }),
      }),
    },
  }),

  route({
    method: "GET",
    path: "/api/webhooks",
    operation: graphql(`
      query RestListWebhooks {
        webhooks(first: 100) { edges { node { id url events createdAt } } }
      }
    `),
    variables: () => ({}),
    errorFormat: j1msky,
    present: (data) => ({
      webhooks: data.webhooks.edges.map(({ node: w }) => ({ webhook_id: w.id, url: w.url, events: w.events.map((e) => e.toLowerCase().replace("_", ".")), created_at: w.createdAt })),
    }),
    doc: {
      summary: "The registered webhooks",
      seed: "003",
      response: z.object({ webhooks: z.array(z.object({ webhook_id: z.string(), url: z.string(), events: z.array(WebhookEvent), created_at: Timestamp })) }),
    },
  }),

  route({
    method: "DELETE",
    path: "/api/webhooks/:webhook_id",
    operation: graphql(`
      mutation RestDeleteWebhook($id: ID!) {
        deleteWebhook(input: { id: $id }) { deletedWebhookId }
      }
    `),
    variables: ({ params }) => ({ id: params.webhook_id! }),
    errorFormat: j1msky,
    present: (data) => ({ success: true, webhook_id: data.deleteWebhook.deletedWebhookId }),
    doc: { summary: "Delete a webhook", seed: "003", response: z.object({ success: z.literal(true), webhook_id: z.string() }) },
  }),
];
