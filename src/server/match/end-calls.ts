import "server-only";
import { db } from "@/server/db";
import { endMatch } from "@/server/match/end-match";

export type EndCallsOptions = {
  /** Whose calls end: theirs with anyone, or only the one with `otherId`. */
  userId: string;
  otherId?: string;
  /** Recorded as the person who cut the call short. */
  endedById: string;
};

/**
 * Ends a member's voice-match calls in progress at once (their LiveKit rooms are deleted, which
 * disconnects both people): run when their sessions end or their account is disabled, and for a
 * block, the call between the two. Each counts as a Skip by `endedById`, so the other person reads
 * that the call was cut short. Returns the ended matches' ids.
 */
export async function endCalls({ userId, otherId, endedById }: EndCallsOptions): Promise<string[]> {
  const people = otherId
    ? [
        { aId: userId, bId: otherId },
        { aId: otherId, bId: userId },
      ]
    : [{ aId: userId }, { bId: userId }];
  const open = await db.match.findMany({
    where: { endedAt: null, OR: people },
    select: { id: true },
  });
  await Promise.all(open.map(({ id }) => endMatch({ matchId: id, reason: "SKIPPED", endedById })));
  return open.map(({ id }) => id);
}
