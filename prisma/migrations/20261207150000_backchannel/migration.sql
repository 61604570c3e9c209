-- The backchannel: private text threads of two to eight members (docs/backchannel.md).
ALTER TYPE "ReportKind" ADD VALUE 'BACKCHANNEL_MESSAGE';

CREATE TABLE "BackchannelThread" (
    "id" UUID NOT NULL,
    "pairKey" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BackchannelThread_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "BackchannelThread_pairKey_key" ON "BackchannelThread"("pairKey");

CREATE TABLE "BackchannelMember" (
    "threadId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastReadAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BackchannelMember_pkey" PRIMARY KEY ("threadId", "userId")
);
CREATE INDEX "BackchannelMember_userId_idx" ON "BackchannelMember"("userId");

CREATE TABLE "BackchannelMessage" (
    "id" UUID NOT NULL,
    "threadId" UUID NOT NULL,
    "senderId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BackchannelMessage_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "BackchannelMessage_threadId_createdAt_idx" ON "BackchannelMessage"("threadId", "createdAt");
CREATE INDEX "BackchannelMessage_senderId_createdAt_idx" ON "BackchannelMessage"("senderId", "createdAt");

ALTER TABLE "BackchannelMember" ADD CONSTRAINT "BackchannelMember_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "BackchannelThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BackchannelMember" ADD CONSTRAINT "BackchannelMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BackchannelMessage" ADD CONSTRAINT "BackchannelMessage_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "BackchannelThread"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BackchannelMessage" ADD CONSTRAINT "BackchannelMessage_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
