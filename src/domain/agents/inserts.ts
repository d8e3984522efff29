// Writing new agents. Agents created in one turn of the event loop (concurrent requests) go out as one
// INSERT … SELECT over a JSON array, sent to the driver adapter directly as the audit trail's batches
// are: Prisma compiles and interprets every value of every row (most of a `createAgent`'s CPU, even
// through `createMany`), and this is the hottest write. One statement is applied whole or not at all.
import DataLoader from "dataloader";
import { driverWriteOf, insertFromJsonRows, storedDateTime, type Db, type Dialect } from "../../db.js";
import type { Agent } from "../../generated/sqlite/client.js";
import type { DEFAULT_AGENT_CONFIG } from "./rules.js";

/**
 * The columns prisma/models.prisma defaults for a new Agent. Typed against the row, so a column added
 * to the model without a value here fails to compile (test/agents.test.ts compares a created agent
 * with the same agent read back).
 */
export const NEW_AGENT_DEFAULTS: Omit<Agent, "id" | "name" | "type" | keyof typeof DEFAULT_AGENT_CONFIG | "skills" | "createdAt" | "updatedAt"> = {
  status: "CREATED",
  startedAt: null,
  stoppedAt: null,
  lastActive: null,
  requestCount: 0,
  successCount: 0,
  errorCount: 0,
  totalResponseMs: 0,
  tasksAssigned: 0,
  tasksCompleted: 0,
};

/** A new agent as written: every column the database does not default. */
export type NewAgentRow = Omit<Agent, keyof typeof NEW_AGENT_DEFAULTS | "skills"> & { skills: string[] };

/** Each written column once: a column added to NewAgentRow and missing here (or one too many) fails to compile. */
const WRITTEN = {
  id: true,
  name: true,
  type: true,
  model: true,
  temperature: true,
  maxTokens: true,
  topP: true,
  frequencyPenalty: true,
  presencePenalty: true,
  skills: true,
  createdAt: true,
  updatedAt: true,
} satisfies Record<keyof NewAgentRow, true>;
/** The rest of the columns take the model's defaults (NEW_AGENT_DEFAULTS), as in Prisma's own INSERT. */
const asWritten = (row: NewAgentRow) => ({ ...row, createdAt: storedDateTime(row.createdAt), updatedAt: storedDateTime(row.updatedAt) });
const INSERT_ROWS = insertFromJsonRows<ReturnType<typeof asWritten>>("Agent", Object.keys(WRITTEN) as (keyof NewAgentRow)[]);

/** Rows per INSERT: bounds how long one statement holds the event loop. */
const MAX_BATCH = 100;

/**
 * Inserts new agents, batching those created together. A single agent, and every agent of a batch that
 * failed, is written alone through Prisma, whose errors the service knows (a taken name is P2002). So a
 * batch refused because one name was taken still writes the others, each caller gets its own outcome
 * (of two equal names the first wins), and a database that is away is reported as always. Writing a
 * failed batch's rows again cannot duplicate one: each keeps its id, which the table refuses twice.
 */
export function agentInserts(db: Db, dialect: Dialect): DataLoader<NewAgentRow, null> {
  const writeRows = driverWriteOf(db);
  const alone = (data: NewAgentRow) =>
    db.agent.create({ data, select: { id: true } }).then(
      () => null,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
  return new DataLoader(
    async (rows) => {
      if (rows.length > 1) {
        try {
          const insert = INSERT_ROWS[dialect];
          await writeRows(insert.sql, [insert.argument(rows.map(asWritten))]);
          return rows.map(() => null);
        } catch {
          // Each row alone below, in order, for its own outcome.
        }
      }
      const outcomes: (null | Error)[] = [];
      for (const row of rows) outcomes.push(await alone(row));
      return outcomes;
    },
    // setImmediate, not the next tick: requests read in the same poll phase of the loop join one batch.
    // No cache: each insert is made once.
    { cache: false, maxBatchSize: MAX_BATCH, batchScheduleFn: (flush) => setImmediate(flush) },
  );
}
