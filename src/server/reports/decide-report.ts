import "server-only";
import type { ReportStatus } from "@/generated/prisma/client";
import type { ReportDecision } from "@/lib/validations/reports";
import { assertAdmin } from "@/server/admin/assert-admin";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { announceNotifications } from "@/server/notifications/announce-notifications";
import { endLiveSessions } from "@/server/auth/end-live-sessions";
import { writeAccountDisabled } from "@/server/users/set-account-disabled";

export type DecideReportOptions = { actorId: string; reportId: string; decision: ReportDecision };

const STATUS_OF: Record<ReportDecision, ReportStatus> = {
  dismiss: "DISMISSED",
  warn: "WARNED",
  disable: "DISABLED",
};

/**
 * An admin decides an open report: dismiss it, warn the reported member (a notification), or
 * disable their account the way the admin page does (sessions end, rooms left, disconnected). The
 * report's resolution and its consequence commit together; disabling also closes every other open
 * report about the same member, since there is nothing left to decide.
 */
export async function decideReport({ actorId, reportId, decision }: DecideReportOptions) {
  await assertAdmin(actorId);
  const now = new Date();
  const targetId = await db.$transaction(async (tx) => {
    const report = await tx.report.findUnique({
      where: { id: reportId },
      select: { targetId: true, status: true },
    });
    if (!report) throw new AppError("NOT_FOUND", { key: "reportNotFound" });
    if (decision === "disable" && report.targetId === actorId) {
      throw new AppError("BAD_REQUEST", { key: "cantDisableSelf" });
    }
    // Conditional on still being open, so two admins deciding at once cannot both act.
    const decided = await tx.report.updateMany({
      where: { id: reportId, status: "OPEN" },
      data: { status: STATUS_OF[decision], resolvedById: actorId, resolvedAt: now },
    });
    if (decided.count === 0) throw new AppError("CONFLICT", { key: "reportAlreadyDecided" });
    if (decision === "warn") {
      const notice = await tx.notification.create({
        data: { userId: report.targetId, kind: "ACCOUNT_WARNING" },
        select: { id: true },
      });
      await announceNotifications(tx, [notice.id]);
    }
    if (decision === "disable") {
      await writeAccountDisabled(tx, { userId: report.targetId, now });
      await tx.report.updateMany({
        where: { targetId: report.targetId, status: "OPEN" },
        data: { status: "DISABLED", resolvedById: actorId, resolvedAt: now },
      });
    }
    return report.targetId;
  });
  if (decision === "disable") await endLiveSessions({ userId: targetId });
  return { status: STATUS_OF[decision] };
}
