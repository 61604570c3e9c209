import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** The match if the member is one of its two people; anyone else is told it does not exist. */
export async function findOwnMatch(matchId: string, userId: string) {
  const match = await db.match.findFirst({
    where: { id: matchId, OR: [{ aId: userId }, { bId: userId }] },
    select: {
      id: true,
      aId: true,
      bId: true,
      topics: true,
      endsAt: true,
      endedAt: true,
      endedReason: true,
      aDecision: true,
      bDecision: true,
    },
  });
  if (!match) throw new AppError("NOT_FOUND", { key: "matchNotFound" });
  const isA = match.aId === userId;
  return { ...match, isA, otherId: isA ? match.bId : match.aId };
}
