// DELETE /api/replays/[roomId] — the host deletes the room's replay and its files
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { deleteReplay } from "@/server/replays/delete-replay";

export const DELETE = withAuth({ params: roomParamsSchema }, async ({ caller, params }) => {
  await deleteReplay({ roomId: params.roomId, actorId: caller.id });
  return { ok: true };
});
