import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { roomAccessSql } from "@/server/rooms/room-access";

export type PingableSqlOptions = {
  /** The follower's id, as an SQL expression (a column or a bound parameter). */
  follower: Prisma.Sql;
  /** The pinger's id, bound. */
  pingerId: string;
  /** Names the "Room" row and "User" row (the follower) of the surrounding query. */
  room?: Prisma.Sql;
  user?: Prisma.Sql;
};

/**
 * Whom a member may ping into a room, written once for the dialog's list and the ping itself: a
 * follower of theirs, with an active account, whom the room-access policy lets in, who is not in
 * the room already, and with no block between the two either way. A mute is not here: it is the
 * muter's private choice, so the pinger is not shown it (the ping is kept, nobody is told).
 */
export function pingableSql({
  follower,
  pingerId,
  room = Prisma.raw("r"),
  user = Prisma.raw("u"),
}: PingableSqlOptions): Prisma.Sql {
  return Prisma.sql`(
    ${user}."disabledAt" IS NULL AND ${follower} <> ${pingerId}::uuid
    AND EXISTS (SELECT 1 FROM "Follow" pf
      WHERE pf."followerId" = ${follower} AND pf."followeeId" = ${pingerId}::uuid)
    AND ${roomAccessSql({ viewer: follower, room })}
    AND NOT EXISTS (SELECT 1 FROM "RoomParticipant" pp
      WHERE pp."roomId" = ${room}.id AND pp."userId" = ${follower} AND pp."leftAt" IS NULL)
    AND NOT EXISTS (SELECT 1 FROM "Block" pb
      WHERE (pb."blockerId" = ${follower} AND pb."blockedId" = ${pingerId}::uuid)
         OR (pb."blockerId" = ${pingerId}::uuid AND pb."blockedId" = ${follower})))`;
}
