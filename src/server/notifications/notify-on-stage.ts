import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "@/server/create-db";
import { announceNotifications } from "@/server/notifications/announce-notifications";
import { ROOM_STARTED_PER_HOUR } from "@/server/notifications/notify-room-started";
import { roomAccessSql } from "@/server/rooms/room-access";

/**
 * Tells a new speaker's followers that they went on stage, inside the transaction that put them
 * there. Only followers who may enter the room (the room-access policy, src/server/rooms/
 * room-access.ts) and are not in it already; at most once per room,
 * so a speaker stepping down and up again, or a follower already told the room started, hears
 * nothing more. Mutes, a block with the speaker and the hourly cap apply as for a started room, and the cap counts
 * both kinds of notice: they are the same "come and listen" to the person getting them.
 */
export async function notifyOnStage(tx: DbOrTx, roomId: string, speakerId: string): Promise<void> {
  const told = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Notification" (id, "userId", kind, "actorId", "roomId")
    SELECT gen_random_uuid(), f."followerId", 'ON_STAGE'::"NotificationKind", f."followeeId", r.id
    FROM "Room" r
    JOIN "Follow" f ON f."followeeId" = ${speakerId}::uuid
    JOIN "User" u ON u.id = f."followerId" AND u."disabledAt" IS NULL
    WHERE r.id = ${roomId}::uuid AND r.status = 'LIVE'
      AND ${roomAccessSql({ viewer: Prisma.sql`f."followerId"` })}
      AND NOT EXISTS (SELECT 1 FROM "RoomParticipant" p
        WHERE p."roomId" = r.id AND p."userId" = f."followerId" AND p."leftAt" IS NULL)
      AND NOT EXISTS (SELECT 1 FROM "Notification" n
        WHERE n."userId" = f."followerId" AND n."roomId" = r.id)
      AND NOT EXISTS (SELECT 1 FROM "MutedPerson" mp
        WHERE mp."userId" = f."followerId" AND mp."mutedId" = f."followeeId")
      AND NOT EXISTS (SELECT 1 FROM "MutedClub" mc
        WHERE mc."userId" = f."followerId" AND mc."clubId" = r."clubId")
      AND NOT EXISTS (SELECT 1 FROM "Block" b
        WHERE (b."blockerId" = f."followerId" AND b."blockedId" = f."followeeId")
           OR (b."blockerId" = f."followeeId" AND b."blockedId" = f."followerId"))
      AND (EXISTS (SELECT 1 FROM "Follow" back
            WHERE back."followerId" = f."followeeId" AND back."followeeId" = f."followerId")
        OR (SELECT count(*) FROM "Notification" n
            WHERE n."userId" = f."followerId" AND n.kind IN ('ROOM_STARTED', 'ON_STAGE')
              AND n."createdAt" > now() - interval '1 hour') < ${ROOM_STARTED_PER_HOUR})
    RETURNING id`;
  await announceNotifications(
    tx,
    told.map((row) => row.id),
  );
}
