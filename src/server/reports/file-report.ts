import "server-only";
import type { FileReportInput } from "@/lib/validations/reports";
import { db } from "@/server/db";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { findReportSubject } from "@/server/reports/find-report-subject";

export type FileReportOptions = { reporterId: string; input: FileReportInput };

/**
 * Files a report of a person, a room or a chat line to the admins' queue (/admin/reports). The
 * same reporter reporting the same thing again while it is open adds nothing: the queue is for
 * admins to read, not a vote.
 */
export async function fileReport({
  reporterId,
  input,
}: FileReportOptions): Promise<{ id: string }> {
  const subject = await findReportSubject(reporterId, input);
  const open = await db.report.findFirst({
    where: {
      reporterId,
      status: "OPEN",
      kind: subject.kind,
      targetId: subject.targetId,
      roomId: subject.roomId,
      chatMessageId: subject.chatMessageId,
    },
    select: { id: true },
  });
  if (open) return open;
  // After the checks, so a mistyped report does not use up the allowance.
  await consumeRateLimit({
    key: `report:${reporterId}`,
    limit: 20,
    windowMs: 60 * 60 * 1000,
    messageKey: "reportsTooFast",
  });
  return db.report.create({
    data: {
      kind: subject.kind,
      reporterId,
      targetId: subject.targetId,
      roomId: subject.roomId,
      chatMessageId: subject.chatMessageId,
      ...(subject.chatContext ? { chatContext: subject.chatContext } : {}),
      reason: input.reason,
      note: input.note,
    },
    select: { id: true },
  });
}
