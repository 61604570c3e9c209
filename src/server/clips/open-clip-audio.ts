import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseRange, type ReplayAudio } from "@/server/replays/open-replay-audio";
import { replayStorage } from "@/server/replays/replay-storage";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type OpenClipAudioOptions = { clipId: string; viewerId: string; range: string | null };

/** A clip's audio, whole or one byte range, for someone who may enter its room. */
export async function openClipAudio({
  clipId,
  viewerId,
  range,
}: OpenClipAudioOptions): Promise<ReplayAudio | { unsatisfiable: number }> {
  const clip = await db.clip.findFirst({
    where: { id: clipId, room: { AND: [roomsVisibleTo(viewerId), notBannedFrom(viewerId)] } },
    select: { storageKey: true },
  });
  const storage = replayStorage();
  const size = clip ? await storage.size(clip.storageKey) : null;
  if (!clip || size === null) {
    throw new AppError("NOT_FOUND", {
      message: `clip audio ${clipId} not available to ${viewerId}`,
      key: "clipNotAccessible",
    });
  }
  const wanted = parseRange(range, size);
  if (wanted === "unsatisfiable") return { unsatisfiable: size };
  return { size, range: wanted, body: await storage.read(clip.storageKey, wanted ?? undefined) };
}
