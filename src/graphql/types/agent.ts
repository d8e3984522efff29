// Agent (seed 001 Agent Management API): type, queries, mutations and the status subscription.
import { AGENT_STATUSES, type AgentConfig } from "../../domain/agents/rules.js";
import type { AgentStatusChangedEvent } from "../../events.js";
import type { Agent as AgentRow } from "../../generated/sqlite/client.js";
import { builder } from "../builder.js";
import { OrderDirection } from "./common.js";
import { UsageSummary } from "./usage.js";
import { sessionWhere } from "../../domain/sessions/visibility.js";

const AgentStatus = builder.enumType("AgentStatus", {
  description: "Lifecycle of an agent: CREATED → RUNNING ⇄ STOPPED; ERROR when it failed.",
  values: AGENT_STATUSES,
});

export const AgentConfigRef = builder.objectRef<AgentConfig>("AgentConfig").implement({
  description: "LLM configuration of an agent; `model` also chooses the provider that answers.",
  fields: (t) => ({
    model: t.exposeString("model"),
    temperature: t.exposeFloat("temperature"),
    maxTokens: t.exposeInt("maxTokens"),
    topP: t.exposeFloat("topP"),
    frequencyPenalty: t.exposeFloat("frequencyPenalty"),
    presencePenalty: t.exposeFloat("presencePenalty"),
  }),
});

const AgentPerformanceMetrics = builder.objectRef<AgentRow>("AgentPerformanceMetrics").implement({
  description: "Derived from the agent's request counters; rates are null until the agent has answered anything.",
  fields: (t) => ({
    responseTimeMs: t.float({
      nullable: true,
      description: "Mean response time over every request.",
      resolve: (a) => (a.requestCount ? a.totalResponseMs / a.requestCount : null),
    }),
    successRate: t.float({
      nullable: true,
      description: "Share of requests answered without error, 0–1.",
      resolve: (a) => (a.requestCount ? a.successCount / a.requestCount : null),
    }),
    taskCompletionRate: t.float({
      nullable: true,
      description: "Share of assigned tasks completed, 0–1.",
      resolve: (a) => (a.tasksAssigned ? a.tasksCompleted / a.tasksAssigned : null),
    }),
    errorCount: t.exposeInt("errorCount"),
    tasksAssigned: t.exposeInt("tasksAssigned", { description: "Spawned tasks, team parts and workflow steps it was given (each start counts)." }),
    tasksCompleted: t.exposeInt("tasksCompleted"),
  }),
});

