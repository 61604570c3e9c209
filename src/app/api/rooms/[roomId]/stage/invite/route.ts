// POST /api/rooms/[roomId]/stage/invite — a moderator brings a listener up to speak
import { roomParamsSchema } from "@/lib/live/room-api";
import { stageTargetSchema } from "@/lib/validations/stage";
import { withAuth } from "@/server/http/with-auth";
import { inviteToSpeak } from "@/server/stage/invite-to-speak";

export const POST = withAuth(
  { params: roomParamsSchema, body: stageTargetSchema },
  ({ caller, params, body }) =>
    inviteToSpeak({ roomId: params.roomId, actorId: caller.id, targetId: body.userId }),
);
