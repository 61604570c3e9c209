-- RSVPs (issue 14): "Notify me" on a scheduled room; its people are told 10 minutes before it starts
-- (Room.reminderSentAt claims that reminder once across app instances) and when it starts.
ALTER TYPE "NotificationKind" ADD VALUE 'EVENT_STARTING';
ALTER TYPE "NotificationKind" ADD VALUE 'EVENT_REMINDER';

ALTER TABLE "Room" ADD COLUMN "reminderSentAt" TIMESTAMP(3);

CREATE TABLE "RoomRsvp" (
    "roomId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomRsvp_pkey" PRIMARY KEY ("roomId","userId")
);

CREATE INDEX "RoomRsvp_userId_idx" ON "RoomRsvp"("userId");

ALTER TABLE "RoomRsvp" ADD CONSTRAINT "RoomRsvp_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RoomRsvp" ADD CONSTRAINT "RoomRsvp_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
