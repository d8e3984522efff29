-- CreateTable
CREATE TABLE "EventLogEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "topic" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "subjectId" TEXT,
    "payload" JSONB NOT NULL,
    "scope" TEXT NOT NULL,
    "sessionId" TEXT,
    "channelId" TEXT,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "EventLogEntry_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventLogEntry_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EventLogEntry_createdAt_idx" ON "EventLogEntry"("createdAt");

-- CreateIndex
CREATE INDEX "EventLogEntry_sessionId_idx" ON "EventLogEntry"("sessionId");

-- CreateIndex
CREATE INDEX "EventLogEntry_channelId_idx" ON "EventLogEntry"("channelId");

