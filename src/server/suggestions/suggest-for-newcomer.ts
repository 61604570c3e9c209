import "server-only";
import type { RoomTopic } from "@/generated/prisma/client";
import { db } from "@/server/db";

const PEOPLE_SHOWN = 6;
const CLUBS_SHOWN = 4;
// Each source of suggestions is read only this far: suggestions are a short list, not a ranking.
const CANDIDATES = 50;

export type SuggestedPerson = {
  id: string;
  username: string;
  displayName: string;
  photoVersion: string | null;
  reason: "invitedYou" | "followedByInviter" | "sharesTopic";
  topic: RoomTopic | null;
};
export type SuggestedClub = { id: string; slug: string; name: string; topic: RoomTopic | null };
export type Suggestions = { people: SuggestedPerson[]; clubs: SuggestedClub[] };

/**
 * People and clubs for someone with few follows: whoever invited them first, then the people their
 * inviter follows, then members who share a topic they picked at onboarding; clubs on their topics.
 * Never someone they already follow, nor anyone blocked either way.
 */
export async function suggestForNewcomer({ viewerId }: { viewerId: string }): Promise<Suggestions> {
  const [people, clubs] = await Promise.all([
    db.$queryRaw<SuggestedPerson[]>`
      WITH me AS (SELECT id, topics, "invitedById" FROM "User" WHERE id = ${viewerId}::uuid),
      candidates AS (
        SELECT u.id, 'invitedYou' AS reason, NULL::"RoomTopic" AS topic, 0 AS rank
        FROM me JOIN "User" u ON u.id = me."invitedById"
        UNION ALL
        (SELECT f."followeeId", 'followedByInviter', NULL::"RoomTopic", 1
         FROM me JOIN "Follow" f ON f."followerId" = me."invitedById" LIMIT ${CANDIDATES})
        UNION ALL
        (SELECT u.id, 'sharesTopic', (SELECT t FROM unnest(u.topics) t
            WHERE t = ANY(me.topics) LIMIT 1), 2
         FROM me JOIN "User" u ON u.topics && me.topics LIMIT ${CANDIDATES})),
      ranked AS (
        SELECT DISTINCT ON (c.id) c.id, c.reason, c.topic, c.rank FROM candidates c
        ORDER BY c.id, c.rank)
      SELECT u.id, u.username, u."displayName", ph.version AS "photoVersion", r.reason, r.topic
      FROM ranked r JOIN "User" u ON u.id = r.id
        LEFT JOIN "ProfilePhoto" ph ON ph."userId" = u.id
      WHERE u.id <> ${viewerId}::uuid AND u."disabledAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Follow" f
          WHERE f."followerId" = ${viewerId}::uuid AND f."followeeId" = u.id)
        AND u.id NOT IN (
          SELECT "blockedId" FROM "Block" WHERE "blockerId" = ${viewerId}::uuid
          UNION ALL SELECT "blockerId" FROM "Block" WHERE "blockedId" = ${viewerId}::uuid)
      ORDER BY r.rank, u."createdAt" DESC
      LIMIT ${PEOPLE_SHOWN}`,
    db.$queryRaw<SuggestedClub[]>`
      WITH me AS (SELECT topics FROM "User" WHERE id = ${viewerId}::uuid)
      SELECT c.id, c.slug, c.name,
        (SELECT t FROM unnest(c.topics) t WHERE t = ANY(me.topics) LIMIT 1) AS topic
      FROM me JOIN "Club" c ON c.topics && me.topics
      WHERE NOT EXISTS (SELECT 1 FROM "ClubMember" m
          WHERE m."clubId" = c.id AND m."userId" = ${viewerId}::uuid)
      ORDER BY c."createdAt" DESC
      LIMIT ${CLUBS_SHOWN}`,
  ]);
  return { people, clubs };
}

/** Below this many follows, the hallway suggests people and clubs. */
export const NEWCOMER_FOLLOWS = 5;

export async function isNewcomer({ viewerId }: { viewerId: string }): Promise<boolean> {
  const follows = await db.follow.count({
    where: { followerId: viewerId },
    take: NEWCOMER_FOLLOWS,
  });
  return follows < NEWCOMER_FOLLOWS;
}
