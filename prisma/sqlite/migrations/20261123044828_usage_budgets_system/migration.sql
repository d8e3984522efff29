-- CreateTable
CREATE TABLE "BudgetLedger" (
    "period" TEXT NOT NULL PRIMARY KEY,
    "spentMicros" BIGINT NOT NULL DEFAULT 0,
    "reservedMicros" BIGINT NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "BudgetReservation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dayPeriod" TEXT NOT NULL,
    "monthPeriod" TEXT NOT NULL,
    "amountMicros" BIGINT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RateWindow" (
    "provider" TEXT NOT NULL,
    "hour" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("provider", "hour")
);

-- CreateTable
CREATE TABLE "SystemTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "parameters" JSONB NOT NULL,
    "result" JSONB,
    "error" TEXT,
    "requestedBy" TEXT,
    "queuedAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "completedAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_UsageRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "createdAt" DATETIME NOT NULL,
    "day" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "inputTokens" INTEGER NOT NULL,
    "outputTokens" INTEGER NOT NULL,
    "costMicros" INTEGER NOT NULL,
    "latencyMs" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "principalId" TEXT,
    "agentId" TEXT,
    "sessionId" TEXT,
    "channelId" TEXT,
    "messageId" TEXT
);
-- Backfill: existing records count against the UTC day they were made (dates are stored as ISO text).
INSERT INTO "new_UsageRecord" ("agentId", "channelId", "costMicros", "createdAt", "day", "id", "inputTokens", "latencyMs", "messageId", "model", "outputTokens", "principalId", "provider", "purpose", "sessionId", "status") SELECT "agentId", "channelId", "costMicros", "createdAt", substr("createdAt", 1, 10), "id", "inputTokens", "latencyMs", "messageId", "model", "outputTokens", "principalId", "provider", "purpose", "sessionId", "status" FROM "UsageRecord";
DROP TABLE "UsageRecord";
ALTER TABLE "new_UsageRecord" RENAME TO "UsageRecord";
CREATE INDEX "UsageRecord_createdAt_idx" ON "UsageRecord"("createdAt");
CREATE INDEX "UsageRecord_day_idx" ON "UsageRecord"("day");
CREATE INDEX "UsageRecord_agentId_createdAt_idx" ON "UsageRecord"("agentId", "createdAt");
CREATE INDEX "UsageRecord_sessionId_idx" ON "UsageRecord"("sessionId");
CREATE INDEX "UsageRecord_model_createdAt_idx" ON "UsageRecord"("model", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "BudgetReservation_expiresAt_idx" ON "BudgetReservation"("expiresAt");

-- CreateIndex
CREATE INDEX "SystemTask_status_queuedAt_idx" ON "SystemTask"("status", "queuedAt");

