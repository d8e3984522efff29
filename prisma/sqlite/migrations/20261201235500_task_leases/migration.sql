-- AlterTable
ALTER TABLE "SystemTask" ADD COLUMN "leaseExpiresAt" DATETIME;
ALTER TABLE "SystemTask" ADD COLUMN "leaseOwner" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Task" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "priority" TEXT NOT NULL,
    "priorityRank" INTEGER NOT NULL,
    "prompt" TEXT NOT NULL,
    "model" TEXT,
    "agentId" TEXT,
    "team" TEXT,
    "role" TEXT,
    "parentId" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "workflowRunId" TEXT,
    "stepKey" TEXT,
    "result" TEXT,
    "error" TEXT,
    "timeoutSeconds" INTEGER NOT NULL,
    "estimatedCostMicros" INTEGER NOT NULL DEFAULT 0,
    "actualCostMicros" INTEGER NOT NULL DEFAULT 0,
    "refundMicros" INTEGER NOT NULL DEFAULT 0,
    "reservationId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lostLeases" INTEGER NOT NULL DEFAULT 0,
    "leaseOwner" TEXT,
    "leaseExpiresAt" DATETIME,
    "requestedBy" TEXT,
    "createdAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "completedAt" DATETIME,
    CONSTRAINT "Task_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Task_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Task" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Task_workflowRunId_fkey" FOREIGN KEY ("workflowRunId") REFERENCES "WorkflowRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Task" ("actualCostMicros", "agentId", "attempts", "completedAt", "createdAt", "error", "estimatedCostMicros", "id", "kind", "model", "parentId", "position", "priority", "priorityRank", "prompt", "refundMicros", "requestedBy", "reservationId", "result", "role", "seq", "startedAt", "status", "stepKey", "team", "timeoutSeconds", "workflowRunId") SELECT "actualCostMicros", "agentId", "attempts", "completedAt", "createdAt", "error", "estimatedCostMicros", "id", "kind", "model", "parentId", "position", "priority", "priorityRank", "prompt", "refundMicros", "requestedBy", "reservationId", "result", "role", "seq", "startedAt", "status", "stepKey", "team", "timeoutSeconds", "workflowRunId" FROM "Task";
DROP TABLE "Task";
ALTER TABLE "new_Task" RENAME TO "Task";
CREATE UNIQUE INDEX "Task_id_key" ON "Task"("id");
CREATE INDEX "Task_status_parentId_priorityRank_seq_idx" ON "Task"("status", "parentId", "priorityRank", "seq");
CREATE INDEX "Task_status_leaseExpiresAt_idx" ON "Task"("status", "leaseExpiresAt");
CREATE INDEX "Task_parentId_position_idx" ON "Task"("parentId", "position");
CREATE INDEX "Task_createdAt_idx" ON "Task"("createdAt");
CREATE UNIQUE INDEX "Task_workflowRunId_stepKey_key" ON "Task"("workflowRunId", "stepKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

