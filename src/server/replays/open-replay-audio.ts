import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { replayStorage, type ByteRange } from "@/server/replays/replay-storage";
import { notBannedFrom, roomsVisibleTo } from "@/server/rooms/room-access";

export type OpenReplayAudioOptions = { roomId: string; viewerId: string; range: string | null };

export type ReplayAudio = {
  size: number;
  /** The bytes being sent; null when the whole file is. */
  range: ByteRange | null;
  body: ReadableStream<Uint8Array>;
};

/**
 * The replay's audio for someone who could have entered the room, whole or one byte range (players
 * seek with Range requests). A range that cannot be satisfied is a 416 the route answers.
 */
export async function openReplayAudio({
  roomId,
  viewerId,
  range,
}: OpenReplayAudioOptions): Promise<ReplayAudio | { unsatisfiable: number }> {
  const replay = await db.replay.findFirst({
    where: {
      roomId,
      status: "READY",
      room: { AND: [roomsVisibleTo(viewerId), notBannedFrom(viewerId)] },
    },
    select: { storageKey: true },
  });
  const storage = replayStorage();
  const size = replay?.storageKey ? await storage.size(replay.storageKey) : null;
  if (!replay?.storageKey || size === null) {
    throw new AppError("NOT_FOUND", {
      message: `replay audio of ${roomId} not available to ${viewerId}`,
      key: "replayNotAccessible",
    });
  }
  const wanted = parseRange(range, size);
  if (wanted === "unsatisfiable") return { unsatisfiable: size };
  return { size, range: wanted, body: await storage.read(replay.storageKey, wanted ?? undefined) };
}

/** One range of `bytes=a-b`, `bytes=a-` or `bytes=-n`; multiple ranges are served whole. */
export function parseRange(
  header: string | null,
  size: number,
): ByteRange | null | "unsatisfiable" {
  const match = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return null;
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return null;
  let start: number;
  let end: number;
  if (from === "") {
    start = Math.max(0, size - Number(to));
    end = size - 1;
  } else {
    start = Number(from);
    end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start >= size || start > end) return "unsatisfiable";
  return { start, end };
}
