-- A member's language and time zone; null means "follow the browser".
ALTER TABLE "User" ADD COLUMN "locale" TEXT,
ADD COLUMN "timeZone" TEXT;
