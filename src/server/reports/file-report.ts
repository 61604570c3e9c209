import "server-only";
import type { FileReportInput } from "@/lib/validations/reports";
import { createOpenReport } from "@/server/reports/create-open-report";
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
  return createOpenReport({
    reporterId,
    kind: subject.kind,
    targetId: subject.targetId,
    roomId: subject.roomId,
    chatMessageId: subject.chatMessageId,
    ...(subject.chatContext ? { chatContext: subject.chatContext } : {}),
    reason: input.reason,
    note: input.note,
  });
}
