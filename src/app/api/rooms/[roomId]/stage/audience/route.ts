// POST /api/rooms/[roomId]/stage/audience — move a speaker to the audience (a moderator, or the speaker themselves)
import { roomParamsSchema } from "@/lib/live/room-api";
import { stageTargetSchema } from "@/lib/validations/stage";
import { withAuth } from "@/server/http/with-auth";
import { moveToAudience } from "@/server/stage/move-to-audience";

export const POST = withAuth(
  { params: roomParamsSchema, body: stageTargetSchema },
  ({ caller, params, body }) =>
    moveToAudience({ roomId: params.roomId, actorId: caller.id, targetId: body.userId }),
);
