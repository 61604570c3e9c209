// GET /api/replays/[roomId]/audio — the replay's Ogg/Opus audio, with HTTP range requests for seeking
import { roomParamsSchema } from "@/lib/live/room-api";
import { withAuth } from "@/server/http/with-auth";
import { openReplayAudio } from "@/server/replays/open-replay-audio";

export const GET = withAuth({ params: roomParamsSchema }, async ({ caller, params, request }) => {
  const audio = await openReplayAudio({
    roomId: params.roomId,
    viewerId: caller.id,
    range: request.headers.get("range"),
  });
  const common = {
    "accept-ranges": "bytes",
    "content-type": "audio/ogg",
    // Private: who may listen depends on the room's visibility, so no shared cache may keep it.
    "cache-control": "private, max-age=3600",
  };
  if ("unsatisfiable" in audio) {
    return new Response(null, {
      status: 416,
      headers: { ...common, "content-range": `bytes */${audio.unsatisfiable}` },
    });
  }
  if (!audio.range) {
    return new Response(audio.body, {
      headers: { ...common, "content-length": String(audio.size) },
    });
  }
  const { start, end } = audio.range;
  return new Response(audio.body, {
    status: 206,
    headers: {
      ...common,
      "content-length": String(end - start + 1),
      "content-range": `bytes ${start}-${end}/${audio.size}`,
    },
  });
});
