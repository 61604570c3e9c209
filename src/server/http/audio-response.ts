import "server-only";
import type { ReplayAudio } from "@/server/replays/open-replay-audio";

/**
 * The answer to a GET of stored audio (a replay, a clip): whole, one range (206) or a range that
 * cannot be satisfied (416), never cached by a shared cache (who may listen depends on the room).
 */
export function audioResponse(audio: ReplayAudio | { unsatisfiable: number }): Response {
  const common = {
    "accept-ranges": "bytes",
    "content-type": "audio/ogg",
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
}
