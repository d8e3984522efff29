// The OpenAPI 3.1 document, generated from the route table (each route's `doc`) and the few HTTP
// endpoints outside it (health, the document itself). Served at /openapi.json, rendered at /docs,
// written to openapi.json by `npm run openapi`; the tests validate every REST answer against it.
import { parse, type OperationDefinitionNode } from "graphql";
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { deprecationHeaders, servedUnderV4, V4 } from "./deprecation.js";
import { agentos, j1msky, type ErrorFormat } from "./error-formats.js";
import type { RestRoute } from "./route.js";
import { AgentosError, ErrorEnvelope, J1mskyError, Timestamp } from "./schemas.js";

/** `/api/v1/agents/:agent_id` → `/api/v1/agents/{agent_id}` */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

/** The `/api/v4/…` twin of a route that v4 serves. */
const v4PathOf = (path: string) => `${V4}${path.slice("/api/".length)}`;

const errorSchema = (format: ErrorFormat | undefined) => (format === j1msky ? J1mskyError : format === agentos ? AgentosError : ErrorEnvelope);

/** The GraphQL root fields a route's operation runs (`createAgent`, `agents`…). */
export function operationFields(route: RestRoute): string[] {
  const definition = parse(route.operation.toString()).definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
  return [...new Set(definition?.selectionSet.selections.flatMap((s) => (s.kind === "Field" ? [s.name.value] : [])) ?? [])];
}

