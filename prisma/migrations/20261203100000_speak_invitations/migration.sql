-- Invitations to speak: a moderator invites, the listener accepts or declines (or lets it time out),
-- and the log records the answer and people leaving the stage by themselves.
ALTER TYPE "ModerationAction" ADD VALUE 'SPEAK_INVITE_ACCEPTED';
ALTER TYPE "ModerationAction" ADD VALUE 'SPEAK_INVITE_DECLINED';
ALTER TYPE "ModerationAction" ADD VALUE 'LEAVE_STAGE';

ALTER TABLE "RoomParticipant" ADD COLUMN "speakInvitedAt" TIMESTAMP(3),
ADD COLUMN "speakInvitedById" UUID;

ALTER TABLE "RoomParticipant" ADD CONSTRAINT "RoomParticipant_speakInvitedById_fkey" FOREIGN KEY ("speakInvitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
