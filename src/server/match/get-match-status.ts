import "server-only";
import { firstNameOf, type MatchStatus, type MatchView } from "@/lib/match/match-api";
import { db } from "@/server/db";
import { endMatch } from "@/server/match/end-match";
import { pairWaiting } from "@/server/match/find-match";

export type GetMatchStatusOptions = { userId: string };

// A finished call stays on screen this long, so both can still tap Connect or Pass.
export const RECENT_MATCH_MS = 15 * 60 * 1000;

/**
 * What the Meet page shows: opt in, ready, waiting, or the current (or just finished) match. A
 * waiting member's poll is also a pairing attempt, and a call past its timer is ended here (the
 * server ends it at the first look after the time, whoever looks).
 */
export async function getMatchStatus({ userId }: GetMatchStatusOptions): Promise<MatchStatus> {
  const ticket = await db.matchTicket.findUnique({
    where: { userId },
    select: { topics: true, waitingSince: true },
  });
  if (!ticket) return { state: "opt-in" };
  if (ticket.waitingSince) {
    const found = await pairWaiting(userId);
    if (!found) return { state: "waiting", topics: ticket.topics };
  }
  const match = await db.match.findFirst({
    where: {
      OR: [{ aId: userId }, { bId: userId }],
      startedAt: { gt: new Date(Date.now() - RECENT_MATCH_MS) },
    },
    orderBy: { startedAt: "desc" },
    select: {
      id: true,
      aId: true,
      topics: true,
      endsAt: true,
      endedAt: true,
      endedReason: true,
      aDecision: true,
      bDecision: true,
      a: { select: { displayName: true, username: true } },
      b: { select: { displayName: true, username: true } },
    },
  });
  if (!match) return { state: "idle", topics: ticket.topics };
  if (!match.endedAt && match.endsAt.getTime() <= Date.now()) {
    await endMatch({ matchId: match.id, reason: "TIMER", endedById: null });
    match.endedAt = new Date();
    match.endedReason = "TIMER";
  }
  const isA = match.aId === userId;
  const other = isA ? match.b : match.a;
  const connected = match.aDecision === "CONNECT" && match.bDecision === "CONNECT";
  const view: MatchView = {
    id: match.id,
    firstName: firstNameOf(other.displayName),
    sharedTopics: match.topics,
    endsAt: match.endsAt.toISOString(),
    endedAt: match.endedAt?.toISOString() ?? null,
    endedReason: match.endedReason,
    myDecision: isA ? match.aDecision : match.bDecision,
    // Whether the other has answered (not what: Connect shows as `connected`, a Pass stays theirs).
    otherDecided: (isA ? match.bDecision : match.aDecision) !== null,
    connected,
    username: connected ? other.username : null,
  };
  return { state: "matched", match: view };
}
