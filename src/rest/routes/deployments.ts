// Seed 001 QuestFlow "Deploy to Akash Network": POST /api/deploy/akash and the deployment's status.
// Its camelCase body; every answer names the provider (`simulated`: the built-in local simulation).
import { graphql } from "../../generated/graphql/index.js";
import { camelCase } from "../errors.js";
import { route } from "../route.js";
import { z } from "zod";
import { JsonObject, Timestamp } from "../schemas.js";

const DeploymentStatus = z.enum(["initiated", "deploying", "provisioning", "active", "failed"]);

graphql(`
  fragment RestDeployment on Deployment {
    id
    name
    target
    provider
    status
    config
    endpoint
    error
    createdAt
    updatedAt
  }
`);

export const deploymentRoutes = [
  route({
    method: "POST",
    path: "/api/deploy/akash",
    operation: graphql(`
      mutation RestDeployAkash($input: DeployToAkashInput!) {
        deployToAkash(input: $input) { deployment { ...RestDeployment } }
      }
    `),
    variables: ({ body }) => ({ input: { name: body.name, config: body.config ?? null } as never }),
    fieldNaming: camelCase,
    status: 201,
    present: ({ deployToAkash: { deployment: d } }) => ({
      success: true,
      deploymentId: d.id,
      status: d.status.toLowerCase(),
      provider: d.provider,
      message: `Deployment to Akash initiated successfully (provider: ${d.provider})`,
      config: { name: d.name, config: d.config },
    }),
    doc: {
      summary: "Deploy to Akash (the built-in provider simulates it locally)",
      seed: "001",
      body: z.object({
        name: z.string().meta({ description: "1–100 characters" }),
        config: z.object({ cpu: z.number().optional(), memory: z.string().optional(), storage: z.string().optional() }).optional(),
      }),
      response: z.object({
        success: z.literal(true),
        deploymentId: z.string(),
        status: DeploymentStatus,
        provider: z.string(),
        message: z.string(),
        config: z.object({ name: z.string(), config: JsonObject }),
      }),
    },
  }),

  route({
    method: "GET",
    path: "/api/deploy/akash/:deployment_id",
    operation: graphql(`
      query RestDeployment($id: ID!) {
        deployment(id: $id) { ...RestDeployment }
      }
    `),
    variables: ({ params }) => ({ id: params.deployment_id! }),
    fieldNaming: camelCase,
    present: ({ deployment: d }) => ({
      deploymentId: d.id,
      name: d.name,
      target: d.target,
      provider: d.provider,
      status: d.status.toLowerCase(),
      config: d.config,
      endpoint: d.endpoint ?? null,
      error: d.error ?? null,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    }),
    doc: {
      summary: "A deployment's status and endpoint",
      seed: "001",
      response: z.object({
        deploymentId: z.string(),
        name: z.string(),
        target: z.string(),
        provider: z.string(),
        status: DeploymentStatus,
        config: JsonObject,
        endpoint: z.string().nullable(),
        error: z.string().nullable(),
        createdAt: Timestamp,
        updatedAt: Timestamp,
      }),
    },
  }),
];
