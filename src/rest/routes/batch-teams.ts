// Seed 003's batch spawning (v3.1 changelog: POST /spawn-batch) and team endpoints (v3.0 "team
// management endpoints"): GET /api/teams, GET /api/teams/{team_id}. Seed 003's error shape.
import { graphql } from "../../generated/graphql/index.js";
import { AppError } from "../../errors.js";
import { j1msky } from "../error-formats.js";
import { offsetPage } from "../list-query.js";
import { intParam } from "../params.js";
import { route } from "../route.js";
import { z } from "zod";
import { IntParam, OffsetLinks, OffsetPagination, PriorityInput, TaskStatus, Usd } from "../schemas.js";
import { onlyFields, priorityOf, stringField, timeoutOf, usd } from "./tasks.js";

const invalid = (field: string, message: string) => new AppError("VALIDATION_ERROR", { message, details: { fields: [{ field, message }] } });

/** Each item as seed 003's /spawn or /spawn-team body; problems are named tasks[i].field. */
function batchItems(body: Record<string, unknown>) {
  onlyFields(body, ["tasks"]);
  if (!Array.isArray(body.tasks)) throw invalid("tasks", "tasks must be a list of {model|team, task, priority, timeout}");
  return body.tasks.map((item: unknown, index) => {
    if (!item || typeof item !== "object" || Array.isArray(item)) throw invalid(`tasks[${index}]`, `tasks[${index}] must be an object`);
    const fields = item as Record<string, unknown>;
    try {
      onlyFields(fields, ["model", "team", "task", "priority", "timeout"]);
      return { task: stringField(fields, "task") ?? "", model: stringField(fields, "model") ?? null, team: stringField(fields, "team") ?? null, priority: priorityOf(fields.priority), timeoutSeconds: timeoutOf(fields) };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const field = (error.details.fields as { field: string }[] | undefined)?.[0]?.field ?? "";
      throw invalid(`tasks[${index}].${field}`, `tasks[${index}].${field}: ${error.message}`);
    }
  });
}

const Team = z
  .object({ team_id: z.string(), members: z.array(z.object({ role: z.string(), model: z.string() })), models: z.array(z.string()) })
  .meta({ id: "Team" });

const presentTeam = (team: { id: string; members: readonly { role: string; model: string }[] }) => ({
  team_id: team.id,
  members: team.members.map((m) => ({ role: m.role, model: m.model })),
  models: team.members.map((m) => m.model),
});

export const batchTeamRoutes = [
  route({
    method: "POST",
    path: "/api/spawn-batch",
    operation: graphql(`
      mutation RestSpawnBatch($input: SpawnTasksInput!) {
        spawnTasks(input: $input) {
          spawned
          failed
          results { index task { id model team status estimatedCost } error { code message } }
        }
      }
    `),
    variables: ({ body }) => ({ input: { tasks: batchItems(body) } as never }),
    errorFormat: j1msky,
    status: 201,
    present: ({ spawnTasks }) => ({
      success: spawnTasks.failed === 0,
      spawned: spawnTasks.spawned,
      failed: spawnTasks.failed,
      results: spawnTasks.results.map(({ index, task, error }) =>
        task
          ? { index, success: true, agent_id: task.id, model: task.model ?? null, team: task.team ?? null, status: task.status.toLowerCase(), estimated_cost: usd(task.estimatedCost) }
          : { index, success: false, error: { code: error!.code, message: error!.message } },
      ),
    }),
    doc: {
      summary: "Spawn several agents (each item as /api/spawn or /api/spawn-team); per-item results",
      seed: "003",
      body: z.object({
        tasks: z.array(
          z.object({ model: z.string().optional(), team: z.string().optional(), task: z.string(), priority: PriorityInput.optional(), timeout: z.number().int().optional() }),
        ),
      }),
      response: z.object({
        success: z.boolean(),
        spawned: z.number().int(),
        failed: z.number().int(),
        results: z.array(
          z.union([
            z.object({
              index: z.number().int(),
              success: z.literal(true),
              agent_id: z.string(),
              model: z.string().nullable(),
              team: z.string().nullable(),
              status: TaskStatus,
              estimated_cost: Usd.nullable(),
            }),
            z.object({ index: z.number().int(), success: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
          ]),
        ),
      }),
    },
  }),

  route({
    method: "GET",
    path: "/api/teams",
    operation: graphql(`
      query RestTeams {
        teams { id members { role model } }
      }
    `),
    variables: () => ({}),
    errorFormat: j1msky,
    present: ({ teams }, request) => {
      const limit = intParam(request.query, "limit", { fallback: 20, min: 1, max: 100 });
      const offset = intParam(request.query, "offset", { fallback: 0, min: 0, max: 1_000_000 });
      return { data: teams.slice(offset, offset + limit).map(presentTeam), ...offsetPage(request, { total: teams.length, limit, offset }) };
    },
    doc: {
      summary: "The teams /api/spawn-team accepts, with their members' roles and models",
      seed: "003",
      query: z.object({ limit: IntParam("1–100, default 20"), offset: IntParam("rows to skip") }),
      response: z.object({ data: z.array(Team), pagination: OffsetPagination, links: OffsetLinks }),
    },
  }),

  route({
    method: "GET",
    path: "/api/teams/:team_id",
    operation: graphql(`
      query RestTeam($id: String!) {
        team(id: $id) { id members { role model } }
      }
    `),
    variables: ({ params }) => ({ id: params.team_id! }),
    errorFormat: j1msky,
    present: ({ team }) => presentTeam(team),
    doc: { summary: "A team's members (role and model)", seed: "003", response: Team },
  }),
];
