import { isListedOnStage, parseRoomMetadata } from "@/lib/live/room-metadata";

// LiveKit's event names as strings, so LiveKit's code stays in its on-demand chunk (as in
// stage-rights.ts): the join response is in, the connection came up or back, the stage changed,
// someone published or arrived.
const RECHECK_ON = [
  "signalConnected",
  "connectionStateChanged",
  "reconnected",
  "roomMetadataChanged",
  "trackPublished",
  "participantConnected",
  "connected",
] as const;
type RecheckEvent = (typeof RECHECK_ON)[number];

type StagePublication = { setSubscribed(subscribed: boolean): void };

/**
 * What this needs of a LiveKit room: livekit-client's `Room` has it, and so has
 * @livekit/rtc-node's, with which the integration tests check it against a real server.
 */
export type StageRoom = {
  readonly metadata: string | undefined;
  readonly remoteParticipants: ReadonlyMap<
    string,
    { readonly identity: string; readonly trackPublications: ReadonlyMap<string, StagePublication> }
  >;
  on(event: RecheckEvent, listener: () => void): unknown;
};

/**
 * Listens only to the people the server lists on stage (the room metadata's `stage`, which only
 * the server writes and no token carries), for a room connected with `autoSubscribe: false`. A
 * participant's own permissions and attributes are not proof: LiveKit copies them into the refresh
 * tokens it hands out, so a speaker moved to the audience can come back with a token that lets
 * them publish until the server corrects it; nobody subscribes to that track in the meantime.
 *
 * The first check runs as soon as the join response is in ("signalConnected", before the media
 * connection is up), so a listener asks for the stage's audio in the same moment LiveKit would
 * have subscribed them by itself: no round trip is added before first audio. Every publication
 * gets an explicit answer, because livekit-client's resume asks again for any track it was never
 * told about.
 */
export function subscribeToStageOnly(room: StageRoom): void {
  // Per publication object: a full reconnect brings new ones for the same tracks.
  const asked = new WeakMap<StagePublication, boolean>();
  const recheck = () => {
    const metadata = parseRoomMetadata(room.metadata);
    for (const participant of room.remoteParticipants.values()) {
      const wanted = isListedOnStage(metadata, participant.identity);
      for (const publication of participant.trackPublications.values()) {
        if (asked.get(publication) === wanted) continue;
        asked.set(publication, wanted);
        publication.setSubscribed(wanted);
      }
    }
  };
  for (const event of RECHECK_ON) room.on(event, recheck);
}
