// POST /api/rooms/[roomId]/hand-over — the host leaves and a moderator or speaker takes the room
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { handOverHost } from "@/server/live/hand-over-host";

export const POST = withAuth({ params: roomParamsSchema }, async ({ caller, params }) =>
  handOverHost({ roomId: params.roomId, actorId: caller.id }),
);
