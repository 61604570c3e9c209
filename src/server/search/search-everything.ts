import "server-only";
import { Prisma, type RoomStatus, type RoomTopic } from "@/generated/prisma/client";
import { typoVariants } from "@/lib/search/typo-variants";
import { db } from "@/server/db";
import { missedCutoff } from "@/server/rooms/missed";
import { roomAccessSql, viewerParam } from "@/server/rooms/room-access";
import { roomAudibleSql } from "@/server/rooms/room-audible";

export type SearchOptions = { viewerId: string; query: string };

export type PersonHit = {
  id: string;
  username: string;
  displayName: string;
  bio: string;
  photoVersion: string | null;
};
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

// Either side blocking hides the other. Two indexed lookups of the viewer's blocks, hashed once per
// query, instead of a join condition PostgreSQL can only answer by reading every block.
function notBlockedEitherWay(viewerId: string, personColumn: Prisma.Sql) {
  return Prisma.sql`${personColumn} NOT IN (
    SELECT "blockedId" FROM "Block" WHERE "blockerId" = ${viewerId}::uuid
    UNION ALL SELECT "blockerId" FROM "Block" WHERE "blockedId" = ${viewerId}::uuid)`;
}

// Typo-tolerant matches are ranked among at most this many candidates per branch: a common name or
// word can match thousands of rows, and ranking all of them costs a similarity computation each.
const CANDIDATES = 200;

/**
 * People by name, username or a word of their bio. The planner prices pg_trgm's similarity
 * operator like an equality, so under a LIMIT it prefers reading the whole table to the trigram
 * index (48 ms against 4 ms for a first name shared by 2,500 of the large seed's 100k members):
 * sequential scans are off for this one transaction.
 */
function searchPeople(viewerId: string, query: string, spellings: string[]) {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    return tx.$queryRaw<PersonHit[]>`
      WITH candidates AS (
        (SELECT id FROM "User" WHERE "displayName" %> ANY(${spellings}::text[]) LIMIT ${CANDIDATES})
        UNION (SELECT id FROM "User" WHERE username %> ANY(${spellings}::text[]) LIMIT ${CANDIDATES})
        UNION (SELECT id FROM "User"
          WHERE to_tsvector('simple', bio) @@ plainto_tsquery('simple', ${query})
          LIMIT ${CANDIDATES}))
      SELECT u.id, u.username, u."displayName", u.bio, ph.version AS "photoVersion"
      FROM candidates c JOIN "User" u ON u.id = c.id
        LEFT JOIN "ProfilePhoto" ph ON ph."userId" = u.id
      WHERE u."disabledAt" IS NULL AND u.id <> ${viewerId}::uuid
        AND ${notBlockedEitherWay(viewerId, Prisma.sql`u.id`)}
      ORDER BY ${closest(spellings, Prisma.sql`u."displayName"`, Prisma.sql`u.username`)} DESC,
        u."displayName"
      LIMIT ${PEOPLE_SHOWN}`;
  });
}

/** How close the best spelling of the query comes to any of the columns (the ranking). */
function closest(spellings: string[], ...columns: Prisma.Sql[]) {
  const similarities = columns.map((column) => Prisma.sql`word_similarity(s, ${column})`);
  return Prisma.sql`(SELECT max(greatest(${Prisma.join(similarities)}))
    FROM unnest(${spellings}::text[]) AS s)`;
}

function searchClubs(query: string, spellings: string[]) {
  return db.$queryRaw<ClubHit[]>`
    SELECT c.id, c.slug, c.name,
      (SELECT count(*)::int FROM "ClubMember" m WHERE m."clubId" = c.id AND m.status = 'ACTIVE')
        AS "memberCount"
    FROM "Club" c
    WHERE c.name %> ANY(${spellings}::text[])
      OR to_tsvector('simple', c.description) @@ plainto_tsquery('simple', ${query})
    ORDER BY ${closest(spellings, Prisma.sql`c.name`)} DESC, c.name
    LIMIT ${CLUBS_SHOWN}`;
}

/** Live rooms first, then upcoming ones; among candidates, the closest titles and biggest rooms. */
function searchRooms(viewerId: string, query: string, spellings: string[]) {
  return db.$queryRaw<RoomHit[]>`
    WITH candidates AS (
      SELECT r.id FROM "Room" r
      WHERE (r.title %> ANY(${spellings}::text[])
          OR to_tsvector('simple', r.description) @@ plainto_tsquery('simple', ${query}))
        AND (${roomAudibleSql()} OR (r.status = 'SCHEDULED' AND r."scheduledFor" > ${missedCutoff()}))
        AND ${roomAccessSql({ viewer: viewerParam(viewerId) })}
      LIMIT ${CANDIDATES})
    SELECT r.id, r.title, r.topic, r.status, r."scheduledFor", r."listenerCount",
      h."displayName" AS "hostName"
    FROM candidates c JOIN "Room" r ON r.id = c.id JOIN "User" h ON h.id = r."createdById"
    ORDER BY (r.status = 'LIVE') DESC, ${closest(spellings, Prisma.sql`r.title`)} DESC,
      r."listenerCount" DESC
    LIMIT ${ROOMS_SHOWN}`;
}

/**
 * One search box for people, clubs and rooms that are live or coming up. Names and titles match
 * with typos (`%>`, pg_trgm word similarity: "Ariadnne" finds "Ariadne Vale"), and with two
 * letters swapped in a short query ("Nroa" finds "Nora": each swapped spelling is matched too,
 * one index lookup each, src/lib/search/typo-variants.ts); bios and
 * descriptions match by their words. Every branch is served by an index from the search migration.
 * Rooms follow the hallway's visibility rule, and people the viewer blocked or who blocked the
 * viewer are never shown, nor rooms they created.
 */
export async function searchEverything({ viewerId, query }: SearchOptions): Promise<SearchResults> {
  const spellings = typoVariants(query);
  const [people, clubs, rooms] = await Promise.all([
    searchPeople(viewerId, query, spellings),
    searchClubs(query, spellings),
    searchRooms(viewerId, query, spellings),
  ]);
  return { people, clubs, rooms };
}
