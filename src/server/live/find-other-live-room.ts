import "server-only";
import { db } from "@/server/db";

export type FindOtherLiveRoomOptions = { userId: string; roomId: string };

/**
 * The live room, other than `roomId`, that the member is present in now (from another tab or
 * device), or null. Present means what the hallway counts: a row LiveKit's webhooks keep.
 */
export async function findOtherLiveRoom({ userId, roomId }: FindOtherLiveRoomOptions) {
  return db.room.findFirst({
    where: {
      id: { not: roomId },
      status: "LIVE",
      participants: { some: { userId, leftAt: null, bannedAt: null } },
    },
    select: { id: true, title: true },
  });
}
