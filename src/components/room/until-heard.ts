// LiveKit's event names as strings, so LiveKit's code stays in its on-demand chunk (as in
// stage-subscriptions.ts).
const TRACK_SUBSCRIBED = "trackSubscribed";
const ROOM_DISCONNECTED = "disconnected";
const PLAYBACK_STARTED = "audioPlaybackStarted";
const PLAYBACK_FAILED = "audioPlaybackFailed";

type HeardTrack = {
  readonly attachedElements: readonly { readonly paused: boolean }[];
  /** WebRTC's own track: muted until its first packets arrive. */
  readonly mediaStreamTrack: {
    readonly muted: boolean;
    addEventListener(event: "unmute", listener: () => void, options: { once: true }): void;
  };
  once(event: typeof PLAYBACK_STARTED | typeof PLAYBACK_FAILED, listener: () => void): unknown;
};
type HeardPublication = {
  readonly isDesired: boolean;
  readonly isMuted: boolean;
  readonly track?: HeardTrack;
};
type Listener = (track: HeardTrack, publication: HeardPublication) => void;

/** What this needs of a LiveKit room: livekit-client's `Room` has it. */
export type HeardRoom = {
  readonly remoteParticipants: ReadonlyMap<
    string,
    { readonly audioTrackPublications: ReadonlyMap<string, HeardPublication> }
  >;
  on(event: typeof TRACK_SUBSCRIBED | typeof ROOM_DISCONNECTED, listener: Listener): unknown;
  off(event: typeof TRACK_SUBSCRIBED | typeof ROOM_DISCONNECTED, listener: Listener): unknown;
};

/**
 * Settles once a connected room is heard: the first stage audio it asked for arrives and plays (the
 * tab's RoomAudioRenderer attaches it, often before the first packets), or its playback was
 * refused, or there is nothing to wait for (nobody on stage publishes unmuted audio), or the room
 * disconnected.
 */
export function untilHeard(room: HeardRoom): Promise<void> {
  return new Promise((resolve) => {
    const wanted = [...room.remoteParticipants.values()].flatMap((participant) =>
      [...participant.audioTrackPublications.values()].filter(
        (publication) => publication.isDesired && !publication.isMuted,
      ),
    );
    if (wanted.length === 0) {
      resolve();
      return;
    }
    const settle = () => {
      room.off(TRACK_SUBSCRIBED, onTrack);
      room.off(ROOM_DISCONNECTED, settle);
      resolve();
    };
    const onTrack: Listener = (track, publication) => {
      if (!wanted.includes(publication)) return;
      let arrived = !track.mediaStreamTrack.muted;
      let playing = track.attachedElements.some((element) => !element.paused);
      const settleWhenHeard = () => {
        if (arrived && playing) settle();
      };
      if (!arrived) {
        track.mediaStreamTrack.addEventListener(
          "unmute",
          () => {
            arrived = true;
            settleWhenHeard();
          },
          { once: true },
        );
      }
      if (!playing) {
        track.once(PLAYBACK_STARTED, () => {
          playing = true;
          settleWhenHeard();
        });
        // Refused playback will not be heard without a tap, which the room's page asks for.
        track.once(PLAYBACK_FAILED, settle);
      }
      settleWhenHeard();
    };
    room.on(TRACK_SUBSCRIBED, onTrack);
    room.on(ROOM_DISCONNECTED, settle);
    for (const publication of wanted)
      if (publication.track) onTrack(publication.track, publication);
  });
}
