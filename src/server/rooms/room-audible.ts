import "server-only";
import { Prisma, type RoomStatus } from "@/generated/prisma/client";

// A room someone can hear: live, and its stage not seen empty since someone was last on it
// (stageEmptySince, kept by recountPresence from LiveKit's webhooks: set when the last host,
// moderator or speaker present goes, cleared when one is back). The hallway, search and
// notifications offer only these: a live room whose stage emptied (its host closed the tab or
// dropped) is silence. A room just started, before its host's first webhook, still counts. One
// rule, as SQL and as a predicate.

/** `alias` names the "Room" row in the query (`r` in the hallway and search). */
export function roomAudibleSql(alias = "r"): Prisma.Sql {
  const room = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${room}.status = 'LIVE' AND ${room}."stageEmptySince" IS NULL)`;
}

export function isRoomAudible(room: { status: RoomStatus; stageEmptySince: Date | null }): boolean {
  return room.status === "LIVE" && room.stageEmptySince === null;
}
