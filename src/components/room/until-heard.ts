// LiveKit's event names as strings, so LiveKit's code stays in its on-demand chunk (as in
// stage-subscriptions.ts).
const TRACK_SUBSCRIBED = "trackSubscribed";
const ROOM_DISCONNECTED = "disconnected";
const PLAYBACK_SETTLED = ["audioPlaybackStarted", "audioPlaybackFailed"] as const;

type HeardTrack = {
  readonly attachedElements: readonly { readonly paused: boolean }[];
  once(event: (typeof PLAYBACK_SETTLED)[number], listener: () => void): unknown;
};
type HeardPublication = { readonly isDesired: boolean; readonly track?: HeardTrack };
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
 * Settles once a connected room is heard: the first stage audio it asked for plays (the tab's
 * RoomAudioRenderer attaches it), or its playback was refused, or there is nothing to wait for
 * (nobody on stage publishes audio), or the room disconnected.
 */
export function untilHeard(room: HeardRoom): Promise<void> {
  return new Promise((resolve) => {
    const wanted = [...room.remoteParticipants.values()].flatMap((participant) =>
      [...participant.audioTrackPublications.values()].filter(
        (publication) => publication.isDesired,
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
      if (track.attachedElements.some((element) => !element.paused)) settle();
      else for (const event of PLAYBACK_SETTLED) track.once(event, settle);
    };
    room.on(TRACK_SUBSCRIBED, onTrack);
    room.on(ROOM_DISCONNECTED, settle);
    for (const publication of wanted)
      if (publication.track) onTrack(publication.track, publication);
  });
}
