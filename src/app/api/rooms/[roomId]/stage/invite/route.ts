// POST /api/rooms/[roomId]/stage/invite — a moderator invites a listener to speak (they accept or decline)
import { roomParamsSchema } from "@/lib/live/room-api";
import { stageTargetSchema } from "@/lib/validations/stage";
import { withAuth } from "@/server/http/with-auth";
import { inviteToSpeak } from "@/server/stage/invite-to-speak";

export const POST = withAuth(
  { params: roomParamsSchema, body: stageTargetSchema },
  ({ caller, params, body }) =>
    inviteToSpeak({ roomId: params.roomId, actorId: caller.id, targetId: body.userId }),
);
