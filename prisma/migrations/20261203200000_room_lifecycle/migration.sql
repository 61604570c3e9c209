-- The room keeps its host, its chat for late joiners, and the figures for the host's summary.
ALTER TYPE "ModerationAction" ADD VALUE 'HAND_OVER_HOST';

ALTER TABLE "Room" ADD COLUMN "peakListeners" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "handsRaised" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "stageEmptySince" TIMESTAMP(3);

CREATE TABLE "RoomChatMessage" (
    "id" UUID NOT NULL,
    "roomId" UUID NOT NULL,
    "senderId" UUID NOT NULL,
    "senderName" TEXT NOT NULL,
    "senderUsername" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoomChatMessage_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "RoomChatMessage_roomId_createdAt_idx" ON "RoomChatMessage"("roomId", "createdAt");

ALTER TABLE "RoomChatMessage" ADD CONSTRAINT "RoomChatMessage_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
