import "server-only";
import { TrackSource, TrackType } from "livekit-server-sdk";
import { db } from "@/server/db";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";
import { startTrackRecording } from "@/server/replays/start-track-recording";

/** A track whose egress keeps failing is given up after this many tries. */
const MAX_GENERATIONS = 20;

type LatestRecording = {
  roomId: string;
  userId: string;
  trackSid: string;
  generation: number;
  status: string;
};

/**
 * Records again the speaker tracks whose egress failed (Egress crashed, or was down when the track
 * was published) while the track is still published in a live recorded room. The supervisor
 * restarts Egress; this brings the recordings back. Returns how many egresses it started.
 */
export async function reconcileRecordings(): Promise<number> {
  // The newest generation of each track in live recorded rooms that have a failed recording.
  const latest = await db.$queryRaw<LatestRecording[]>`
    SELECT DISTINCT ON (t."trackSid") t."roomId"::text AS "roomId", t."userId"::text AS "userId",
      t."trackSid", t.generation, t.status::text AS status
    FROM "TrackRecording" t JOIN "Room" r ON r.id = t."roomId"
    WHERE r.status = 'LIVE' AND r."recordReplay"
      AND t."roomId" IN (SELECT "roomId" FROM "TrackRecording" WHERE status = 'FAILED')
    ORDER BY t."trackSid", t.generation DESC`;
  const lost = latest.filter(
    (track) => track.status === "FAILED" && track.generation + 1 < MAX_GENERATIONS,
  );

  let started = 0;
  for (const roomId of new Set(lost.map((track) => track.roomId))) {
    const published = await publishedMicrophones(roomId);
    for (const track of lost) {
      if (track.roomId !== roomId || published.get(track.trackSid) !== track.userId) continue;
      const ok = await startTrackRecording({
        roomId,
        userId: track.userId,
        trackSid: track.trackSid,
        generation: track.generation + 1,
      });
      if (ok) started++;
    }
  }
  return started;
}

/** Microphone tracks published in the LiveKit room now: track sid → publisher's identity. */
async function publishedMicrophones(roomId: string): Promise<Map<string, string>> {
  const participants = await roomService()
    .listParticipants(roomId)
    .catch((error: unknown) => {
      if (isLivekitNotFound(error)) return [];
      throw error;
    });
  const tracks = new Map<string, string>();
  for (const participant of participants) {
    for (const track of participant.tracks) {
      if (track.type === TrackType.AUDIO && track.source === TrackSource.MICROPHONE) {
        tracks.set(track.sid, participant.identity);
      }
    }
  }
  return tracks;
}
