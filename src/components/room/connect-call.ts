import type { Attempt } from "./live-phase";
import type { CallPhase, CallRequest } from "./live-call";
import { callDockModule, livekitModule } from "./room-modules";

/** What a call loads (LiveKit's client, the dock that plays it), fetched while a match is sought. */
export function preloadCall(): void {
  void livekitModule.load();
  void callDockModule.load();
}

/**
 * One connect of a call: the microphone opens while the token comes and the room connects (neither
 * waits on the other, so the call is heard as soon as both are ready), then it is published.
 * `report` hears the call's phases; an attempt left meanwhile stops where it is.
 */
export async function connectCall(
  request: CallRequest,
  mine: Attempt,
  report: (phase: CallPhase) => void,
): Promise<void> {
  const token = request.token();
  // Asked for before LiveKit's client has loaded; a refusal is met below, with the microphone's.
  void token.catch(() => undefined);
  preloadCall();
  const livekit = await livekitModule.load();
  if (mine.leaving) return;
  const livekitRoom = new livekit.Room();
  mine.livekitRoom = livekitRoom;
  livekitRoom.on(livekit.RoomEvent.Disconnected, () => report({ kind: "ended" }));
  try {
    const [microphone] = await Promise.all([
      livekit.createLocalAudioTrack(),
      token.then(async (call) => {
        if (!mine.leaving) await livekitRoom.connect(call.serverUrl, call.token);
      }),
    ]);
    if (mine.leaving) {
      microphone.stop();
      return;
    }
    report({ kind: "live", livekitRoom });
    await livekitRoom.localParticipant.publishTrack(microphone);
  } catch {
    report({ kind: "failed" });
  }
}
