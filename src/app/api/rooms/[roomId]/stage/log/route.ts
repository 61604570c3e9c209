// GET /api/rooms/[roomId]/stage/log — the room's moderation log, for its host and moderators
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { listModerationEvents } from "@/server/stage/list-moderation-events";

export const GET = withAuth({ params: roomParamsSchema }, ({ caller, params }) =>
  listModerationEvents({ roomId: params.roomId, actorId: caller.id }),
);
