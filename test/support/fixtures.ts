// Small factories the tests share: keys with given roles, running agents.
import type { CreateApiKeyInput, CreateAgentInput } from "../../src/generated/graphql/graphql.js";
import { gqlOk } from "./client.js";
import { CreateAgent, CreateApiKey, StartAgent } from "./documents.js";
import type { TestServer } from "./server.js";

let seq = 0;
export const unique = (base: string) => `${base}-${Date.now().toString(36)}-${++seq}`;

/** A new API key; returns its Authorization header value and its id. */
export async function createKey(server: TestServer, input: Partial<CreateApiKeyInput> = {}) {
  const { createApiKey } = await gqlOk(server, CreateApiKey, { input: { name: unique("key"), roles: ["MESSAGING"], ...input } });
  return { auth: `ApiKey ${createApiKey.secret}`, id: createApiKey.apiKey.id };
}

/** A RUNNING agent. */
export async function runningAgent(server: TestServer, input: Partial<CreateAgentInput> = {}) {
  const { createAgent } = await gqlOk(server, CreateAgent, { input: { name: unique("agent"), type: "cto_alex", ...input } });
  await gqlOk(server, StartAgent, { id: createAgent.agent.id });
  return createAgent.agent;
}
