// PUT /api/rooms/[roomId]/stage/music-mode — turn music mode on or off (host and moderators)
import { roomParamsSchema } from "@/lib/live/room-api";
import { setMusicModeSchema } from "@/lib/live/music-mode";
import { withAuth } from "@/server/http/with-auth";
import { setMusicMode } from "@/server/rooms/set-music-mode";

export const PUT = withAuth(
  { params: roomParamsSchema, body: setMusicModeSchema },
  ({ caller, params, body }) =>
    setMusicMode({ roomId: params.roomId, actorId: caller.id, on: body.on }),
);
