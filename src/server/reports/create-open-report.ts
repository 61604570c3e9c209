import "server-only";
import type { Prisma, ReportKind } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";

/** Reports a member may file in an hour, from any page or from voice match. */
export const REPORTS_PER_HOUR = 20;

export type CreateOpenReportOptions = {
  reporterId: string;
  kind: ReportKind;
  targetId: string;
  roomId: string | null;
  chatMessageId: string | null;
  matchId?: string;
  chatContext?: Prisma.InputJsonValue;
  reason: string;
  note: string;
};

/**
 * Files a report unless the reporter already has an open one about the same subject (kind, person,
 * room, chat line), which is returned instead: the queue is for admins to read, not a vote.
 * Concurrent reports of one subject by one reporter queue on a transaction-scoped advisory lock,
 * so five at once still make one. Only a new report spends the reporter's hourly allowance.
 */
export async function createOpenReport(options: CreateOpenReportOptions): Promise<{ id: string }> {
  const subject = {
    reporterId: options.reporterId,
    kind: options.kind,
    targetId: options.targetId,
    roomId: options.roomId,
    chatMessageId: options.chatMessageId,
  };
  const lockKey = `report:${Object.values(subject).join(":")}`;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
    const open = await tx.report.findFirst({
      where: { ...subject, status: "OPEN" },
      select: { id: true },
    });
    if (open) return open;
    await consumeRateLimit({
      key: `report:${options.reporterId}`,
      limit: REPORTS_PER_HOUR,
      windowMs: 60 * 60 * 1000,
      messageKey: "reportsTooFast",
    });
    return tx.report.create({
      data: {
        ...subject,
        ...(options.matchId ? { matchId: options.matchId } : {}),
        ...(options.chatContext ? { chatContext: options.chatContext } : {}),
        reason: options.reason,
        note: options.note,
      },
      select: { id: true },
    });
  });
}
