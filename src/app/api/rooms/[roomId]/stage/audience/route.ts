// POST /api/rooms/[roomId]/stage/audience — a moderator moves a speaker to the audience (oneself: leaving the stage)
import { roomParamsSchema } from "@/lib/live/room-api";
import { stageTargetSchema } from "@/lib/validations/stage";
import { withAuth } from "@/server/http/with-auth";
import { moveToAudience } from "@/server/stage/move-to-audience";

export const POST = withAuth(
  { params: roomParamsSchema, body: stageTargetSchema },
  ({ caller, params, body }) =>
    moveToAudience({ roomId: params.roomId, actorId: caller.id, targetId: body.userId }),
);
