-- Clips (docs/clips.md): short cuts of a recorded room, and the host's switch for them.
CREATE TYPE "ClipSource" AS ENUM ('LIVE', 'REPLAY');

ALTER TABLE "Room" ADD COLUMN "clipsEnabled" BOOLEAN NOT NULL DEFAULT true;

CREATE TABLE "Clip" (
    "id" UUID NOT NULL,
    "roomId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "source" "ClipSource" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "speakerIds" UUID[],
    "storageKey" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Clip_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Clip_storageKey_key" ON "Clip"("storageKey");
CREATE INDEX "Clip_roomId_createdAt_idx" ON "Clip"("roomId", "createdAt");
CREATE INDEX "Clip_createdById_idx" ON "Clip"("createdById");

ALTER TABLE "Clip" ADD CONSTRAINT "Clip_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Clip" ADD CONSTRAINT "Clip_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
