-- AlterTable
ALTER TABLE "Message" ADD COLUMN "postedBy" TEXT;

-- CreateIndex
CREATE INDEX "Session_userId_createdAt_idx" ON "Session"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Task_requestedBy_createdAt_idx" ON "Task"("requestedBy", "createdAt");

-- CreateIndex
CREATE INDEX "WorkflowRun_requestedBy_createdAt_idx" ON "WorkflowRun"("requestedBy", "createdAt");

