// POST /api/rooms/[roomId]/stage/grant — a connecting member on stage asks for their publish rights
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { grantStageRights } from "@/server/stage/grant-stage-rights";

export const POST = withAuth({ params: roomParamsSchema }, ({ caller, params }) =>
  grantStageRights({ roomId: params.roomId, actorId: caller.id }),
);
