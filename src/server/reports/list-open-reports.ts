import "server-only";
import type { Prisma, ReportKind } from "@/generated/prisma/client";
import { reportedChatContextSchema, type ReportedChatLine } from "@/lib/validations/reports";
import type { ModerationLogEntry } from "@/lib/validations/stage";
import { assertAdmin } from "@/server/admin/assert-admin";
import { db } from "@/server/db";
import { readModerationLog } from "@/server/stage/read-moderation-log";

export type ListOpenReportsOptions = { actorId: string };

// The oldest first: a queue is worked from its front. An admin deciding them makes room for more.
const QUEUE_LIMIT = 50;
// Enough of a room's log to see what its moderators did around the report.
const LOG_LIMIT = 20;

const personSelect = { id: true, username: true, displayName: true } satisfies Prisma.UserSelect;

type Person = { id: string; username: string; displayName: string };

export type OpenReport = {
  id: string;
  kind: ReportKind;
  reason: string;
  note: string;
  createdAt: Date;
  reporter: Person;
  target: Person & { disabled: boolean; isAdmin: boolean };
  room: { id: string; title: string } | null;
  /** Set for a chat line: the line (`reportedId`) with the lines around it, as they were. */
  chat: { reportedId: string; lines: ReportedChatLine[] } | null;
  /** The room's moderation log, newest first; empty without a room. */
  moderationLog: ModerationLogEntry[];
};

/** The admins' queue of open reports, each with what it is about and the room's moderation log. */
export async function listOpenReports({ actorId }: ListOpenReportsOptions): Promise<OpenReport[]> {
  await assertAdmin(actorId);
  const reports = await db.report.findMany({
    where: { status: "OPEN" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: QUEUE_LIMIT,
    select: {
      id: true,
      kind: true,
      reason: true,
      note: true,
      createdAt: true,
      chatMessageId: true,
      chatContext: true,
      reporter: { select: personSelect },
      target: { select: { ...personSelect, disabledAt: true, role: true } },
      room: { select: { id: true, title: true } },
    },
  });
  const logs = await moderationLogsOf([
    ...new Set(reports.flatMap((report) => (report.room ? [report.room.id] : []))),
  ]);
  return reports.map(({ target, chatMessageId, chatContext, ...report }) => {
    const lines = reportedChatContextSchema.safeParse(chatContext);
    return {
      ...report,
      target: {
        id: target.id,
        username: target.username,
        displayName: target.displayName,
        disabled: target.disabledAt !== null,
        isAdmin: target.role === "ADMIN",
      },
      chat:
        chatMessageId && lines.success ? { reportedId: chatMessageId, lines: lines.data } : null,
      moderationLog: report.room ? (logs.get(report.room.id) ?? []) : [],
    };
  });
}

/** Each room's newest LOG_LIMIT moderation events, one query per room (a queue names few rooms). */
async function moderationLogsOf(roomIds: string[]): Promise<Map<string, ModerationLogEntry[]>> {
  const logs = await Promise.all(
    roomIds.map(async (roomId) => [roomId, await readModerationLog(roomId, LOG_LIMIT)] as const),
  );
  return new Map(logs);
}
