import "server-only";
import {
  EgressStatus,
  TrackSource,
  TrackType,
  type EgressInfo,
  type WebhookEvent,
} from "livekit-server-sdk";
import { z } from "zod";
import { db } from "@/server/db";
import { runReplayJobsSoon } from "@/server/replays/run-replay-jobs";
import { startTrackRecording } from "@/server/replays/start-track-recording";

export type ApplyRecordingWebhookOptions = { event: WebhookEvent };

const uuid = z.uuid();

/**
 * The recording side of LiveKit's webhooks: a speaker's microphone published in a recorded room
 * starts a Track egress; Egress's progress stamps each file with when its audio starts; a room or
 * recording ending wakes the replay job. Tolerates retries and any order of arrival.
 */
export async function applyRecordingWebhook({
  event,
}: ApplyRecordingWebhookOptions): Promise<void> {
  switch (event.event) {
    case "track_published":
      await recordPublishedTrack(event);
      return;
    case "egress_started":
    case "egress_updated":
    case "egress_ended":
      if (event.egressInfo) await noteEgressProgress(event.egressInfo);
      return;
    case "room_finished":
      runReplayJobsSoon();
      return;
    default:
      return;
  }
}

async function recordPublishedTrack(event: WebhookEvent): Promise<void> {
  const roomId = uuid.safeParse(event.room?.name);
  const userId = uuid.safeParse(event.participant?.identity);
  const track = event.track;
  if (!roomId.success || !userId.success || !track) return;
  if (track.type !== TrackType.AUDIO || track.source !== TrackSource.MICROPHONE) return;
  // Only speakers' microphones, and only in rooms whose host chose to record.
  const speaker = await db.roomParticipant.findFirst({
    where: {
      roomId: roomId.data,
      userId: userId.data,
      role: { in: ["HOST", "MODERATOR", "SPEAKER"] },
      room: { recordReplay: true, status: "LIVE" },
    },
    select: { userId: true },
  });
  if (!speaker) return;
  await startTrackRecording({
    roomId: roomId.data,
    userId: userId.data,
    trackSid: track.sid,
    generation: 0,
  });
}

const FINISHED = new Set([
  EgressStatus.EGRESS_COMPLETE,
  EgressStatus.EGRESS_FAILED,
  EgressStatus.EGRESS_ABORTED,
  EgressStatus.EGRESS_LIMIT_REACHED,
]);

async function noteEgressProgress(info: EgressInfo): Promise<void> {
  const file = info.fileResults[0];
  const startedNs = (file && file.startedAt > 0n ? file.startedAt : info.startedAt) ?? 0n;
  const startedAt = startedNs > 0n ? new Date(Number(startedNs / 1_000_000n)) : undefined;

  if (startedAt) {
    // The file's own start is the most exact; earlier reports only fill a gap.
    await db.trackRecording.updateMany({
      where:
        file && file.startedAt > 0n
          ? { egressId: info.egressId }
          : { egressId: info.egressId, startedAt: null },
      data: { startedAt },
    });
  }
  if (!FINISHED.has(info.status)) return;
  const complete = info.status === EgressStatus.EGRESS_COMPLETE;
  const endedNs = info.endedAt > 0n ? info.endedAt : 0n;
  await db.trackRecording.updateMany({
    where: { egressId: info.egressId, status: "ACTIVE" },
    data: {
      status: complete ? "ENDED" : "FAILED",
      endedAt: endedNs > 0n ? new Date(Number(endedNs / 1_000_000n)) : new Date(),
      error: complete ? null : (info.error || EgressStatus[info.status]).slice(0, 500),
    },
  });
  runReplayJobsSoon();
}
