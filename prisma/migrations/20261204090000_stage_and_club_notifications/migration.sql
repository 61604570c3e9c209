-- Notifications (issue 14): someone you follow goes on stage; your request to join a club was decided.
ALTER TYPE "NotificationKind" ADD VALUE 'ON_STAGE';
ALTER TYPE "NotificationKind" ADD VALUE 'CLUB_REQUEST_APPROVED';
ALTER TYPE "NotificationKind" ADD VALUE 'CLUB_REQUEST_DECLINED';

ALTER TABLE "Notification" ADD COLUMN "clubId" UUID;
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_clubId_fkey" FOREIGN KEY ("clubId") REFERENCES "Club"("id") ON DELETE CASCADE ON UPDATE CASCADE;
