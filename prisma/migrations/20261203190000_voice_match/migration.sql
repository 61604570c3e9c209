-- Voice match (docs/voice-match.md) and music mode.
CREATE TYPE "MatchDecision" AS ENUM ('CONNECT', 'PASS');
CREATE TYPE "MatchEnd" AS ENUM ('TIMER', 'SKIPPED', 'REPORTED');

ALTER TABLE "Room" ADD COLUMN "musicMode" BOOLEAN NOT NULL DEFAULT false;
-- Music and karaoke rooms sound like music from now on, as new ones do.
UPDATE "Room" SET "musicMode" = true WHERE "topic" = 'MUSIC_KARAOKE' AND "status" <> 'ENDED';

CREATE TABLE "MatchTicket" (
    "userId" UUID NOT NULL,
    "topics" "RoomTopic"[],
    "adultConfirmedAt" TIMESTAMP(3) NOT NULL,
    "waitingSince" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchTicket_pkey" PRIMARY KEY ("userId")
);

CREATE TABLE "Match" (
    "id" UUID NOT NULL,
    "aId" UUID NOT NULL,
    "bId" UUID NOT NULL,
    "topics" "RoomTopic"[],
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "endedReason" "MatchEnd",
    "endedById" UUID,
    "aDecision" "MatchDecision",
    "bDecision" "MatchDecision",

    CONSTRAINT "Match_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Report" (
    "id" UUID NOT NULL,
    "reporterId" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "matchId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "MatchTicket_waitingSince_idx" ON "MatchTicket"("waitingSince");
CREATE INDEX "Match_aId_startedAt_idx" ON "Match"("aId", "startedAt");
CREATE INDEX "Match_bId_startedAt_idx" ON "Match"("bId", "startedAt");
CREATE INDEX "Report_targetId_createdAt_idx" ON "Report"("targetId", "createdAt");
CREATE INDEX "Report_matchId_idx" ON "Report"("matchId");

ALTER TABLE "MatchTicket" ADD CONSTRAINT "MatchTicket_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Match" ADD CONSTRAINT "Match_aId_fkey" FOREIGN KEY ("aId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Match" ADD CONSTRAINT "Match_bId_fkey" FOREIGN KEY ("bId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Report" ADD CONSTRAINT "Report_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Report" ADD CONSTRAINT "Report_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Report" ADD CONSTRAINT "Report_matchId_fkey" FOREIGN KEY ("matchId") REFERENCES "Match"("id") ON DELETE SET NULL ON UPDATE CASCADE;
