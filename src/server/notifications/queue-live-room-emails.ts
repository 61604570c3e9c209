import "server-only";
import type { DbOrTx } from "@/server/create-db";
import { isEmailEnabled } from "@/server/email/send-email";
import { deliverLiveRoomEmails } from "@/server/notifications/deliver-live-room-emails";
import {
  LIVE_ROOM_EMAIL_LOCK,
  LIVE_ROOM_EMAILS_PER_DAY,
} from "@/server/notifications/live-room-email-rules";

/**
 * Queues "X started a room" emails for the ROOM_STARTED notices just written in `tx`, so the same
 * rules pick who hears of it (followers who may enter, mutes, blocks, the hourly cap), then narrows
 * to members who turned the email on, whose address is confirmed and who have no push subscription
 * (push reaches them already), within LIVE_ROOM_EMAILS_PER_DAY. The rows commit or roll back with
 * the room; sending starts once the transaction has ended (deliverLiveRoomEmails waits for its lock),
 * off the request's path.
 */
export async function queueLiveRoomEmails(
  tx: DbOrTx,
  roomId: string,
  notificationIds: string[],
): Promise<void> {
  if (notificationIds.length === 0 || !isEmailEnabled()) return;
  const queued = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "LiveRoomEmail" (id, "userId", "roomId")
    SELECT gen_random_uuid(), n."userId", n."roomId"
    FROM "Notification" n JOIN "User" u ON u.id = n."userId"
    WHERE n.id = ANY(${notificationIds}::uuid[]) AND n.kind = 'ROOM_STARTED'
      AND u."emailWhenLive" AND u."emailVerifiedAt" IS NOT NULL AND u."disabledAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "PushSubscription" p WHERE p."userId" = n."userId")
      AND (SELECT count(*) FROM "LiveRoomEmail" e
           WHERE e."userId" = n."userId" AND e."createdAt" > now() - interval '1 day')
          < ${LIVE_ROOM_EMAILS_PER_DAY}
    ON CONFLICT ("userId", "roomId") DO NOTHING
    RETURNING id`;
  if (queued.length === 0) return;
  // Held until this transaction ends: the sender waits on it, then sees exactly what committed.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LIVE_ROOM_EMAIL_LOCK}::int, hashtext(${roomId}))`;
  deliverLiveRoomEmails({ roomId }).catch((error: unknown) => {
    console.warn(`live room emails for ${roomId} failed`, error);
  });
}
