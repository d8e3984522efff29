// Deployments (seed 001 QuestFlow): create one on a target, follow its provider's states.
import { DEPLOYMENT_STATUSES, type DeploymentStatus as Status } from "../../domain/deployments/provider.js";
import type { Deployment as Row } from "../../generated/sqlite/client.js";
import { builder } from "../builder.js";

const DeploymentStatus = builder.enumType("DeploymentStatus", {
  description: "INITIATED → PROVISIONING → DEPLOYING → ACTIVE, or FAILED (the simulated provider: 2 s, 5 s, 10 s after creation).",
  values: DEPLOYMENT_STATUSES,
});

const Deployment = builder.objectRef<Row>("Deployment").implement({
  fields: (t) => ({
    id: t.exposeID("id"),
    name: t.exposeString("name"),
    target: t.exposeString("target"),
    provider: t.exposeString("provider", { description: '"simulated" for the built-in provider: a local simulation, no network.' }),
    status: t.field({ type: DeploymentStatus, resolve: (d) => d.status as Status }),
    config: t.field({ type: "JSONObject", resolve: (d) => d.config as Record<string, unknown> }),
    endpoint: t.exposeString("endpoint", { nullable: true }),
    error: t.exposeString("error", { nullable: true }),
    createdAt: t.field({ type: "DateTime", resolve: (d) => d.createdAt }),
    updatedAt: t.field({ type: "DateTime", resolve: (d) => d.updatedAt }),
  }),
});

builder.queryField("deployment", (t) =>
  t.field({
    type: Deployment,
    description: "A deployment as its provider sees it now; deployment_not_found if there is none (or it is not yours).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, ctx) => ctx.services.deployments.get(ctx.principal, String(id)),
  }),
);

builder.relayMutationField(
  "deployToAkash",
  {
    inputFields: (t) => ({
      name: t.string({ required: true, description: "1–100 characters." }),
      config: t.field({ type: "JSONObject", description: '{cpu: 0.1–256, memory: "1GB", storage: "10GB"} (these defaults when omitted).' }),
    }),
  },
  { resolve: async (_root, { input }, ctx) => ({ deployment: await ctx.services.deployments.create(ctx.principal, { name: input.name, config: input.config ?? {} }) }) },
  { outputFields: (t) => ({ deployment: t.field({ type: Deployment, resolve: (p) => p.deployment }) }) },
);
