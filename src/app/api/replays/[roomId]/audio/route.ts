// GET /api/replays/[roomId]/audio — the replay's Ogg/Opus audio, with HTTP range requests for seeking
import { roomParamsSchema } from "@/lib/live/room-api";
import { audioResponse } from "@/server/http/audio-response";
import { withAuth } from "@/server/http/with-auth";
import { openReplayAudio } from "@/server/replays/open-replay-audio";

export const GET = withAuth({ params: roomParamsSchema }, async ({ caller, params, request }) =>
  audioResponse(
    await openReplayAudio({
      roomId: params.roomId,
      viewerId: caller.id,
      range: request.headers.get("range"),
    }),
  ),
);
