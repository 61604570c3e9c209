-- Email (issue 32): password reset and address verification links, verified addresses, and the
-- optional "X started a room" email with its daily cap.
CREATE TYPE "EmailTokenPurpose" AS ENUM ('PASSWORD_RESET', 'VERIFY_EMAIL');

ALTER TABLE "User" ADD COLUMN "emailVerifiedAt" TIMESTAMP(3),
ADD COLUMN "emailWhenLive" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "EmailToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "purpose" "EmailTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "EmailToken_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "LiveRoomEmail" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "roomId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "LiveRoomEmail_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "EmailToken_tokenHash_key" ON "EmailToken"("tokenHash");

CREATE INDEX "EmailToken_userId_purpose_idx" ON "EmailToken"("userId", "purpose");

CREATE UNIQUE INDEX "LiveRoomEmail_userId_roomId_key" ON "LiveRoomEmail"("userId", "roomId");

CREATE INDEX "LiveRoomEmail_userId_createdAt_idx" ON "LiveRoomEmail"("userId", "createdAt");

CREATE INDEX "LiveRoomEmail_roomId_idx" ON "LiveRoomEmail"("roomId");

ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "LiveRoomEmail" ADD CONSTRAINT "LiveRoomEmail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "LiveRoomEmail" ADD CONSTRAINT "LiveRoomEmail_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE CASCADE ON UPDATE CASCADE;
