// POST /api/rooms/[roomId]/reactions — float an emoji beside the caller for everyone in the room
import { sendReactionSchema } from "@/lib/live/messages";
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { sendReaction } from "@/server/live/send-reaction";

export const POST = withAuth(
  { params: roomParamsSchema, body: sendReactionSchema },
  ({ caller, params, body }) =>
    sendReaction({ roomId: params.roomId, senderId: caller.id, input: body }),
);
