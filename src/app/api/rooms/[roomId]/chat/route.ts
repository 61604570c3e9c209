// POST /api/rooms/[roomId]/chat — say something in the room's text chat (not stored)
import { sendChatMessageSchema } from "@/lib/live/messages";
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { sendChatMessage } from "@/server/live/send-chat-message";

export const POST = withAuth(
  { params: roomParamsSchema, body: sendChatMessageSchema },
  ({ caller, params, body }) =>
    sendChatMessage({
      roomId: params.roomId,
      senderId: caller.id,
      senderName: caller.displayName,
      senderUsername: caller.username,
      input: body,
    }),
);
