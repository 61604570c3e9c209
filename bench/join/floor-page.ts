// The floor: livekit-client on a bare page, nothing of Hearth. With ?role=speaker it publishes the
// (fake) microphone; otherwise it is a listener that already holds its token and connects on load,
// stamping "connect" just before room.connect() so the bench reads connect → first audio on the
// same marks as Hearth's join (bench/join/instrument.ts runs in this page too).
import { Room, RoomEvent, Track, type RemoteTrack } from "livekit-client";

type Ticket = { url: string; token: string };
type BenchWindow = { hearthBenchMark?: (name: string) => void; floorError?: string };

const role =
  new URLSearchParams(location.search).get("role") === "speaker" ? "speaker" : "listener";

async function run(): Promise<void> {
  const ticket = (await (await fetch(`/token?role=${role}`)).json()) as Ticket;
  const room = new Room({ adaptiveStream: false, dynacast: false });
  // Played through an element, as Hearth's RoomAudioRenderer does: audio levels need playout.
  room.on(RoomEvent.TrackSubscribed, (track: RemoteTrack) => {
    if (track.kind === Track.Kind.Audio) document.body.append(track.attach());
  });
  (window as BenchWindow).hearthBenchMark?.("connect");
  await room.connect(ticket.url, ticket.token);
  if (role === "speaker") await room.localParticipant.setMicrophoneEnabled(true);
}

run().catch((error: unknown) => {
  (window as BenchWindow).floorError = error instanceof Error ? error.message : String(error);
});
