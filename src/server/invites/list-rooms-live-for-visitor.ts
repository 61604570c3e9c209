import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { roomAccessSql } from "@/server/rooms/room-access";
import { roomAudibleSql } from "@/server/rooms/room-audible";

// A taste, not a hallway: the invite page stays about the person who invited them.
const PREVIEWED = 3;

export type LiveRoomPreview = {
  id: string;
  title: string;
  hostName: string;
  speakerCount: number;
  listenerCount: number;
};

/**
 * What is live right now, for someone opening an invite link before they have an account: the
 * busiest audible rooms the room-access policy lets a visitor see. A visitor is no member, so the
 * policy's viewer is NULL: only open rooms pass (a club or closed room needs someone to match).
 */
export async function listRoomsLiveForVisitor(): Promise<LiveRoomPreview[]> {
  return db.$queryRaw<LiveRoomPreview[]>`
    SELECT r.id, r.title, u."displayName" AS "hostName", r."speakerCount", r."listenerCount"
    FROM "Room" r
    JOIN "User" u ON u.id = r."createdById" AND u."disabledAt" IS NULL
    WHERE ${roomAudibleSql("r")} AND ${roomAccessSql({ viewer: Prisma.sql`NULL::uuid` })}
    ORDER BY r."listenerCount" + r."speakerCount" DESC, r."startedAt" DESC
    LIMIT ${PREVIEWED}`;
}
