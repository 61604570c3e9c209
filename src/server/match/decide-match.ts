import "server-only";
import type { MatchDecision } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

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
 */
export async function decideMatch({ matchId, userId, decision }: DecideMatchOptions) {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<Decisions[]>`
      UPDATE "Match" SET
        "aDecision" = CASE WHEN "aId" = ${userId}::uuid THEN ${decision}::"MatchDecision" ELSE "aDecision" END,
        "bDecision" = CASE WHEN "bId" = ${userId}::uuid THEN ${decision}::"MatchDecision" ELSE "bDecision" END
      WHERE id = ${matchId}::uuid AND (${userId}::uuid IN ("aId", "bId"))
      RETURNING "aId", "bId", "aDecision", "bDecision"`;
    if (!row) throw new AppError("NOT_FOUND", { key: "matchNotFound" });
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
