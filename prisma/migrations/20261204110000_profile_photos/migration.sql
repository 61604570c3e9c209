-- Profile photos (issue 14): the re-encoded bytes live in Postgres so every app instance serves them.
CREATE TABLE "ProfilePhoto" (
    "userId" UUID NOT NULL,
    "large" BYTEA NOT NULL,
    "small" BYTEA NOT NULL,
    "contentType" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProfilePhoto_pkey" PRIMARY KEY ("userId")
);

ALTER TABLE "ProfilePhoto" ADD CONSTRAINT "ProfilePhoto_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
