-- Deleting an account (issue 32): the row stays nameless for the invite tree, marked deleted.
ALTER TABLE "User" ADD COLUMN "deletedAt" TIMESTAMP(3);
