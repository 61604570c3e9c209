-- Spatial stage audio is a member's own choice, remembered across their devices.
ALTER TABLE "User" ADD COLUMN "spatialAudio" BOOLEAN NOT NULL DEFAULT false;
