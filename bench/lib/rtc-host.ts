// A speaker that joins through the app (its token comes from POST /token) and publishes a tone from
// Node with @livekit/rtc-node, so benchmarks have a live room with audio and no browser.
import {
  AudioFrame,
  AudioSource,
  LocalAudioTrack,
  Room,
  TrackPublishOptions,
  TrackSource,
} from "@livekit/rtc-node";
import { requestJoinToken, requestStageRights } from "./app-client";

const SAMPLE_RATE = 48_000;
const FRAME_SAMPLES = 480; // 10 ms

export type RtcSpeaker = { room: Room; stop: () => Promise<void> };

export async function joinAsSpeaker(roomId: string, cookie: string): Promise<RtcSpeaker> {
  const joined = await requestJoinToken(roomId, cookie);
  const room = new Room();
  await room.connect(joined.serverUrl, joined.token, { autoSubscribe: false, dynacast: false });
  // Join tokens let nobody publish: the app raises a speaker's rights once they are in LiveKit (as
  // the room page asks), and LiveKit refuses a publish that comes before them.
  await requestStageRights(roomId, cookie);
  const source = new AudioSource(SAMPLE_RATE, 1);
  const track = LocalAudioTrack.createAudioTrack("tone", source);
  await room.localParticipant?.publishTrack(
    track,
    new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE }),
  );

  // A 440 Hz tone in 10 ms frames, kept about 200 ms ahead of playout so the loop never spins.
  let running = true;
  let phase = 0;
  const pump = async () => {
    while (running) {
      if (source.queuedDuration >= 200) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const samples = new Int16Array(FRAME_SAMPLES);
      for (let i = 0; i < FRAME_SAMPLES; i++, phase++) {
        samples[i] = Math.round(8000 * Math.sin((2 * Math.PI * 440 * phase) / SAMPLE_RATE));
      }
      await source.captureFrame(new AudioFrame(samples, SAMPLE_RATE, 1, FRAME_SAMPLES));
    }
  };
  const pumping = pump();
  return {
    room,
    async stop() {
      running = false;
      await pumping.catch(() => undefined);
      await room.disconnect();
    },
  };
}