const Agent = builder.prismaNode("Agent", {
  id: { field: "id" },
  nullable: true, // node(id:) of a deleted or unknown object is null, not an error
  description: "An autonomous agent instance.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "Unique name." }),
    type: t.exposeString("type", { description: "Agent class, for example ceo_mimi or cto_alex." }),
    status: t.field({ type: AgentStatus, resolve: (a) => a.status as (typeof AGENT_STATUSES)[number] }),
    config: t.field({
      type: AgentConfigRef,
      resolve: (a) => ({
        model: a.model,
        temperature: a.temperature,
        maxTokens: a.maxTokens,
        topP: a.topP,
        frequencyPenalty: a.frequencyPenalty,
        presencePenalty: a.presencePenalty,
      }),
    }),
    skills: t.stringList({ resolve: (a) => a.skills as string[] }),
    provider: t.string({
      description: 'The provider that answers for config.model: "builtin" (offline, deterministic) or "openai".',
      resolve: (a, _args, ctx) => ctx.services.runtime.catalogue.resolve(a.model).provider,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    stoppedAt: t.expose("stoppedAt", { type: "DateTime", nullable: true }),
    lastActive: t.expose("lastActive", { type: "DateTime", nullable: true }),
    performanceMetrics: t.field({ type: AgentPerformanceMetrics, resolve: (a) => a }),
    sessions: t.relatedConnection("sessions", {
      cursor: "id",
      totalCount: true,
      description: "Its sessions you may see (yours; admins and monitors all), newest first.",
      query: (_args, ctx) => ({ where: sessionWhere(ctx.principal), orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    }),
    usage: t.loadable({
      type: UsageSummary,
      description: "Every model call this agent made, and what it cost.",
      load: (ids: string[], ctx) => ctx.services.usage.summariesBy(ctx.principal, "agentId", ids),
      resolve: (a) => a.id,
    }),
  }),
});

const AgentConfigInput = builder.inputType("AgentConfigInput", {
  description: "Every field is optional; what is left out keeps its current (or default) value.",
  fields: (t) => ({
    model: t.string(),
    temperature: t.float({ description: "0–2" }),
    maxTokens: t.int({ description: "1–200000" }),
    topP: t.float({ description: "0–1" }),
    frequencyPenalty: t.float({ description: "-2–2" }),
    presencePenalty: t.float({ description: "-2–2" }),
  }),
});

const AgentFilter = builder.inputType("AgentFilter", {
  fields: (t) => ({
    status: t.field({ type: [AgentStatus], description: "Any of these statuses." }),
    type: t.string(),
  }),
});

const AgentOrderField = builder.enumType("AgentOrderField", {
  values: {
    CREATED_AT: { value: "createdAt" },
    UPDATED_AT: { value: "updatedAt" },
    NAME: { value: "name" },
    LAST_ACTIVE: { value: "lastActive" },
  } as const,
});

const AgentOrder = builder.inputType("AgentOrder", {
  fields: (t) => ({
    field: t.field({ type: AgentOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: true }),
  }),
});

builder.queryFields((t) => ({
  agent: t.prismaField({
    type: "Agent",
    nullable: true,
    description: "One agent; fails with agent_not_found when there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, { id }, ctx) => ctx.services.agents.get(ctx.principal, id, query),
  }),
  agents: t.prismaConnection({
    type: "Agent",
    cursor: "id",
    defaultSize: 20,
    maxSize: 100,
    description: "Agents, newest first unless `orderBy` says otherwise.",
    args: {
      filter: t.arg({ type: AgentFilter }),
      orderBy: t.arg({ type: AgentOrder }),
      offset: t.arg.int({ description: "Skip this many agents first (page-number clients); ignored with `after`/`before`." }),
    },
    resolve: (query, _root, args, ctx) => ctx.services.agents.list(ctx.principal, args, query),
    totalCount: (_root, args, ctx) => ctx.services.agents.count(ctx.principal, args.filter),
  }),
}));

builder.relayMutationField(
  "createAgent",
  {
    inputFields: (t) => ({
      name: t.string({ required: true }),
      type: t.string({ required: true }),
      config: t.field({ type: AgentConfigInput }),
      skills: t.stringList(),
    }),
  },
  { resolve: async (_root, { input }, ctx) => ({ agent: await ctx.services.agents.create(ctx.principal, input) }) },
  { outputFields: (t) => ({ agent: t.field({ type: Agent, resolve: (p) => p.agent }) }) },
);

builder.relayMutationField(
  "updateAgent",
  {
    inputFields: (t) => ({
      id: t.id({ required: true }),
      name: t.string(),
      type: t.string(),
      config: t.field({ type: AgentConfigInput }),
      skills: t.stringList(),
    }),
  },
  {
    resolve: async (_root, { input: { id, ...patch } }, ctx) => ({
      agent: await ctx.services.agents.update(ctx.principal, id, patch),
    }),
  },
  { outputFields: (t) => ({ agent: t.field({ type: Agent, resolve: (p) => p.agent }) }) },
);

builder.relayMutationField(
  "startAgent",
  { inputFields: (t) => ({ id: t.id({ required: true }) }) },
  { resolve: async (_root, { input }, ctx) => ({ agent: await ctx.services.agents.start(ctx.principal, input.id) }) },
  { outputFields: (t) => ({ agent: t.field({ type: Agent, resolve: (p) => p.agent }) }) },
);

builder.relayMutationField(
  "stopAgent",
  { inputFields: (t) => ({ id: t.id({ required: true }) }) },
  { resolve: async (_root, { input }, ctx) => ({ agent: await ctx.services.agents.stop(ctx.principal, input.id) }) },
  { outputFields: (t) => ({ agent: t.field({ type: Agent, resolve: (p) => p.agent }) }) },
);

builder.relayMutationField(
  "deleteAgent",
  { inputFields: (t) => ({ id: t.id({ required: true }) }) },
  { resolve: async (_root, { input }, ctx) => ({ deleted: await ctx.services.agents.delete(ctx.principal, input.id) }) },
  {
    outputFields: (t) => ({
      deletedAgentId: t.id({ resolve: (p) => p.deleted.id }),
      name: t.string({ description: "Name the deleted agent had.", resolve: (p) => p.deleted.name }),
    }),
  },
);

const AgentStatusChange = builder.objectRef<AgentStatusChangedEvent>("AgentStatusChange").implement({
  description: "One committed status change (the seed's agent_status_update event).",
  fields: (t) => ({
    agentId: t.exposeID("agentId"),
    agent: t.prismaField({
      type: "Agent",
      nullable: true,
      description: "The agent as it is when the event is delivered; null once it has been deleted.",
      resolve: (query, event, _args, ctx) => ctx.services.agents.find(ctx.principal, event.agentId, query),
    }),
    previousStatus: t.field({ type: AgentStatus, resolve: (e) => e.previousStatus as (typeof AGENT_STATUSES)[number] }),
    status: t.field({ type: AgentStatus, resolve: (e) => e.status as (typeof AGENT_STATUSES)[number] }),
    changedAt: t.field({ type: "DateTime", resolve: (e) => e.changedAt }),
  }),
});

builder.subscriptionField("agentStatusChanged", (t) =>
  t.field({
    type: AgentStatusChange,
    description: "Every status change of one agent (`agentId`) or of all agents, after it is committed.",
    args: { agentId: t.arg.id() },
    subscribe: (_root, { agentId }, ctx) => ctx.services.agents.statusChanges(ctx.principal, agentId),
    resolve: (event) => event,
  }),
);
