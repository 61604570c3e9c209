import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FileReportInput, ReportedChatLine } from "@/lib/validations/reports";
import { findReportedMessage } from "@/server/backchannel/find-reported-message";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

/** Lines kept on each side of a reported chat line, so admins read it in its conversation. */
export const CHAT_CONTEXT_LINES = 3;

/** What a report is about once resolved: always a person, with the room and line where relevant. */
export type ReportSubject = {
  kind: FileReportInput["kind"];
  targetId: string;
  roomId: string | null;
  chatMessageId: string | null;
  chatContext: ReportedChatLine[] | null;
};

const chatLineSelect = {
  id: true,
  senderId: true,
  senderName: true,
  senderUsername: true,
  text: true,
  createdAt: true,
} satisfies Prisma.RoomChatMessageSelect;

type ChatRow = Prisma.RoomChatMessageGetPayload<{ select: typeof chatLineSelect }>;

function toLine({ createdAt, ...row }: ChatRow): ReportedChatLine {
  return { ...row, sentAt: createdAt.toISOString() };
}

/**
 * Resolves what the reporter points at, as far as they may see it: an active member; a room they
 * can see and were not removed from; a line of the chat of a room they have been in (the chat is
 * for the people in the room); a message of a backchannel thread they are in. Anything else is "not found", so a report cannot probe a closed room.
 */
export async function findReportSubject(
  reporterId: string,
  input: FileReportInput,
): Promise<ReportSubject> {
  if (input.kind === "PERSON") {
    const target = await db.user.findFirst({
      where: { username: input.username, disabledAt: null },
      select: { id: true },
    });
    if (!target) throw new AppError("NOT_FOUND", { key: "memberNotFound" });
    if (target.id === reporterId) throw new AppError("BAD_REQUEST", { key: "cantReportSelf" });
    return {
      kind: "PERSON",
      targetId: target.id,
      roomId: null,
      chatMessageId: null,
      chatContext: null,
    };
  }

  if (input.kind === "BACKCHANNEL_MESSAGE") {
    const reported = await findReportedMessage(reporterId, input.messageId);
    return {
      kind: "BACKCHANNEL_MESSAGE",
      targetId: reported.senderId,
      roomId: null,
      chatMessageId: reported.messageId,
      chatContext: reported.context,
    };
  }

  const visible: Prisma.RoomWhereInput = {
    id: input.roomId,
    AND: [roomsVisibleTo(reporterId), notBannedFrom(reporterId)],
  };
  if (input.kind === "ROOM") {
    const room = await db.room.findFirst({ where: visible, select: { createdById: true } });
    if (!room) throw new AppError("NOT_FOUND", { key: "unknownRoom" });
    if (room.createdById === reporterId) {
      throw new AppError("BAD_REQUEST", { key: "cantReportOwnRoom" });
    }
    return {
      kind: "ROOM",
      targetId: room.createdById,
      roomId: input.roomId,
      chatMessageId: null,
      chatContext: null,
    };
  }

  const room = await db.room.findFirst({
    where: { ...visible, participants: { some: { userId: reporterId } } },
    select: { id: true },
  });
  if (!room) throw new AppError("NOT_FOUND", { key: "unknownRoom" });
  const line = await db.roomChatMessage.findFirst({
    where: { id: input.messageId, roomId: room.id },
    select: chatLineSelect,
  });
  if (!line) throw new AppError("NOT_FOUND", { key: "chatLineNotFound" });
  if (line.senderId === reporterId) throw new AppError("BAD_REQUEST", { key: "cantReportSelf" });
  const [before, after] = await Promise.all([
    db.roomChatMessage.findMany({
      where: {
        roomId: room.id,
        OR: [
          { createdAt: { lt: line.createdAt } },
          { createdAt: line.createdAt, id: { lt: line.id } },
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CHAT_CONTEXT_LINES,
      select: chatLineSelect,
    }),
    db.roomChatMessage.findMany({
      where: {
        roomId: room.id,
        OR: [
          { createdAt: { gt: line.createdAt } },
          { createdAt: line.createdAt, id: { gt: line.id } },
        ],
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: CHAT_CONTEXT_LINES,
      select: chatLineSelect,
    }),
  ]);
  return {
    kind: "CHAT_MESSAGE",
    targetId: line.senderId,
    roomId: room.id,
    chatMessageId: line.id,
    chatContext: [...before.reverse(), line, ...after].map(toLine),
  };
}