const operationIdOf = (method: string, path: string) =>
  method.toLowerCase() +
  path
    .split(/[/_:-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");

const HEADER = (description: string) => ({ description, schema: { type: "string" as const } });

function operationOf(route: RestRoute, path: string): ZodOpenApiOperationObject {
  const doc = route.doc;
  const paramNames = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const status = String(route.status ?? 200);
  const headers = route.deprecated
    ? Object.fromEntries(Object.entries(deprecationHeaders(route.deprecated)).map(([name, value]) => [name, HEADER(`e.g. ${value}`)]))
    : undefined;
  const fields = operationFields(route);
  return {
    operationId: operationIdOf(route.method, path),
    summary: doc?.summary ?? "Not documented yet",
    description: [doc?.description, `Runs the GraphQL ${fields.map((f) => `\`${f}\``).join(", ")} with the caller's credentials.`].filter(Boolean).join("\n\n"),
    tags: [doc ? `Seed ${doc.seed}` : "Undocumented"],
    ...(route.deprecated ? { deprecated: true } : {}),
    ...(doc ? {} : { "x-undocumented": true }),
    requestParams: {
      ...(paramNames.length ? { path: z.object(Object.fromEntries(paramNames.map((n) => [n, z.string()]))) } : {}),
      ...(doc?.query ? { query: doc.query } : {}),
    },
    ...(doc?.body ? { requestBody: { required: true, content: { "application/json": { schema: doc.body } } } } : {}),
    responses: {
      [status]: {
        description: doc?.summary ?? "Success",
        ...(headers ? { headers } : {}),
        ...(doc?.response && status !== "204" ? { content: { "application/json": { schema: doc.response } } } : {}),
      },
      ...(route.cacheSeconds ? { "304": { description: "Not modified (If-None-Match matched the ETag)" } } : {}),
      default: { description: "An error, in the shape of the route's seed", content: { "application/json": { schema: errorSchema(route.errorFormat) } } },
    },
  };
}

// ----- endpoints outside the route table -----

const UpDown = z.enum(["up", "down"]);
const Health = z
  .object({
    status: z.enum(["healthy", "degraded", "unhealthy"]),
    timestamp: Timestamp,
    services: z.object({
      gateway: UpDown.meta({ description: "seed 002: this HTTP API" }),
      docker: UpDown.meta({ description: "seed 002: the agent runtime (the background jobs that run tasks, sessions, workflows)" }),
      database: UpDown,
      api: UpDown,
      pubsub: UpDown,
    }),
    version: z.string(),
  })
  .meta({ id: "Health" });
const ApiHealth = z
  .object({
    status: z.enum(["healthy", "unhealthy"]),
    uptime_seconds: z.number().int().meta({ description: "seed 003" }),
    error_rate: z.number().meta({ description: "seed 003: function_error_total / http_requests_total since start" }),
    models_configured: z.number().int().meta({ description: "seed 003: models in the catalogue" }),
    version: z.string(),
    workers: z.number().int().meta({ description: "seed 004: tasks run at once (TASK_CONCURRENCY)" }),
    uptime: z.number().meta({ description: "seed 004: seconds" }),
  })
  .meta({ id: "ApiHealth" });
const Ready = z.object({ status: z.enum(["ready", "not_ready"]), timestamp: Timestamp, services: z.object({ api: UpDown, database: UpDown, pubsub: UpDown }) });

const json = (description: string, schema: z.ZodType) => ({ description, content: { "application/json": { schema } } });
const apiHealth: ZodOpenApiOperationObject = {
  operationId: "getApiHealth",
  summary: "Health with seed 003's and seed 004's fields",
  tags: ["Health"],
  responses: { "200": json("Healthy", ApiHealth), "503": json("Unhealthy", ApiHealth) },
};

/** Documented endpoints that are not REST routes: `METHOD path` → operation. */
const EXTRA_PATHS: ZodOpenApiPathsObject = {
  "/health": {
    get: {
      operationId: "getHealth",
      summary: "Seed 002 health: services by seed 002's names (gateway, docker, database) and the real probes (api, pubsub)",
      tags: ["Health"],
      responses: { "200": json("Healthy or degraded", Health), "503": json("Unhealthy (database down)", Health) },
    },
  },
  "/health/live": {
    get: { operationId: "getHealthLive", summary: "The process answers", tags: ["Health"], responses: { "200": json("Alive", z.object({ status: z.literal("alive"), timestamp: Timestamp })) } },
  },
  "/health/ready": {
    get: { operationId: "getHealthReady", summary: "Send traffic here", tags: ["Health"], responses: { "200": json("Ready", Ready), "503": json("Not ready", Ready) } },
  },
  "/api/health": { get: apiHealth },
  "/api/v4/health": { get: { ...apiHealth, operationId: "getApiV4Health" } },
  "/openapi.json": {
    get: { operationId: "getOpenApi", summary: "This document", tags: ["Documentation"], responses: { "200": { description: "The OpenAPI 3.1 document" } } },
  },
};

export interface OpenApiOptions {
  version: string;
}

/** Every documented path and method, including v4's twins: what the document must list. */
export function documentedOperations(routes: readonly RestRoute[]): string[] {
  const fromRoutes = routes.flatMap((r) => [`${r.method} ${openApiPath(r.path)}`, ...(servedUnderV4(r) ? [`${r.method} ${openApiPath(v4PathOf(r.path))}`] : [])]);
  const extras = Object.entries(EXTRA_PATHS).flatMap(([path, item]) => Object.keys(item!).map((method) => `${method.toUpperCase()} ${path}`));
  return [...fromRoutes, ...extras];
}

export function buildOpenApiDocument(routes: readonly RestRoute[], { version }: OpenApiOptions) {
  const paths: ZodOpenApiPathsObject = {};
  const add = (path: string, route: RestRoute) => {
    const key = openApiPath(path);
    paths[key] = { ...paths[key], [route.method.toLowerCase()]: operationOf(route, path) };
  };
  for (const route of routes) {
    add(route.path, route);
    if (servedUnderV4(route)) add(v4PathOf(route.path), route);
  }
  Object.assign(paths, EXTRA_PATHS);
  const sorted = Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)));
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Agent platform control plane — REST",
      version,
      description:
        "The REST compatibility routes of the seed documents (001 371OS, Sessions API, 003 J1MSKY v4, 004 AgentOS), each running a GraphQL operation of the same server with the caller's credentials. `/api/v4/…` serves the unversioned `/api/…` routes. Authorization: `ApiKey <key>` or `Bearer <key or access token>`.",
    },
    components: {
      securitySchemes: {
        apiKey: { type: "apiKey", in: "header", name: "Authorization", description: "`ApiKey <key>` or `Bearer <key or access token>`" },
      },
    },
    security: [{ apiKey: [] }],
    paths: sorted,
  });
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
