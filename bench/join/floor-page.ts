// The floor: livekit-client on a bare page, nothing of Hearth. With ?role=speaker it publishes the
// (fake) microphone (in ?room=name when given); otherwise it is a listener that already holds its
// token. With ?join=click the listener shows a Join button once the token is in hand and connects
// when it is clicked (the connect-on-click floor, measured from the click as Hearth's join is);
// without it, it connects on load (bench/lighthouse's bare page). With ?subscribe=stage it listens
// as Hearth's room page does (src/components/room/stage-subscriptions.ts): nothing subscribed by
// LiveKit, each track asked for as soon as the page knows of it (here everyone who publishes is the
// stage). "connect" is stamped just before room.connect() (bench/join/instrument.ts runs in this
// page too and stamps the click).
import { Room, RoomEvent, Track, type RemoteTrack } from "livekit-client";

type Ticket = { url: string; token: string };
type BenchWindow = { hearthBenchMark?: (name: string) => void; floorError?: string };

const params = new URLSearchParams(location.search);
const role = params.get("role") === "speaker" ? "speaker" : "listener";

async function run(): Promise<void> {
  const query = new URLSearchParams({ role, room: params.get("room") ?? "" });
  const ticket = (await (await fetch(`/token?${query.toString()}`)).json()) as Ticket;
  const room = new Room({ adaptiveStream: false, dynacast: false });
  // Played through an element, as Hearth's RoomAudioRenderer does: audio levels need playout.
  room.on(RoomEvent.TrackSubscribed, (track: RemoteTrack) => {
    if (track.kind === Track.Kind.Audio) document.body.append(track.attach());
  });
  if (role === "listener" && params.get("join") === "click") await clicked();
  const stageOnly = params.get("subscribe") === "stage";
  if (stageOnly) {
    const askForAll = () => {
      for (const participant of room.remoteParticipants.values()) {
        for (const publication of participant.trackPublications.values()) {
          if (!publication.isDesired) publication.setSubscribed(true);
        }
      }
    };
    room.on(RoomEvent.SignalConnected, askForAll).on(RoomEvent.TrackPublished, askForAll);
  }
  (window as BenchWindow).hearthBenchMark?.("connect");
  await room.connect(ticket.url, ticket.token, { autoSubscribe: !stageOnly });
  if (role === "speaker") await room.localParticipant.setMicrophoneEnabled(true);
}

function clicked(): Promise<void> {
  const button = document.createElement("button");
  button.textContent = "Join";
  button.dataset.benchJoin = "";
  document.body.append(button);
  return new Promise((resolve) =>
    button.addEventListener("click", () => resolve(), { once: true }),
  );
}

run().catch((error: unknown) => {
  (window as BenchWindow).floorError = error instanceof Error ? error.message : String(error);
});
