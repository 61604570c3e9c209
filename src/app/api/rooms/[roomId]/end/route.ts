// POST /api/rooms/[roomId]/end — the host ends the room for everyone
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { endRoom } from "@/server/live/end-room";

export const POST = withAuth({ params: roomParamsSchema }, async ({ caller, params }) => {
  await endRoom({ roomId: params.roomId, actorId: caller.id });
  return { ok: true };
});
