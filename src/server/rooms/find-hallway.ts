import "server-only";
import { Prisma, type RoomTopic } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { missedCutoff } from "@/server/rooms/missed";
import { roomAudibleSql } from "@/server/rooms/room-audible";
import { roomAccessSql, viewerParam } from "@/server/rooms/room-access";

export type FindHallwayOptions = {
  viewerId: string;
  topic?: RoomTopic | undefined;
  limit?: number;
};

export type HallwayRoom = {
  id: string;
  title: string;
  topic: RoomTopic;
  clubName: string | null;
  clubSlug: string | null;
  startedAt: Date | null;
  listenerCount: number;
  speakerCount: number;
  followedSpeaking: boolean;
  inMyClub: boolean;
  speakers: { id: string; displayName: string; photoVersion: string | null }[];
};

export type UpcomingRoom = {
  id: string;
  title: string;
  topic: RoomTopic;
  scheduledFor: Date;
  clubName: string | null;
  hostName: string;
};

type LiveRow = Omit<HallwayRoom, "speakers">;
type SpeakerRow = { roomId: string; id: string; displayName: string; photoVersion: string | null };

const SPEAKERS_SHOWN = 4;

/**
 * The hallway in three indexed queries: live rooms the viewer may enter, ranked (followed people
 * speaking, then the viewer's clubs, then size); their first few speakers; and upcoming rooms.
 *
 * Ranking every visible live room would read thousands of rows to show fifty, so the live query
 * ranks a short list of candidates instead, which provably holds the top `limit`: every room with a
 * followed speaker, every room of the viewer's clubs, every closed room they host or were added to,
 * and the largest audible open rooms (as many as `limit` plus the rooms they were removed from).
 * Audible there too: live rooms whose stage went silent must not take the places of rooms people
 * can hear (with fifty silent rooms, a new room was left out).
 */
export async function findHallway({ viewerId, topic, limit = 50 }: FindHallwayOptions) {
  const topicFilter = topic ? Prisma.sql`AND r.topic = ${topic}::"RoomTopic"` : Prisma.empty;
  const viewer = viewerParam(viewerId);
  const mayEnter = roomAccessSql({ viewer });

  const live = await db.$queryRaw<LiveRow[]>`
    WITH my_clubs AS (
      SELECT "clubId" FROM "ClubMember" WHERE "userId" = ${viewer} AND status = 'ACTIVE'),
    banned AS (
      SELECT "roomId" FROM "RoomParticipant" WHERE "userId" = ${viewer} AND "bannedAt" IS NOT NULL),
    followed_speaking AS (
      SELECT DISTINCT p."roomId" FROM "Follow" f
      JOIN "RoomParticipant" p ON p."userId" = f."followeeId" AND p."leftAt" IS NULL
        AND p.role IN ('HOST', 'MODERATOR', 'SPEAKER')
      WHERE f."followerId" = ${viewerId}::uuid),
    candidates AS (
      SELECT "roomId" AS id FROM followed_speaking
      UNION SELECT r.id FROM "Room" r
        WHERE r.status = 'LIVE' AND r."clubId" IN (SELECT "clubId" FROM my_clubs)
      UNION SELECT r.id FROM "Room" r
        WHERE r.status = 'LIVE' AND r."createdById" = ${viewerId}::uuid
      UNION SELECT "roomId" FROM "RoomInvite" WHERE "userId" = ${viewerId}::uuid
      UNION (SELECT r.id FROM "Room" r
        WHERE ${roomAudibleSql()} AND r.visibility = 'OPEN' ${topicFilter}
        ORDER BY r."listenerCount" DESC, r."startedAt" DESC
        LIMIT ${limit} + (SELECT count(*) FROM banned)))
    SELECT r.id, r.title, r.topic, c.name AS "clubName", c.slug AS "clubSlug", r."startedAt",
      r."listenerCount", r."speakerCount",
      (r.id IN (SELECT "roomId" FROM followed_speaking)) AS "followedSpeaking",
      (r."clubId" IS NOT NULL AND r."clubId" IN (SELECT "clubId" FROM my_clubs)) AS "inMyClub"
    FROM candidates k JOIN "Room" r ON r.id = k.id LEFT JOIN "Club" c ON c.id = r."clubId"
    WHERE ${roomAudibleSql()} ${topicFilter} AND ${mayEnter}
    ORDER BY "followedSpeaking" DESC, "inMyClub" DESC, r."listenerCount" DESC, r."startedAt" DESC
    LIMIT ${limit}`;

  const roomIds = live.map((room) => room.id);
  const [speakers, upcoming] = await Promise.all([
    roomIds.length === 0
      ? Promise.resolve([])
      : db.$queryRaw<SpeakerRow[]>`
        SELECT ranked."roomId", ranked.id, ranked."displayName",
          (SELECT ph.version FROM "ProfilePhoto" ph WHERE ph."userId" = ranked.id) AS "photoVersion"
        FROM (
          SELECT p."roomId", u.id, u."displayName",
            row_number() OVER (PARTITION BY p."roomId" ORDER BY p.role, p."joinedAt") AS n
          FROM "RoomParticipant" p JOIN "User" u ON u.id = p."userId"
          WHERE p."roomId" = ANY(${roomIds}::uuid[]) AND p."leftAt" IS NULL
            AND p.role IN ('HOST', 'MODERATOR', 'SPEAKER')) ranked
        WHERE ranked.n <= ${SPEAKERS_SHOWN}`,
    db.$queryRaw<UpcomingRoom[]>`
      SELECT r.id, r.title, r.topic, r."scheduledFor", c.name AS "clubName",
        h."displayName" AS "hostName"
      FROM "Room" r LEFT JOIN "Club" c ON c.id = r."clubId" JOIN "User" h ON h.id = r."createdById"
      WHERE r.status = 'SCHEDULED' AND r."scheduledFor" > ${missedCutoff()} ${topicFilter}
        AND ${mayEnter}
      ORDER BY r."scheduledFor" LIMIT 20`,
  ]);

  const byRoom = new Map<string, HallwayRoom["speakers"]>();
  for (const { roomId, id, displayName, photoVersion } of speakers) {
    byRoom.set(roomId, [...(byRoom.get(roomId) ?? []), { id, displayName, photoVersion }]);
  }
  const rooms: HallwayRoom[] = live.map((room) => ({
    ...room,
    speakers: byRoom.get(room.id) ?? [],
  }));
  return { live: rooms, upcoming };
}

export type Hallway = Awaited<ReturnType<typeof findHallway>>;
