import "server-only";
import { Prisma, type RoomStatus, type RoomTopic } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { missedCutoff } from "@/server/rooms/missed";
import { roomVisibleTo, viewerRoomContext } from "@/server/rooms/visible-rooms-sql";

export type SearchOptions = { viewerId: string; query: string };

export type PersonHit = { id: string; username: string; displayName: string; bio: string };
export type ClubHit = { id: string; slug: string; name: string; memberCount: number };
export type RoomHit = {
  id: string;
  title: string;
  topic: RoomTopic;
  status: Extract<RoomStatus, "LIVE" | "SCHEDULED">;
  scheduledFor: Date | null;
  listenerCount: number;
  hostName: string;
};
export type SearchResults = { people: PersonHit[]; clubs: ClubHit[]; rooms: RoomHit[] };

const PEOPLE_SHOWN = 10;
const CLUBS_SHOWN = 6;
const ROOMS_SHOWN = 10;

// Either side blocking hides the other; `x` is the person being shown.
function notBlockedEitherWay(viewerId: string, personColumn: Prisma.Sql) {
  return Prisma.sql`NOT EXISTS (
    SELECT 1 FROM "Block" b
    WHERE (b."blockerId" = ${viewerId}::uuid AND b."blockedId" = ${personColumn})
       OR (b."blockerId" = ${personColumn} AND b."blockedId" = ${viewerId}::uuid))`;
}

/**
 * One search box for people, clubs and rooms that are live or coming up. Names and titles match
 * with typos (`<%`, pg_trgm word similarity: "Ariadnne" finds "Ariadne Vale"); bios and
 * descriptions match by their words. Every branch is served by an index from the search migration.
 * Rooms follow the hallway's visibility rule, and people the viewer blocked or who blocked the
 * viewer are never shown, nor rooms they created.
 */
export async function searchEverything({ viewerId, query }: SearchOptions): Promise<SearchResults> {
  const [people, clubs, rooms] = await Promise.all([
    db.$queryRaw<PersonHit[]>`
      SELECT u.id, u.username, u."displayName", u.bio
      FROM "User" u
      WHERE (${query} <% u."displayName" OR ${query} <% u.username
          OR to_tsvector('simple', u.bio) @@ plainto_tsquery('simple', ${query}))
        AND u."disabledAt" IS NULL AND u.id <> ${viewerId}::uuid
        AND ${notBlockedEitherWay(viewerId, Prisma.sql`u.id`)}
      ORDER BY greatest(word_similarity(${query}, u."displayName"),
        word_similarity(${query}, u.username)) DESC, u."displayName"
      LIMIT ${PEOPLE_SHOWN}`,
    db.$queryRaw<ClubHit[]>`
      SELECT c.id, c.slug, c.name,
        (SELECT count(*)::int FROM "ClubMember" m WHERE m."clubId" = c.id AND m.status = 'ACTIVE')
          AS "memberCount"
      FROM "Club" c
      WHERE ${query} <% c.name
        OR to_tsvector('simple', c.description) @@ plainto_tsquery('simple', ${query})
      ORDER BY word_similarity(${query}, c.name) DESC, c.name
      LIMIT ${CLUBS_SHOWN}`,
    db.$queryRaw<RoomHit[]>`
      WITH ${viewerRoomContext(viewerId)}
      SELECT r.id, r.title, r.topic, r.status, r."scheduledFor", r."listenerCount",
        h."displayName" AS "hostName"
      FROM "Room" r JOIN "User" h ON h.id = r."createdById"
      WHERE (${query} <% r.title
          OR to_tsvector('simple', r.description) @@ plainto_tsquery('simple', ${query}))
        AND (r.status = 'LIVE' OR (r.status = 'SCHEDULED' AND r."scheduledFor" > ${missedCutoff()}))
        AND ${roomVisibleTo(viewerId)}
        AND ${notBlockedEitherWay(viewerId, Prisma.sql`r."createdById"`)}
      ORDER BY (r.status = 'LIVE') DESC, word_similarity(${query}, r.title) DESC,
        r."listenerCount" DESC
      LIMIT ${ROOMS_SHOWN}`,
  ]);
  return { people, clubs, rooms };
}
