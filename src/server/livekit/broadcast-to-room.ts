import "server-only";
import { DataPacket_Kind, ServerError } from "livekit-server-sdk";
import { encodeLiveMessage, type LiveMessage } from "@/lib/live/messages";
import { AppError } from "@/server/errors";
import { roomService } from "@/server/livekit/room-service";

export type BroadcastToRoomOptions = {
  roomId: string;
  message: LiveMessage;
  topic: string;
};

/**
 * Sends one server-named message to everyone in a LiveKit room. Postgres can still list someone as
 * present for a moment after LiveKit closed the room (a restart, its empty timeout) until the
 * presence sweep catches up: that is a conflict the sender can see, not a server error.
 */
export async function broadcastToRoom({ roomId, message, topic }: BroadcastToRoomOptions) {
  try {
    await roomService().sendData(roomId, encodeLiveMessage(message), DataPacket_Kind.RELIABLE, {
      topic,
    });
  } catch (error) {
    if (
      error instanceof ServerError &&
      (error.code === "not_found" || error.code === "unavailable")
    ) {
      throw new AppError("CONFLICT", {
        message: `LiveKit has no room ${roomId} (${error.code})`,
        key: "roomNotConnected",
      });
    }
    throw error;
  }
}
