import "server-only";
import { db } from "@/server/db";
import { egressService } from "@/server/replays/egress-service";
import { replayStorage, storageKeys } from "@/server/replays/replay-storage";

export type StartTrackRecordingOptions = {
  roomId: string;
  userId: string;
  trackSid: string;
  /** 0 for the first egress of a track; the next number when a lost egress is replaced. */
  generation: number;
};

/**
 * Starts a Track egress of one speaker's microphone to an Ogg/Opus file. The row is claimed first
 * (unique per track and generation), so a retried webhook or a second app instance cannot start a
 * second egress of the same track. Returns false when it was not this call that started it.
 */
export async function startTrackRecording({
  roomId,
  userId,
  trackSid,
  generation,
}: StartTrackRecordingOptions): Promise<boolean> {
  const storageKey = storageKeys.track(roomId, trackSid, generation);
  const claimed = await db.trackRecording.createMany({
    data: [{ roomId, userId, trackSid, generation, storageKey }],
    skipDuplicates: true,
  });
  if (claimed.count === 0) return false;
  // The room's replay exists from its first recorded track; the job mixes it once the room ends.
  await db.replay.createMany({ data: [{ roomId }], skipDuplicates: true });

  try {
    const info = await egressService().startTrackEgress(
      roomId,
      replayStorage().egressOutput(storageKey),
      trackSid,
    );
    await db.trackRecording.update({
      where: { trackSid_generation: { trackSid, generation } },
      data: { egressId: info.egressId },
    });
    return true;
  } catch (error) {
    // Egress down or refusing work: the sweep in reconcile-recordings tries again while the track
    // is still published.
    await db.trackRecording.update({
      where: { trackSid_generation: { trackSid, generation } },
      data: {
        status: "FAILED",
        endedAt: new Date(),
        error: `start: ${String(error)}`.slice(0, 500),
      },
    });
    console.warn(`replays: could not start a Track egress of ${trackSid}`, error);
    return false;
  }
}
