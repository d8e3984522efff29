// Agents the server creates for itself — the worker agent of each model that runs spawned tasks, the
// C-suite of seed 001 — on first use, running, with the default configuration. They are ordinary
// agents otherwise: visible, and accounted for like any other.
import type { Clock } from "../../clock.js";
import type { Db } from "../../db.js";
import type { Agent } from "../../generated/sqlite/client.js";
import { newId } from "../../ids.js";
import { uniqueViolationOn } from "../prisma-errors.js";
import { DEFAULT_AGENT_CONFIG } from "./rules.js";

export interface BuiltInAgent {
  name: string;
  type: string;
  model: string;
  skills: string[];
}

/** The agent of this name, created if there is none yet (a concurrent creator wins harmlessly). */
export async function ensureBuiltInAgent(db: Db, clock: Clock, agent: BuiltInAgent): Promise<Agent> {
  const existing = await db.agent.findUnique({ where: { name: agent.name } });
  if (existing) return existing;
  const now = clock.now();
  try {
    return await db.agent.create({
      data: { ...DEFAULT_AGENT_CONFIG, ...agent, id: newId("agt", now), status: "RUNNING", createdAt: now, updatedAt: now, startedAt: now },
    });
  } catch (error) {
    if (uniqueViolationOn(error, "Agent", ["name"])) return db.agent.findUniqueOrThrow({ where: { name: agent.name } });
    throw error;
  }
}
