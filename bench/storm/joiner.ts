// One joiner of the storm, as a listener's browser joins: POST /api/rooms/:id/token through the
// app's load balancer, connect with @livekit/rtc-node to the LiveKit URL the app answered (the
// LiveKit load balancer), and wait for the first audible frame from the host. Each phase is timed
// from the start of the token request.
import { AudioStream, Room, RoomEvent, TrackKind } from "@livekit/rtc-node";
import { requestJoinToken } from "../lib/app-client";
import type { BenchMember } from "../lib/app-data";

const SAMPLE_RATE = 48_000;
// The host's tone (amplitude 6,000) has an RMS near 4,200; the decoder's first frames of silence
// stay far below this, and are not "hearing the room".
const AUDIBLE_RMS = 800;
/** A joiner that has not heard the host by then is counted as not hearing the room. */
export const GIVE_UP_MS = 15_000;

export type JoinPhase = "token" | "connect" | "audio";

export type JoinSample = {
  userId: string;
  /** Wall clock (ms since the epoch) when the app's answer arrived: its join was recorded before. */
  tokenAnsweredAt: number | null;
  /** request → token answer */
  tokenMs: number | null;
  /** token answer → connected to LiveKit */
  connectMs: number | null;
  /** connected → first audible frame from the host */
  audioMs: number | null;
  /** request → first audible frame: what "hears the room within 2 s" is judged on */
  totalMs: number | null;
  /** The phase that failed or ran out of time, and why. */
  failed: { phase: JoinPhase; reason: string } | null;
};

export type Joiner = { sample: Promise<JoinSample>; leave: () => Promise<void> };

function rms(samples: Int16Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

export function join(roomId: string, member: BenchMember, hostId: string): Joiner {
  const room = new Room();
  const started = performance.now();
  let phase: JoinPhase = "token";
  const sample: JoinSample = {
    userId: member.id,
    tokenAnsweredAt: null,
    tokenMs: null,
    connectMs: null,
    audioMs: null,
    totalMs: null,
    failed: null,
  };
  const heard = new Promise<number>((resolve) => {
    room.on(RoomEvent.TrackSubscribed, (track, publication, participant) => {
      if (track.kind !== TrackKind.KIND_AUDIO || participant.identity !== hostId) return;
      void (async () => {
        const stream = new AudioStream(track, { sampleRate: SAMPLE_RATE, numChannels: 1 });
        for await (const frame of stream) {
          if (rms(frame.data) < AUDIBLE_RMS) continue;
          resolve(performance.now());
          // Once heard, the joiner stops receiving: decoding every joiner's audio in this one
          // process made the load generator the first thing to saturate (94% of a core at 10
          // joins/s in the first run), which measures rtc-node, not the app or LiveKit. The
          // joiner stays connected, so presence and LiveKit's count still include it.
          publication.setSubscribed(false);
          break;
        }
      })().catch(() => undefined);
    });
  });
  const attempt = (async () => {
    const answer = await requestJoinToken(roomId, member.cookie);
    const answeredAt = performance.now();
    sample.tokenAnsweredAt = Date.now();
    sample.tokenMs = Math.round(answeredAt - started);
    phase = "connect";
    await room.connect(answer.serverUrl, answer.token, { autoSubscribe: true, dynacast: false });
    const connectedAt = performance.now();
    sample.connectMs = Math.round(connectedAt - answeredAt);
    phase = "audio";
    const heardAt = await heard;
    sample.audioMs = Math.round(heardAt - connectedAt);
    sample.totalMs = Math.round(heardAt - started);
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`nothing after ${GIVE_UP_MS} ms`)), GIVE_UP_MS);
  });
  return {
    sample: Promise.race([attempt, timeout])
      .catch((error: unknown) => {
        sample.failed = { phase, reason: error instanceof Error ? error.message : String(error) };
      })
      .then(() => {
        clearTimeout(timer);
        // A copy: a joiner that gave up may still connect or hear later, after it was counted.
        return { ...sample };
      }),
    leave: () => room.disconnect().catch(() => undefined),
  };
}
