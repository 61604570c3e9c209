// POST /api/rooms/[roomId]/chat — say something in the room's text chat (the last 100 lines kept)
// GET /api/rooms/[roomId]/chat — the chat so far, for someone who just joined
import { sendChatMessageSchema } from "@/lib/live/messages";
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { listChatHistory } from "@/server/live/list-chat-history";
import { sendChatMessage } from "@/server/live/send-chat-message";

export const GET = withAuth({ params: roomParamsSchema }, async ({ caller, params }) => ({
  messages: await listChatHistory({ roomId: params.roomId, viewerId: caller.id }),
}));

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
