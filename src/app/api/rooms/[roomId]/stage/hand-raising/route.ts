// PUT /api/rooms/[roomId]/stage/hand-raising — turn hand raising on or off (off clears the queue)
import { roomParamsSchema } from "@/lib/live/room-api";
import { setHandRaisingSchema } from "@/lib/validations/stage";
import { withAuth } from "@/server/http/with-auth";
import { setHandRaising } from "@/server/stage/set-hand-raising";

export const PUT = withAuth(
  { params: roomParamsSchema, body: setHandRaisingSchema },
  ({ caller, params, body }) =>
    setHandRaising({ roomId: params.roomId, actorId: caller.id, on: body.on }),
);
