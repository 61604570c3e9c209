// A member of a room as the tests see one: signed in to the app (a real session cookie), joined
// through the app's token endpoint, and connected to LiveKit with @livekit/rtc-node. On stage they
// publish a tone; everyone measures the audio they receive frame by frame, per speaker.
import {
  AudioFrame,
  AudioSource,
  AudioStream,
  LocalAudioTrack,
  Room,
  RoomEvent,
  TrackKind,
  TrackPublishOptions,
  TrackSource,
  type RemoteTrack,
  type RemoteParticipant,
} from "@livekit/rtc-node";
import { sessionCookie } from "../../fixtures/session-cookie";
import type { TestUser } from "../../fixtures/users";
import { cluster } from "./cluster";

const SAMPLE_RATE = 48_000;
const FRAME_SAMPLES = 480; // 10 ms
// A tone at amplitude 6,000 has an RMS near 4,200; decoded silence stays far below this.
const AUDIBLE_RMS = 800;

export type ApiResult = {
  status: number;
  attempts: number;
  retryAfter: string | null;
  body: unknown;
};

export class Member {
  readonly room = new Room();
  /** When audio from each speaker (by identity) was last heard, in ms since the epoch. */
  readonly lastHeard = new Map<string, number>();
  /** The longest silence between two audible frames from each speaker, in ms. */
  readonly longestGap = new Map<string, number>();
  /** Per audio subscription: when it began and when its first audible frame arrived. */
  readonly subscriptions: { speaker: string; subscribedAt: number; firstHeardAt?: number }[] = [];
  reconnects = 0;
  private cookie = "";
  private tone: { stop: () => void } | undefined;
  private roomId = "";
  private readonly frequency: number;

  constructor(
    readonly user: TestUser,
    frequency = 440,
  ) {
    this.frequency = frequency;
    this.room.on(RoomEvent.TrackSubscribed, (track, _publication, participant) => {
      if (track.kind === TrackKind.KIND_AUDIO) void this.listen(track, participant);
    });
    this.room.on(RoomEvent.Reconnected, () => {
      this.reconnects += 1;
    });
  }

  get id(): string {
    return this.user.id;
  }

  /** Calls the app through the load balancer as this member; one retry, as a client would. */
  async api(method: string, path: string, body?: unknown): Promise<ApiResult> {
    this.cookie ||= await sessionCookie(this.user.id);
    let attempts = 0;
    let last: ApiResult | undefined;
    while (attempts < 2) {
      attempts += 1;
      try {
        const response = await fetch(`${cluster.appUrl}${path}`, {
          method,
          headers: {
            cookie: this.cookie,
            "content-type": "application/json",
            // The app refuses API writes from any other origin (src/proxy.ts).
            origin: new URL(cluster.appUrl).origin,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        });
        const text = await response.text();
        last = {
          status: response.status,
          attempts,
          retryAfter: response.headers.get("retry-after"),
          body: text ? (JSON.parse(text) as unknown) : null,
        };
        if (response.status < 500) return last;
      } catch (error) {
        last = { status: 0, attempts, retryAfter: null, body: String(error) };
      }
    }
    if (!last) throw new Error("unreachable");
    return last;
  }

  /** Gets a token from the app and connects, to the load balancer or to the node named by url. */
  async join(roomId: string, url?: string): Promise<void> {
    const answer = await this.api("POST", `/api/rooms/${roomId}/token`);
    if (answer.status !== 200)
      throw new Error(`token: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
    const { serverUrl, token } = answer.body as { serverUrl: string; token: string };
    await this.room.connect(url ?? serverUrl, token, { autoSubscribe: true, dynacast: false });
    this.roomId = roomId;
  }

  /** The stage role LiveKit holds for this member, as every other client sees it. */
  get role(): string | undefined {
    return this.room.localParticipant?.attributes.role;
  }

  roleSeenBy(other: Member): string | undefined {
    return other.room.remoteParticipants.get(this.id)?.attributes.role;
  }

  attributesSeenBy(other: Member): Record<string, string> | undefined {
    return other.room.remoteParticipants.get(this.id)?.attributes;
  }

  /**
   * Publishes a steady tone as the microphone (the member must be on stage). Join tokens let nobody
   * publish: like the room page, it first asks the app for its stage rights.
   */
  async speak(): Promise<void> {
    // The app answers once LiveKit holds the rights, so the publish that follows is allowed.
    const grant = await this.api("POST", `/api/rooms/${this.roomId}/stage/grant`);
    if (grant.status !== 200 || (grant.body as { granted?: boolean }).granted !== true)
      throw new Error(`stage/grant: HTTP ${grant.status} ${JSON.stringify(grant.body)}`);
    const source = new AudioSource(SAMPLE_RATE, 1);
    const track = LocalAudioTrack.createAudioTrack("tone", source);
    const options = new TrackPublishOptions({ source: TrackSource.SOURCE_MICROPHONE });
    await this.room.localParticipant?.publishTrack(track, options);
    let running = true;
    let phase = 0;
    const pump = async () => {
      while (running) {
        if (source.queuedDuration >= 100) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          continue;
        }
        const samples = new Int16Array(FRAME_SAMPLES);
        for (let i = 0; i < FRAME_SAMPLES; i++, phase++) {
          samples[i] = Math.round(
            6000 * Math.sin((2 * Math.PI * this.frequency * phase) / SAMPLE_RATE),
          );
        }
        await source
          .captureFrame(new AudioFrame(samples, SAMPLE_RATE, 1, FRAME_SAMPLES))
          .catch(() => undefined);
      }
    };
    void pump();
    this.tone = { stop: () => (running = false) };
  }

  /** True once audio from every speaker named was heard within the last `withinMs`. */
  hears(speakers: Member[], withinMs = 500): boolean {
    const now = Date.now();
    return speakers.every((speaker) => now - (this.lastHeard.get(speaker.id) ?? 0) <= withinMs);
  }

  /** When audio from the speaker first played on a subscription made after `since`. */
  heardAgainAt(speaker: Member, since: number): number | undefined {
    return this.subscriptions.find(
      (one) => one.speaker === speaker.id && one.subscribedAt > since && one.firstHeardAt,
    )?.firstHeardAt;
  }

  resetGaps(): void {
    this.longestGap.clear();
  }

  async leave(): Promise<void> {
    this.tone?.stop();
    await this.room.disconnect().catch(() => undefined);
  }

  private async listen(track: RemoteTrack, participant: RemoteParticipant): Promise<void> {
    const stream = new AudioStream(track, { sampleRate: SAMPLE_RATE, numChannels: 1 });
    const subscription: (typeof this.subscriptions)[number] = {
      speaker: participant.identity,
      subscribedAt: Date.now(),
    };
    this.subscriptions.push(subscription);
    try {
      for await (const frame of stream) {
        if (rms(frame.data) < AUDIBLE_RMS) continue;
        const now = Date.now();
        subscription.firstHeardAt ??= now;
        const previous = this.lastHeard.get(participant.identity);
        if (previous !== undefined) {
          const gap = now - previous;
          this.longestGap.set(
            participant.identity,
            Math.max(gap, this.longestGap.get(participant.identity) ?? 0),
          );
        }
        this.lastHeard.set(participant.identity, now);
      }
    } catch {
      // The track went away (the speaker left or the connection dropped): nothing more to hear.
    }
  }
}

function rms(samples: Int16Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  return Math.sqrt(sum / Math.max(1, samples.length));
}
