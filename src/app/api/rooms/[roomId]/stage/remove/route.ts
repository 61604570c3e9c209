// POST /api/rooms/[roomId]/stage/remove — remove someone from the room; they cannot rejoin it
import { roomParamsSchema } from "@/lib/live/room-api";
import { stageTargetSchema } from "@/lib/validations/stage";
import { withAuth } from "@/server/http/with-auth";
import { removeParticipant } from "@/server/stage/remove-participant";

export const POST = withAuth(
  { params: roomParamsSchema, body: stageTargetSchema },
  ({ caller, params, body }) =>
    removeParticipant({ roomId: params.roomId, actorId: caller.id, targetId: body.userId }),
);
