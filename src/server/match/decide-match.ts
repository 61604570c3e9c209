import "server-only";
import type { MatchDecision } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { findOwnMatch } from "@/server/match/find-own-match";
import { RECENT_MATCH_MS } from "@/server/match/get-match-status";

export type DecideMatchOptions = { matchId: string; userId: string; decision: MatchDecision };

type Decisions = {
  aId: string;
  bId: string;
  aDecision: MatchDecision | null;
  bDecision: MatchDecision | null;
};

/**
 * Records the member's Connect or Pass. Only when both said Connect do they follow each other. The
 * decision is one UPDATE … RETURNING: the row lock orders two people deciding at the same moment,
 * so the second one always sees the first one's answer and the follows are written exactly once.
 *
 * A Pass is always taken. A Connect only while the match is still open to one (the same window in
 * which the Meet page shows it), not ended by a Skip or a Report, with no report filed from this
 * match by either of the two, and no block between them either way: the statement checks all of
 * it, so a block or report that commits first always wins.
 */
export async function decideMatch({ matchId, userId, decision }: DecideMatchOptions) {
  const openSince = new Date(Date.now() - RECENT_MATCH_MS);
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Decisions[]>`
      UPDATE "Match" m SET
        "aDecision" = CASE WHEN "aId" = ${userId}::uuid THEN ${decision}::"MatchDecision" ELSE "aDecision" END,
        "bDecision" = CASE WHEN "bId" = ${userId}::uuid THEN ${decision}::"MatchDecision" ELSE "bDecision" END
      WHERE id = ${matchId}::uuid AND (${userId}::uuid IN ("aId", "bId"))
        AND (${decision} = 'PASS' OR (
          m."startedAt" > ${openSince}
          AND (m."endedReason" IS NULL OR m."endedReason" = 'TIMER')
          AND NOT EXISTS (SELECT 1 FROM "Report" r WHERE r."matchId" = m.id)
          AND NOT EXISTS (
            SELECT 1 FROM "Block" b
            WHERE (b."blockerId" = m."aId" AND b."blockedId" = m."bId")
               OR (b."blockerId" = m."bId" AND b."blockedId" = m."aId"))))
      RETURNING "aId", "bId", "aDecision", "bDecision"`;
    if (!row) {
      // Someone else's match reads as missing; one's own that is closed to a Connect says so.
      await findOwnMatch(matchId, userId);
      throw new AppError("CONFLICT", { key: "matchClosed" });
    }
    const connected = row.aDecision === "CONNECT" && row.bDecision === "CONNECT";
    if (connected) {
      await tx.follow.createMany({
        data: [
          { followerId: row.aId, followeeId: row.bId },
          { followerId: row.bId, followeeId: row.aId },
        ],
        skipDuplicates: true,
      });
    }
    return { connected };
  });
}
