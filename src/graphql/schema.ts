// Builds the schema from the type files and puts the permission layer over it.
import { applyMiddleware } from "graphql-middleware";
import { lexicographicSortSchema, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { builder } from "./builder.js";
import { permissions } from "./permissions.js";
import "./types/common.js";
import "./types/access.js";
import "./types/viewer.js";
import "./types/user.js";
import "./types/api-key.js";
import "./types/agent.js";
import "./types/usage.js";
import "./types/session.js";
import "./types/channel.js";
import "./types/budget.js";
import "./types/orchestrator.js";
import "./types/request-limits.js";
import "./types/system.js";
import "./types/task.js";
import "./types/workflow.js";
import "./types/webhook.js";
import "./types/security.js";
import "./types/event-log.js";
import "./types/spawn-batch.js";
import "./types/deployment.js";

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});

/** The schema without the permission layer: what `schema.graphql` prints. */
export const rawSchema: GraphQLSchema = lexicographicSortSchema(builder.toSchema());

type Middleware = (resolve: GraphQLFieldResolver<unknown, unknown>, ...rest: Parameters<GraphQLFieldResolver<unknown, unknown>>) => unknown;

/**
 * graphql-middleware wraps a subscription field's `resolve` but not its `subscribe`, so an
 * unauthorized client would get its event stream opened. Wrap `subscribe` with the same
 * generated shield middleware: the client gets an error before any stream exists (graphql-ws and SSE).
 */
function guardSubscribe(schema: GraphQLSchema): GraphQLSchema {
  const generated = permissions.generate(schema) as Record<string, Record<string, Middleware | { resolve: Middleware }>>;
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  for (const [name, field] of Object.entries(fields)) {
    const entry = generated.Subscription?.[name];
    const middleware = typeof entry === "function" ? entry : entry?.resolve;
    const subscribe = field.subscribe;
    if (!middleware || !subscribe) throw new Error(`Subscription.${name} has no permission middleware`);
    field.subscribe = (root, args, ctx, info) => middleware(subscribe, root, args, ctx, info);
  }
  return schema;
}

const ROOT_TYPES = new Set(["Query", "Mutation", "Subscription"]);

/**
 * The shield's middleware for the root fields only. Every rule sits on a root field (types below are
 * reachable only through one, `fallbackRule: allow`), so wrapping the fields below would change nothing
 * but their cost: each wrapped resolver becomes async, and a list of 20 agents pays for ~400 promises.
 */
function rootMiddleware(schema: GraphQLSchema) {
  const generated = permissions.generate(schema) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(generated).filter(([type]) => ROOT_TYPES.has(type)));
}

export const schema: GraphQLSchema = guardSubscribe(applyMiddleware(rawSchema, rootMiddleware(rawSchema) as never));
