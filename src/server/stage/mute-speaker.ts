import "server-only";
import { TrackSource } from "livekit-server-sdk";
import { ON_STAGE_ROOM_ROLES } from "@/lib/live/roles";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { isLivekitNotFound } from "@/server/livekit/is-not-found";
import { roomService } from "@/server/livekit/room-service";
import { loadStage, protectHost, requireModerator, requireTarget } from "@/server/stage/load-stage";
import { sendStageNotice } from "@/server/stage/send-stage-notice";

export type MuteSpeakerOptions = { roomId: string; actorId: string; targetId: string };

/**
 * A moderator mutes someone on stage, server-side in LiveKit, so it holds whatever their browser
 * does; like Clubhouse and X Spaces the speaker may unmute themselves. Anyone on stage may also
 * mute themselves this way. The muted speaker is told who muted them. Answers `muted: false` when there was no microphone to mute (not
 * connected, or not publishing), and then logs nothing, because nothing happened.
 */
export async function muteSpeaker({ roomId, actorId, targetId }: MuteSpeakerOptions) {
  const stage = await loadStage(db, { roomId, actorId, targetId, lock: false, requireLive: true });
  const isSelf = actorId === targetId;
  const actor = isSelf && stage.actor ? stage.actor : requireModerator(stage);
  const target = isSelf ? actor : requireTarget(stage);
  protectHost(actor, target, "muted");
  if (!ON_STAGE_ROOM_ROLES.includes(target.role)) {
    throw new AppError("CONFLICT", {
      message: `mute: ${targetId} is a listener in ${roomId}`,
      key: "notOnStage",
    });
  }

  const trackSid = await findMicrophoneTrack(roomId, targetId);
  if (!trackSid) return { muted: false };
  await db.moderationEvent.create({ data: { roomId, actorId, targetId, action: "MUTE" } });
  try {
    await roomService().mutePublishedTrack(roomId, targetId, trackSid, true);
  } catch (error) {
    // They left or unpublished between the lookup and the mute: their microphone is off anyway.
    if (!isLivekitNotFound(error)) throw error;
  }
  if (!isSelf) await sendStageNotice({ roomId, kind: "muted", actorId, to: [targetId] });
  return { muted: true };
}

/** The sid of the participant's published microphone track, if they are connected with one. */
async function findMicrophoneTrack(roomId: string, identity: string): Promise<string | null> {
  try {
    const participant = await roomService().getParticipant(roomId, identity);
    const microphone = participant.tracks.find((track) => track.source === TrackSource.MICROPHONE);
    return microphone?.sid ?? null;
  } catch (error) {
    if (isLivekitNotFound(error)) return null;
    throw error;
  }
}
