// POST /api/rooms/[roomId]/stage/dismiss — a moderator takes a listener's hand down
import { roomParamsSchema } from "@/lib/live/room-api";
import { stageTargetSchema } from "@/lib/validations/stage";
import { withAuth } from "@/server/http/with-auth";
import { dismissHand } from "@/server/stage/dismiss-hand";

export const POST = withAuth(
  { params: roomParamsSchema, body: stageTargetSchema },
  ({ caller, params, body }) =>
    dismissHand({ roomId: params.roomId, actorId: caller.id, targetId: body.userId }),
);
