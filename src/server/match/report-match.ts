import "server-only";
import { db } from "@/server/db";
import { endMatch } from "@/server/match/end-match";
import { findOwnMatch } from "@/server/match/find-own-match";
import { createOpenReport } from "@/server/reports/create-open-report";

export type ReportMatchOptions = { matchId: string; userId: string; reason: string; note: string };

/**
 * "Report": ends the call for both, counts as the reporter's Pass, and files a report against the
 * other person for the admins — one open report per reporter and person, however often it is sent
 * (and within the same hourly allowance as reports filed anywhere else).
 */
export async function reportMatch({ matchId, userId, reason, note }: ReportMatchOptions) {
  const match = await findOwnMatch(matchId, userId);
  await endMatch({ matchId: match.id, reason: "REPORTED", endedById: userId });
  await db.match.update({
    where: { id: match.id },
    data: match.isA ? { aDecision: "PASS" } : { bDecision: "PASS" },
  });
  await createOpenReport({
    reporterId: userId,
    kind: "PERSON",
    targetId: match.otherId,
    roomId: null,
    chatMessageId: null,
    matchId: match.id,
    reason,
    note,
  });
}
