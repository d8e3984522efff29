-- CreateTable
CREATE TABLE "IpBlock" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cidr" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL,
    "expiresAt" DATETIME,
    "liftedAt" DATETIME
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL,
    "event" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "apiKeyId" TEXT,
    "principalId" TEXT,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "requestId" TEXT,
    "resourceType" TEXT,
    "resourceId" TEXT,
    "details" JSONB NOT NULL
);

-- CreateTable
CREATE TABLE "UsedSignature" (
    "signature" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "roles" JSONB NOT NULL,
    "scopes" JSONB,
    "expiresAt" DATETIME,
    "revokedAt" DATETIME,
    "lastUsedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,
    "tier" TEXT NOT NULL DEFAULT 'pro',
    "allowedIps" JSONB,
    "signingSecret" TEXT,
    "requireSignature" BOOLEAN NOT NULL DEFAULT false,
    "revokeReason" TEXT
);
INSERT INTO "new_ApiKey" ("createdAt", "createdBy", "expiresAt", "id", "lastUsedAt", "name", "prefix", "revokedAt", "roles", "scopes", "secretHash", "tier") SELECT "createdAt", "createdBy", "expiresAt", "id", "lastUsedAt", "name", "prefix", "revokedAt", "roles", "scopes", "secretHash", "tier" FROM "ApiKey";
DROP TABLE "ApiKey";
ALTER TABLE "new_ApiKey" RENAME TO "ApiKey";
CREATE UNIQUE INDEX "ApiKey_secretHash_key" ON "ApiKey"("secretHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "IpBlock_expiresAt_idx" ON "IpBlock"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "AuditEvent_event_at_idx" ON "AuditEvent"("event", "at");

-- CreateIndex
CREATE INDEX "UsedSignature_expiresAt_idx" ON "UsedSignature"("expiresAt");

