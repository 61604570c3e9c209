-- The last time the page of someone on stage said it is connected (docs/live-room.md, "A stage
-- nobody can hear"): a network that drops without closing is seen in seconds, not at LiveKit's
-- ping timeout.
ALTER TABLE "RoomParticipant" ADD COLUMN "beatAt" TIMESTAMP(3);
