-- Replays: the host's choice to record, each speaker's Track egress file, and the mixed replay.
CREATE TYPE "TrackRecordingStatus" AS ENUM ('ACTIVE', 'ENDED', 'FAILED');

CREATE TYPE "ReplayStatus" AS ENUM ('PROCESSING', 'READY', 'EMPTY', 'FAILED', 'DELETED');

ALTER TABLE "Room" ADD COLUMN "recordReplay" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "TrackRecording" (
    "id" UUID NOT NULL,
    "roomId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "trackSid" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "egressId" TEXT,
    "storageKey" TEXT NOT NULL,
    "status" "TrackRecordingStatus" NOT NULL DEFAULT 'ACTIVE',
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrackRecording_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Replay" (
    "roomId" UUID NOT NULL,
    "status" "ReplayStatus" NOT NULL DEFAULT 'PROCESSING',
    "storageKey" TEXT,
    "durationMs" INTEGER,
    "sizeBytes" INTEGER,
    "timeline" JSONB NOT NULL DEFAULT '[]',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readyAt" TIMESTAMP(3),

    CONSTRAINT "Replay_pkey" PRIMARY KEY ("roomId")
);

CREATE UNIQUE INDEX "TrackRecording_egressId_key" ON "TrackRecording"("egressId");

CREATE UNIQUE INDEX "TrackRecording_trackSid_generation_key" ON "TrackRecording"("trackSid", "generation");

CREATE INDEX "TrackRecording_roomId_status_idx" ON "TrackRecording"("roomId", "status");

CREATE INDEX "Replay_status_nextAttemptAt_idx" ON "Replay"("status", "nextAttemptAt");

ALTER TABLE "TrackRecording" ADD CONSTRAINT "TrackRecording_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Replay" ADD CONSTRAINT "Replay_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
