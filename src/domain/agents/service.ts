// Agent lifecycle (seed 001 Agent Management API). Status transitions are single conditional
// UPDATEs, so two concurrent starts cannot both succeed; events are published after the write.
import type { Clock } from "../../clock.js";
import type { Db, Dialect, Prisma } from "../../db.js";
import type { Agent } from "../../generated/sqlite/client.js";
import { AppError } from "../../errors.js";
import type { AgentStatusChangedEvent, Events } from "../../events.js";
import { newId } from "../../ids.js";
import type { Principal } from "../auth/principal.js";
import { uniqueViolationOn } from "../prisma-errors.js";
import { withOffset, type PageQuery, type SelectionQuery } from "../query.js";
import { validate } from "../validation.js";
import {
  CreateAgentInput,
  DEFAULT_AGENT_CONFIG,
  STARTABLE,
  UpdateAgentInput,
  definedEntries,
  type AgentStatus,
} from "./rules.js";
import { NEW_AGENT_DEFAULTS, agentInserts, type NewAgentRow } from "./inserts.js";

export interface AgentServiceDeps {
  db: Db;
  dialect: Dialect;
  events: Events;
  clock: Clock;
}

export interface AgentFilter {
  status?: AgentStatus[] | null;
  type?: string | null;
}

type AgentOrderField = "createdAt" | "updatedAt" | "name" | "lastActive";
export interface AgentOrder {
  field: AgentOrderField;
  direction: "asc" | "desc";
}

export function createAgentService({ db, dialect, events, clock }: AgentServiceDeps) {
  const inserts = agentInserts(db, dialect);

  function where(filter: AgentFilter | null | undefined): Prisma.AgentWhereInput {
    return {
      ...(filter?.status?.length ? { status: { in: filter.status } } : {}),
      ...(filter?.type ? { type: filter.type } : {}),
    };
  }

  async function require(id: string, query: SelectionQuery = {}): Promise<Agent> {
    const agent = await db.agent.findUnique({ ...(query as object), where: { id } });
    if (!agent) throw new AppError("agent_not_found", { details: { agent_id: id } });
    return agent;
  }

  async function transition(
    id: string,
    from: readonly AgentStatus[],
    to: AgentStatus,
    stamp: (now: Date) => Prisma.AgentUpdateManyMutationInput,
    refuse: (current: Agent) => AppError,
  ): Promise<Agent> {
    const before = await require(id);
    if (!from.includes(before.status as AgentStatus)) throw refuse(before);
    const now = clock.now();
    const updated = await db.agent.updateMany({
      where: { id, status: before.status },
      data: { status: to, updatedAt: now, ...stamp(now) },
    });
    // Another request moved the agent between our read and write: report what is true now.
    if (updated.count === 0) throw refuse(await require(id));
    events.publish("agentStatusChanged", {
      agentId: id,
      previousStatus: before.status,
      status: to,
      changedAt: now.toISOString(),
    });
    return require(id);
  }

  return {
    /** The agent, or agent_not_found. */
    async get(_actor: Principal, id: string, query: SelectionQuery = {}): Promise<Agent> {
      return require(id, query);
    },

    async find(_actor: Principal, id: string, query: SelectionQuery = {}): Promise<Agent | null> {
      return db.agent.findUnique({ ...(query as object), where: { id } });
    },

    list(
      _actor: Principal,
      { filter, orderBy, offset }: { filter?: AgentFilter | null; orderBy?: AgentOrder | null; offset?: number | null },
      query: PageQuery,
    ): Promise<Agent[]> {
      const order = orderBy ?? { field: "createdAt", direction: "desc" };
      return db.agent.findMany({
        ...(withOffset(query, offset) as object),
        where: where(filter),
        orderBy: [{ [order.field]: order.direction }, { id: order.direction }],
      });
    },

    count(_actor: Principal, filter?: AgentFilter | null): Promise<number> {
      return db.agent.count({ where: where(filter) });
    },

    /**
     * Every column of a new agent is known before the INSERT — what it is given, and the schema's
     * defaults for the rest — so the row is answered from them and Prisma is asked for the id only:
     * reading the whole row back through Prisma's result mapping cost ~30 % of the create's CPU.
     */
    async create(_actor: Principal, input: CreateAgentInput): Promise<Agent> {
      const data = validate(CreateAgentInput, input, "invalid_agent_config");
      const now = clock.now();
      const written: NewAgentRow = {
        id: newId("agt", now),
        name: data.name,
        type: data.type,
        ...DEFAULT_AGENT_CONFIG,
        ...definedEntries(data.config),
        skills: data.skills ?? [],
        createdAt: now,
        updatedAt: now,
      };
      try {
        await inserts.load(written);
      } catch (error) {
        if (uniqueViolationOn(error, "Agent", ["name"])) throw new AppError("agent_name_taken", { details: { name: data.name } });
        throw error;
      }
      return { ...NEW_AGENT_DEFAULTS, ...written, createdAt: new Date(now), updatedAt: new Date(now) };
    },

    async update(_actor: Principal, id: string, input: UpdateAgentInput): Promise<Agent> {
      const data = validate(UpdateAgentInput, input, "invalid_agent_config");
      await require(id);
      try {
        return await db.agent.update({
          where: { id },
          data: {
            ...(data.name ? { name: data.name } : {}),
            ...(data.type ? { type: data.type } : {}),
            ...(data.skills ? { skills: data.skills } : {}),
            ...definedEntries(data.config),
            updatedAt: clock.now(),
          },
        });
      } catch (error) {
        if (uniqueViolationOn(error, "Agent", ["name"])) throw new AppError("agent_name_taken", { details: { name: data.name } });
        throw error;
      }
    },

    start(_actor: Principal, id: string): Promise<Agent> {
      return transition(id, STARTABLE, "RUNNING", (now) => ({ startedAt: now, lastActive: now }), (current) =>
        current.status === "RUNNING"
          ? new AppError("agent_already_running", { details: { agent_id: id, started_at: current.startedAt?.toISOString() } })
          : new AppError("agent_not_running", {
              message: `Agent cannot be started from status ${current.status}`,
              details: { agent_id: id, status: current.status },
            }),
      );
    },

    stop(_actor: Principal, id: string): Promise<Agent> {
      return transition(id, ["RUNNING"], "STOPPED", (now) => ({ stoppedAt: now }), (current) =>
        new AppError("agent_not_running", { details: { agent_id: id, status: current.status } }),
      );
    },

    async delete(_actor: Principal, id: string): Promise<Agent> {
      const agent = await require(id);
      await db.agent.delete({ where: { id } });
      return agent;
    },

    /** The agent with this unique name, as `get` would show it to `actor`; null when there is none. */
    async findByName(actor: Principal, name: string): Promise<Agent | null> {
      const found = await db.agent.findUnique({ where: { name }, select: { id: true } });
      return found ? this.get(actor, found.id) : null;
    },

    /** Status changes of one agent (checked to exist now, before any event) or of all agents. */
    async statusChanges(actor: Principal, agentId?: string | null): Promise<AsyncIterableIterator<AgentStatusChangedEvent>> {
      if (agentId) await this.get(actor, agentId);
      return await events.subscribe("agentStatusChanged", (event) => !agentId || event.agentId === agentId);
    },
  };
}

