-- A profile that introduces: up to three links (docs/social.md).
ALTER TABLE "User" ADD COLUMN "links" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
