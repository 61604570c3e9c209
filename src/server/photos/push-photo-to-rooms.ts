import "server-only";
import { participantAttributes } from "@/lib/live/attributes";
import { db } from "@/server/db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";

export type PushPhotoToRoomsOptions = { userId: string; version: string | null };

/**
 * A new or removed photo shows at once in the live rooms the member is in: their `photo`
 * attribute is rewritten there (attributes only: LiveKit keeps their permissions as they are).
 * Best effort: the photo is saved whatever LiveKit says, and every later join carries it, so a
 * room LiveKit cannot reach now is logged, not reported to the member as a failed upload.
 */
export async function pushPhotoToRooms({
  userId,
  version,
}: PushPhotoToRoomsOptions): Promise<void> {
  const present = await db.roomParticipant.findMany({
    where: { userId, leftAt: null, bannedAt: null, room: { status: "LIVE" } },
    select: { roomId: true },
  });
  await Promise.all(
    present.map(async ({ roomId }) => {
      try {
        await roomService().updateParticipant(roomId, userId, {
          attributes: participantAttributes({ photo: version }),
        });
      } catch (error) {
        // Not found: they left, or the room ended, since the read. Nothing to tell.
        if (!isLivekitNotFound(error)) console.error("photo not pushed to room", roomId, error);
      }
    }),
  );
}
