// POST /api/rooms/[roomId]/stage/mute — mute someone's microphone on stage, server-side
import { roomParamsSchema } from "@/lib/live/room-api";
import { stageTargetSchema } from "@/lib/validations/stage";
import { withAuth } from "@/server/http/with-auth";
import { muteSpeaker } from "@/server/stage/mute-speaker";

export const POST = withAuth(
  { params: roomParamsSchema, body: stageTargetSchema },
  ({ caller, params, body }) =>
    muteSpeaker({ roomId: params.roomId, actorId: caller.id, targetId: body.userId }),
);
