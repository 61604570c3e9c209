-- Co-hosted events (docs/events.md): the co-hosts and invited speakers a host names when scheduling.
CREATE TYPE "RoomGuestRole" AS ENUM ('MODERATOR', 'SPEAKER');

CREATE TABLE "RoomGuest" (
    "roomId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "RoomGuestRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomGuest_pkey" PRIMARY KEY ("roomId","userId")
);

CREATE INDEX "RoomGuest_userId_idx" ON "RoomGuest"("userId");

ALTER TABLE "RoomGuest" ADD CONSTRAINT "RoomGuest_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "RoomGuest" ADD CONSTRAINT "RoomGuest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The bell tells the people named.
ALTER TYPE "NotificationKind" ADD VALUE 'EVENT_COHOST';
ALTER TYPE "NotificationKind" ADD VALUE 'EVENT_SPEAKER';
