import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { disconnectFromLiveRooms } from "@/server/presence/disconnect-from-live-rooms";

export type RemoveRoomInviteeOptions = { actorId: string; roomId: string; userId: string };

/**
 * The host of a closed room takes someone off its guest list, before or during the room. If the
 * room is live and they are in it, they are disconnected at once: being on the list is what let
 * them in.
 */
export async function removeRoomInvitee({
  actorId,
  roomId,
  userId,
}: RemoveRoomInviteeOptions): Promise<void> {
  const removed = await db.roomInvite.deleteMany({
    where: {
      roomId,
      userId,
      room: { createdById: actorId, visibility: "CLOSED", status: { in: ["SCHEDULED", "LIVE"] } },
    },
  });
  if (removed.count === 0) {
    throw new AppError("NOT_FOUND", {
      message: `un-invite refused: ${actorId} cannot remove ${userId} from room ${roomId}`,
      key: "notOnGuestList",
    });
  }
  await disconnectFromLiveRooms({ userId, rooms: { id: roomId } });
}
