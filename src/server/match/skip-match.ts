import "server-only";
import { db } from "@/server/db";
import { endMatch } from "@/server/match/end-match";
import { findMatch, type FoundMatch } from "@/server/match/find-match";
import { findOwnMatch } from "@/server/match/find-own-match";

export type SkipMatchOptions = { matchId: string; userId: string };

/**
 * "Skip": the call ends for both at once (its LiveKit room is deleted) and the skipper goes straight
 * back to the queue; the other person sees the call ended and decides whether to look again.
 */
export async function skipMatch({ matchId, userId }: SkipMatchOptions): Promise<FoundMatch> {
  const match = await findOwnMatch(matchId, userId);
  await endMatch({ matchId: match.id, reason: "SKIPPED", endedById: userId });
  // A skip is a Pass: skipping never ends in a follow.
  await db.match.update({
    where: { id: match.id },
    data: match.isA ? { aDecision: "PASS" } : { bDecision: "PASS" },
  });
  return findMatch({ userId });
}
