// The latency page: a speaker and a listener in one page, both connected to livekit-server; the
// speaker's captured track and the listener's decoded track feed one AudioWorklet, which reports
// the sample frame of every beep onset on each. Results are left in window.latencyResult.
import { createLocalAudioTrack, Room, RoomEvent, Track, type RemoteTrack } from "livekit-client";

type Tokens = { url: string; speaker: string; listener: string; expectedBeeps: number };
type Onset = { input: number; frame: number };
export type LatencyPageResult = { sampleRate: number; onsets: Onset[]; error?: string };

const result: LatencyPageResult = { sampleRate: 0, onsets: [] };
Object.assign(window, { latencyResult: result });

async function run(): Promise<void> {
  const tokens = (await (await fetch("/tokens")).json()) as Tokens;
  const context = new AudioContext({ sampleRate: 48_000 });
  await context.audioWorklet.addModule("/worklet.js");
  const detector = new AudioWorkletNode(context, "onset", {
    numberOfInputs: 2,
    numberOfOutputs: 1,
  });
  detector.port.onmessage = (event: MessageEvent<Onset>) => result.onsets.push(event.data);
  // A node is only processed when something downstream pulls it; a silent gain keeps it pulled.
  const sink = context.createGain();
  sink.gain.value = 0;
  detector.connect(sink).connect(context.destination);
  result.sampleRate = context.sampleRate;

  const listener = new Room({ adaptiveStream: false, dynacast: false });
  listener.on(RoomEvent.TrackSubscribed, (track: RemoteTrack) => {
    if (track.kind !== Track.Kind.Audio) return;
    // Chrome only feeds a remote WebRTC track into Web Audio while a media element plays it too.
    const element = track.attach();
    element.muted = true;
    document.body.append(element);
    context
      .createMediaStreamSource(new MediaStream([track.mediaStreamTrack]))
      .connect(detector, 0, 1);
  });
  await listener.connect(tokens.url, tokens.listener, { autoSubscribe: true });

  const speaker = new Room({ adaptiveStream: false, dynacast: false });
  await speaker.connect(tokens.url, tokens.speaker);
  // Capture processing off: echo cancellation, noise suppression and gain control reshape onsets.
  const microphone = await createLocalAudioTrack({
    echoCancellation: false,
    noiseSuppression: false,
    autoGainControl: false,
  });
  context
    .createMediaStreamSource(new MediaStream([microphone.mediaStreamTrack]))
    .connect(detector, 0, 0);
  await speaker.localParticipant.publishTrack(microphone, { dtx: false, red: false });
}

run().catch((error: unknown) => {
  result.error = error instanceof Error ? error.message : String(error);
});
