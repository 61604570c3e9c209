import type { Room } from "livekit-client";
import { isOnStage, type StageRole } from "@/lib/live/roles";
import { stageApiPath } from "@/lib/live/room-api";
import { requestRoom } from "./request-room";

// LiveKit's name for RoomEvent.ParticipantPermissionsChanged (a string, so LiveKit's code stays in
// its on-demand chunk).
const PERMISSIONS_CHANGED = "participantPermissionsChanged";
const WAIT_MS = 5_000;

/**
 * Join tokens let nobody publish; the server raises the permissions of people on stage once they
 * are in LiveKit (src/server/stage/grant-stage-rights.ts). Called as the connection opens, so the
 * request runs beside LiveKit's setup; resolves true once LiveKit lets this tab publish, false for
 * a listener or if the rights did not come within a few seconds (the microphone toggle then fails
 * as it would without them, and the participant_joined webhook still grants them).
 */
export async function requestStageRights(
  room: Room,
  roomId: string,
  role: StageRole,
): Promise<boolean> {
  if (!isOnStage(role)) return false;
  const granted = whenAllowedToPublish(room);
  const answer = await requestRoom(stageApiPath(roomId, "grant"));
  return answer.ok ? granted : false;
}

/**
 * Switches the microphone, on only once LiveKit lets this tab publish: the rights may still be on
 * their way when someone unmutes (a host at once, a speaker just brought up, a connection that
 * came back), and LiveKit refuses a publish without them. Rejects if they never come.
 */
export async function setMicrophone(room: Room, on: boolean): Promise<void> {
  if (on && !(await whenAllowedToPublish(room))) {
    throw new Error("LiveKit did not let this tab publish");
  }
  await room.localParticipant.setMicrophoneEnabled(on);
}

function whenAllowedToPublish(room: Room): Promise<boolean> {
  return new Promise((resolve) => {
    const check = () => {
      if (room.localParticipant.permissions?.canPublish) finish(true);
    };
    const timer = window.setTimeout(() => finish(false), WAIT_MS);
    function finish(allowed: boolean) {
      window.clearTimeout(timer);
      room.off(PERMISSIONS_CHANGED, check);
      resolve(allowed);
    }
    room.on(PERMISSIONS_CHANGED, check);
    check();
  });
}
