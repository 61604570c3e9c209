// POST /api/rooms/[roomId]/stage/beat — the page of someone on stage says it is still connected
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { recordStageBeat } from "@/server/live/stage-beat";

export const POST = withAuth({ params: roomParamsSchema }, async ({ caller, params }) => ({
  counted: await recordStageBeat({ roomId: params.roomId, userId: caller.id }),
}));
