// GET /api/rooms/[roomId]/summary — how an ended room went, for its host (null for anyone else)
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { roomSummary } from "@/server/live/room-summary";

export const GET = withAuth({ params: roomParamsSchema }, async ({ caller, params }) => ({
  summary: await roomSummary({ roomId: params.roomId, viewerId: caller.id }),
}));
