import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ModerationLogEntry } from "@/lib/validations/stage";
import { db } from "@/server/db";

const personSelect = {
  id: true,
  username: true,
  displayName: true,
} satisfies Prisma.UserSelect;

/** A room's newest `limit` moderation events, newest first. The callers decide who may read it. */
export async function readModerationLog(
  roomId: string,
  limit: number,
): Promise<ModerationLogEntry[]> {
  const events = await db.moderationEvent.findMany({
    where: { roomId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      action: true,
      createdAt: true,
      actor: { select: personSelect },
      target: { select: personSelect },
    },
  });
  return events.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() }));
}
