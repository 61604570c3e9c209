import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { roomBanSql, roomReachSql, viewerParam } from "@/server/rooms/room-access";

/*
 * The parts of the admission statement that both of its forms use: the join (join-room.ts), which
 * decides and records in one statement, and the join ticket (issue-join-ticket.ts), which decides
 * the same way without writing. Both read the member as `u` (from `member`) and the room as `t`
 * (from `target`).
 */

/** The member, on an active account, with the session the caller's cookie claims (if given). */
export function memberSql(userId: string, sessionVersion: number | undefined): Prisma.Sql {
  const version = sessionVersion ?? null;
  return Prisma.sql`
    SELECT u.id, u."displayName", u.username, u.bio, u."sessionVersion" FROM "User" u
    WHERE u.id = ${userId}::uuid AND u."disabledAt" IS NULL
      AND (${version}::int IS NULL OR u."sessionVersion" = ${version}::int)`;
}

/** The room, and whether the room-access policy lets the member reach it or bans them from it. */
export function targetSql(roomId: string, userId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT r.id, r.status, r."createdById", r."handRaisingOn",
      (r."listenerCount" + r."speakerCount" = 0) AS "wasEmpty",
      -- The room-access policy (src/server/rooms/room-access.ts); bans are told apart below.
      ${roomReachSql({ viewer: viewerParam(userId) })} AS visible,
      ${roomBanSql({ viewer: viewerParam(userId) })} AS banned
    FROM "Room" r WHERE r.id = ${roomId}::uuid`;
}

/** The role a member takes on first entering: the creator hosts; a named co-host or speaker is one. */
export function startingRoleSql(userId: string): Prisma.Sql {
  return Prisma.sql`(CASE WHEN t."createdById" = ${userId}::uuid THEN 'HOST'
    ELSE COALESCE((SELECT g.role::text FROM "RoomGuest" g
      WHERE g."roomId" = t.id AND g."userId" = ${userId}::uuid), 'LISTENER') END)::"RoomRole"`;
}

/** The decision's columns: who asked, which room, and whether the policy lets them in. */
export const decisionColumnsSql = Prisma.sql`(u.id IS NOT NULL) AS "signedIn",
  (t.id IS NOT NULL) AS found, t.visible, t.banned, t.status, t."handRaisingOn", t."wasEmpty",
  u."displayName", u.username, u.bio, u."sessionVersion"`;

/** What the member's token says about them besides the decision, for the member in `role`. */
export function profileColumnsSql(roomId: string, userId: string, role: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${role} = 'LISTENER' AND EXISTS (SELECT 1 FROM "Follow" f
      JOIN "RoomParticipant" s ON s."userId" = f."followerId" AND s."roomId" = ${roomId}::uuid
        AND s.role IN ('HOST', 'MODERATOR', 'SPEAKER') AND s."bannedAt" IS NULL
      WHERE f."followeeId" = ${userId}::uuid)) AS "followedBySpeakers",
    (SELECT ph.version FROM "ProfilePhoto" ph WHERE ph."userId" = ${userId}::uuid) AS "photoVersion"`;
}
