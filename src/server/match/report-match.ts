import "server-only";
import { db } from "@/server/db";
import { endMatch } from "@/server/match/end-match";
import { findOwnMatch } from "@/server/match/find-own-match";

export type ReportMatchOptions = { matchId: string; userId: string; reason: string; note: string };

/** "Report": ends the call for both, and files a report against the other person for the admins. */
export async function reportMatch({ matchId, userId, reason, note }: ReportMatchOptions) {
  const match = await findOwnMatch(matchId, userId);
  await endMatch({ matchId: match.id, reason: "REPORTED", endedById: userId });
  await db.$transaction([
    db.report.create({
      data: { reporterId: userId, targetId: match.otherId, reason, note, matchId: match.id },
    }),
    db.match.update({
      where: { id: match.id },
      data: match.isA ? { aDecision: "PASS" } : { bDecision: "PASS" },
    }),
  ]);
}
