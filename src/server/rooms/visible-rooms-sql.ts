import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * The viewer's clubs, the rooms they were removed from and the people blocked either way, as CTEs
 * (`my_clubs`, `banned`, `blocked_people`) for `roomVisibleTo` below: raw queries that rank rooms
 * share one copy of the rule.
 */
export function viewerRoomContext(viewerId: string) {
  return Prisma.sql`my_clubs AS (
      SELECT "clubId" FROM "ClubMember" WHERE "userId" = ${viewerId}::uuid AND status = 'ACTIVE'),
    banned AS (
      SELECT "roomId" FROM "RoomParticipant" WHERE "userId" = ${viewerId}::uuid AND "bannedAt" IS NOT NULL),
    blocked_people AS (
      SELECT "blockedId" AS id FROM "Block" WHERE "blockerId" = ${viewerId}::uuid
      UNION ALL SELECT "blockerId" FROM "Block" WHERE "blockedId" = ${viewerId}::uuid)`;
}

/**
 * Who may see room `r`, in SQL: the same rule as roomsVisibleTo() (a host blocked either way
 * included), plus "not removed from it".
 */
export function roomVisibleTo(viewerId: string) {
  return Prisma.sql`
    (r.visibility = 'OPEN'
      OR (r.visibility = 'CLUB' AND r."clubId" IN (SELECT "clubId" FROM my_clubs))
      OR (r.visibility = 'CLOSED' AND (r."createdById" = ${viewerId}::uuid
          OR EXISTS (SELECT 1 FROM "RoomInvite" ri WHERE ri."roomId" = r.id AND ri."userId" = ${viewerId}::uuid))))
    AND r.id NOT IN (SELECT "roomId" FROM banned)
    AND r."createdById" NOT IN (SELECT id FROM blocked_people)`;
}
