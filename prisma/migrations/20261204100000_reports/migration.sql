-- Reports of a person, a room or a chat line, and the admins' decision on each (issue 14).
CREATE TYPE "ReportKind" AS ENUM ('PERSON', 'ROOM', 'CHAT_MESSAGE');
CREATE TYPE "ReportStatus" AS ENUM ('OPEN', 'DISMISSED', 'WARNED', 'DISABLED');

ALTER TABLE "Report" ADD COLUMN "kind" "ReportKind" NOT NULL DEFAULT 'PERSON',
    ADD COLUMN "roomId" UUID,
    ADD COLUMN "chatMessageId" UUID,
    ADD COLUMN "chatContext" JSONB,
    ADD COLUMN "status" "ReportStatus" NOT NULL DEFAULT 'OPEN',
    ADD COLUMN "resolvedById" UUID,
    ADD COLUMN "resolvedAt" TIMESTAMP(3);

-- The queue reads open reports oldest first.
CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt");
CREATE INDEX "Report_roomId_idx" ON "Report"("roomId");

ALTER TABLE "Report" ADD CONSTRAINT "Report_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Report" ADD CONSTRAINT "Report_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
