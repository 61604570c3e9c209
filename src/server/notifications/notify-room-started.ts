import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/server/create-db";
import { announceNotifications } from "@/server/notifications/announce-notifications";
import { queueLiveRoomEmails } from "@/server/notifications/queue-live-room-emails";
import { roomAccessSql } from "@/server/rooms/room-access";

/**
 * "Started a room" and "went on stage" notices a member gets per hour from people who do not follow
 * them back. A busy follow graph cannot flood anyone; friends (mutual follows), the most relevant,
 * always get through.
 */
export const ROOM_STARTED_PER_HOUR = 5;

/**
 * Tells people about a room that just went live, inside the transaction that made it live: the
 * people who asked to be notified of it (RSVP); the host's followers who may enter an open or club
 * room unless they muted the host or the club or reached the hourly
 * cap; and the people added to a closed room, who are invited. Nobody is told twice, and only
 * people the room-access policy (src/server/rooms/room-access.ts) lets in are told at all.
 */
export async function notifyRoomStarted(tx: DbOrTx, roomId: string): Promise<void> {
  const started = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Notification" (id, "userId", kind, "actorId", "roomId")
    SELECT gen_random_uuid(), f."followerId", 'ROOM_STARTED'::"NotificationKind", r."createdById", r.id
    FROM "Room" r
    JOIN "Follow" f ON f."followeeId" = r."createdById"
    JOIN "User" u ON u.id = f."followerId" AND u."disabledAt" IS NULL
    WHERE r.id = ${roomId}::uuid AND r.status = 'LIVE'
      AND r.visibility <> 'CLOSED' AND ${roomAccessSql({ viewer: Prisma.sql`f."followerId"` })}
      AND NOT EXISTS (SELECT 1 FROM "RoomRsvp" v WHERE v."roomId" = r.id AND v."userId" = f."followerId")
      AND NOT EXISTS (SELECT 1 FROM "MutedPerson" mp
        WHERE mp."userId" = f."followerId" AND mp."mutedId" = r."createdById")
      AND NOT EXISTS (SELECT 1 FROM "MutedClub" mc
        WHERE mc."userId" = f."followerId" AND mc."clubId" = r."clubId")
      AND (EXISTS (SELECT 1 FROM "Follow" back
            WHERE back."followerId" = r."createdById" AND back."followeeId" = f."followerId")
        OR (SELECT count(*) FROM "Notification" n
            WHERE n."userId" = f."followerId" AND n.kind IN ('ROOM_STARTED', 'ON_STAGE')
              AND n."createdAt" > now() - interval '1 hour') < ${ROOM_STARTED_PER_HOUR})
    UNION ALL
    SELECT gen_random_uuid(), ri."userId", 'ROOM_INVITE'::"NotificationKind", r."createdById", r.id
    FROM "Room" r JOIN "RoomInvite" ri ON ri."roomId" = r.id
    WHERE r.id = ${roomId}::uuid AND r.status = 'LIVE' AND r.visibility = 'CLOSED'
      AND ri."userId" <> r."createdById" AND ${roomAccessSql({ viewer: Prisma.sql`ri."userId"` })}
      AND NOT EXISTS (SELECT 1 FROM "RoomRsvp" v WHERE v."roomId" = r.id AND v."userId" = ri."userId")
    UNION ALL
    SELECT gen_random_uuid(), v."userId", 'EVENT_STARTING'::"NotificationKind", r."createdById", r.id
    FROM "Room" r
    JOIN "RoomRsvp" v ON v."roomId" = r.id
    JOIN "User" u ON u.id = v."userId" AND u."disabledAt" IS NULL
    WHERE r.id = ${roomId}::uuid AND r.status = 'LIVE' AND v."userId" <> r."createdById"
      AND ${roomAccessSql({ viewer: Prisma.sql`v."userId"` })}
    RETURNING id`;
  const ids = started.map((row) => row.id);
  await announceNotifications(tx, ids);
  // Members who asked for it also get an email, sent once this transaction has committed.
  await queueLiveRoomEmails(tx, roomId, ids);
}
