import "server-only";
import { DataPacket_Kind } from "livekit-server-sdk";
import { ELSEWHERE_TOPIC } from "@/lib/live/one-room";
import { db } from "@/server/db";
import { handOverHost } from "@/server/live/hand-over-host";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";
import { recountPresence } from "@/server/presence/recount-presence";
import { lockRoom } from "@/server/rooms/lock-room";

export type LeaveOtherRoomsOptions = { userId: string; roomId: string };

/**
 * The member agreed to leave the live rooms they are in elsewhere to join `roomId`: in each, they
 * are marked gone (a host's seat passes on as on Leave, or the room ends with nobody to take it)
 * and LiveKit drops their participant there, so no other tab or device keeps a microphone live.
 */
export async function leaveOtherRooms({ userId, roomId }: LeaveOtherRoomsOptions): Promise<void> {
  const rows = await db.roomParticipant.findMany({
    where: { userId, leftAt: null, roomId: { not: roomId }, room: { status: "LIVE" } },
    select: { roomId: true, role: true },
  });
  for (const row of rows) {
    if (row.role === "HOST") {
      await handOverHost({ roomId: row.roomId, actorId: userId });
    } else {
      await db.$transaction(async (tx) => {
        await lockRoom(tx, row.roomId);
        await tx.roomParticipant.updateMany({
          where: { roomId: row.roomId, userId, leftAt: null },
          data: { leftAt: new Date(), handRaisedAt: null },
        });
        await recountPresence(tx, row.roomId);
      });
    }
    // Told first, so that page says they left rather than that moderators removed them.
    await roomService()
      .sendData(row.roomId, new Uint8Array(), DataPacket_Kind.RELIABLE, {
        topic: ELSEWHERE_TOPIC,
        destinationIdentities: [userId],
      })
      .catch(() => undefined);
    await roomService()
      .removeParticipant(row.roomId, userId)
      .catch((error: unknown) => {
        // Not connected there right now (a tab that never connected, or already gone).
        if (!isLivekitNotFound(error)) throw error;
      });
  }
}
