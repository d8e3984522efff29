-- CreateTable
CREATE TABLE "EventLogEntry" (
    "id" SERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "subjectId" TEXT,
    "payload" JSONB NOT NULL,
    "scope" TEXT NOT NULL,
    "sessionId" TEXT,
    "channelId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EventLogEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventLogEntry_createdAt_idx" ON "EventLogEntry"("createdAt");

-- CreateIndex
CREATE INDEX "EventLogEntry_sessionId_idx" ON "EventLogEntry"("sessionId");

-- CreateIndex
CREATE INDEX "EventLogEntry_channelId_idx" ON "EventLogEntry"("channelId");

-- AddForeignKey
ALTER TABLE "EventLogEntry" ADD CONSTRAINT "EventLogEntry_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventLogEntry" ADD CONSTRAINT "EventLogEntry_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

