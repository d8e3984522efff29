// What the benchmark and the profiler both drive: the credentials, the limiter policies every
// request is charged against, and the operations of each scenario.
import { RestListAgentsDocument } from "../../src/generated/graphql/graphql.js";
import type { LoadSpec } from "./load.js";
import type { Target } from "./target.js";

const ADMIN = "bench-admin-key-0123456789abcdefghijklmnop";
export const AUTH = `ApiKey ${ADMIN}`;
// The request limiter runs on every request (its cost is part of every figure) with budgets too high
// to refuse anything: role and per-IP class policies for the admin key, per-IP for anonymous calls.
const HIGH = 1_000_000_000;
const RATE_LIMIT_POLICIES = JSON.stringify({
  role: { limits: { admin: HIGH } },
  tier: { limits: { pro: HIGH } },
  ip: { scope: "all", limits: { read: HIGH, write: HIGH, message: HIGH, workflow_run: HIGH } },
});
export const PROJECT_ENV = { BENCH_ADMIN_KEY: ADMIN, RATE_LIMIT_POLICIES };

export const LIST_QUERY = RestListAgentsDocument.toString();
export const LIST_VARIABLES = { first: 20, offset: 0, filter: null };
export const TREE_QUERY = `{ agents(first: 20) { totalCount edges { node { id name sessions(first: 10) { totalCount edges { node { id status messages(first: 10) { totalCount edges { node { id content } } } } } } } } } }`;
export const FANOUT_QUERY = `subscription { agentStatusChanged { agentId previousStatus status changedAt agent { id name status } } }`;
const CREATE_AGENT = `mutation($n: String!) { createAgent(input: { name: $n, type: "bench" }) { agent { id } } }`;

export const gqlBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

export const post = (url: string, body: string, seconds: number, auth = true): LoadSpec => ({
  url,
  method: "POST",
  headers: { "content-type": "application/json", accept: "application/json", ...(auth ? { authorization: AUTH } : {}) },
  body,
  seconds,
});

export const restList = (project: Target, seconds: number): LoadSpec => ({ url: `${project.url}/api/v1/agents?limit=20`, headers: { authorization: AUTH }, seconds });

/** createAgent from `connections` concurrent clients, each request a fresh name. */
export function writes(project: Target, seconds: number, connections = 20): LoadSpec {
  let n = 0;
  return { ...post(`${project.url}/graphql`, "", seconds), connections, bodyFor: () => gqlBody(CREATE_AGENT, { n: `w-${process.pid}-${Date.now()}-${n++}` }) };
}

export async function graphql(project: Target, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${project.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: AUTH }, body: gqlBody(query, variables) });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Does the schema have `type.field`? (The tree scenario needs Agent.sessions, which may not exist yet.) */
export async function hasField(project: Target, type: string, field: string): Promise<boolean> {
  const data = await graphql(project, `query($t: String!) { __type(name: $t) { fields { name } } }`, { t: type });
  return Boolean(data.__type?.fields?.some((f: { name: string }) => f.name === field));
}
