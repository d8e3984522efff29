-- AlterTable
-- Backfill: existing records count against the UTC day they were made (timestamps are stored in UTC).
ALTER TABLE "UsageRecord" ADD COLUMN     "day" TEXT;
UPDATE "UsageRecord" SET "day" = to_char("createdAt", 'YYYY-MM-DD');
ALTER TABLE "UsageRecord" ALTER COLUMN "day" SET NOT NULL;

-- CreateTable
CREATE TABLE "BudgetLedger" (
    "period" TEXT NOT NULL,
    "spentMicros" BIGINT NOT NULL DEFAULT 0,
    "reservedMicros" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "BudgetLedger_pkey" PRIMARY KEY ("period")
);

-- CreateTable
CREATE TABLE "BudgetReservation" (
    "id" TEXT NOT NULL,
    "dayPeriod" TEXT NOT NULL,
    "monthPeriod" TEXT NOT NULL,
    "amountMicros" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetReservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateWindow" (
    "provider" TEXT NOT NULL,
    "hour" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateWindow_pkey" PRIMARY KEY ("provider","hour")
);

-- CreateTable
CREATE TABLE "SystemTask" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "parameters" JSONB NOT NULL,
    "result" JSONB,
    "error" TEXT,
    "requestedBy" TEXT,
    "queuedAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "SystemTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BudgetReservation_expiresAt_idx" ON "BudgetReservation"("expiresAt");

-- CreateIndex
CREATE INDEX "SystemTask_status_queuedAt_idx" ON "SystemTask"("status", "queuedAt");

-- CreateIndex
CREATE INDEX "UsageRecord_day_idx" ON "UsageRecord"("day");

