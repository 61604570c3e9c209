// POST /api/rooms/[roomId]/stage/leave — the caller leaves the stage for the audience
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { leaveStage } from "@/server/stage/leave-stage";

export const POST = withAuth({ params: roomParamsSchema }, ({ caller, params }) =>
  leaveStage({ roomId: params.roomId, actorId: caller.id }),
);
