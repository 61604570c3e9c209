import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ModerationLog } from "@/lib/validations/stage";
import { db } from "@/server/db";
import { loadStage, requireModerator } from "@/server/stage/load-stage";

export type ListModerationEventsOptions = { roomId: string; actorId: string };

// A room's log is short in practice; the newest entries are the ones a moderator looks for.
const LOG_LIMIT = 200;

const personSelect = {
  id: true,
  username: true,
  displayName: true,
} satisfies Prisma.UserSelect;

/** The room's moderation log, newest first, for its host and moderators (also after it ended). */
export async function listModerationEvents({
  roomId,
  actorId,
}: ListModerationEventsOptions): Promise<ModerationLog> {
  const stage = await loadStage(db, { roomId, actorId, lock: false, requireLive: false });
  requireModerator(stage);
  const events = await db.moderationEvent.findMany({
    where: { roomId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LOG_LIMIT,
    select: {
      id: true,
      action: true,
      createdAt: true,
      actor: { select: personSelect },
      target: { select: personSelect },
    },
  });
  return {
    events: events.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() })),
  };
}
