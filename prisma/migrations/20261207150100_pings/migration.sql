-- Pings (docs/social.md): a member in a live room asks a follower to come in.
ALTER TYPE "NotificationKind" ADD VALUE 'PING';

CREATE TABLE "Ping" (
    "id" UUID NOT NULL,
    "roomId" UUID NOT NULL,
    "pingerId" UUID NOT NULL,
    "pingedId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ping_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Ping_roomId_pingedId_key" ON "Ping"("roomId", "pingedId");
CREATE INDEX "Ping_pingerId_createdAt_idx" ON "Ping"("pingerId", "createdAt");
CREATE INDEX "Ping_pingedId_createdAt_idx" ON "Ping"("pingedId", "createdAt");

ALTER TABLE "Ping" ADD CONSTRAINT "Ping_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Ping" ADD CONSTRAINT "Ping_pingerId_fkey" FOREIGN KEY ("pingerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Ping" ADD CONSTRAINT "Ping_pingedId_fkey" FOREIGN KEY ("pingedId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
