import "server-only";
import type { ModerationLog } from "@/lib/validations/stage";
import { db } from "@/server/db";
import { loadStage, requireModerator } from "@/server/stage/load-stage";
import { readModerationLog } from "@/server/stage/read-moderation-log";

export type ListModerationEventsOptions = { roomId: string; actorId: string };

// A room's log is short in practice; the newest entries are the ones a moderator looks for.
const LOG_LIMIT = 200;

/** The room's moderation log, newest first, for its host and moderators (also after it ended). */
export async function listModerationEvents({
  roomId,
  actorId,
}: ListModerationEventsOptions): Promise<ModerationLog> {
  const stage = await loadStage(db, { roomId, actorId, lock: false, requireLive: false });
  requireModerator(stage);
  return { events: await readModerationLog(roomId, LOG_LIMIT) };
}
