// GET /api/clips/[clipId]/audio — a clip's Ogg/Opus audio, to people who may enter its room
import { clipParamsSchema } from "@/lib/validations/clips";
import { openClipAudio } from "@/server/clips/open-clip-audio";
import { audioResponse } from "@/server/http/audio-response";
import { withAuth } from "@/server/http/with-auth";

export const GET = withAuth({ params: clipParamsSchema }, async ({ caller, params, request }) =>
  audioResponse(
    await openClipAudio({
      clipId: params.clipId,
      viewerId: caller.id,
      range: request.headers.get("range"),
    }),
  ),
);
