import {
  useConnectionQualityIndicator,
  useParticipantTracks,
  useTrackMutedIndicator,
} from "@livekit/components-react";
import { ConnectionQuality, RemoteAudioTrack, Track, type Participant } from "livekit-client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useIsSpeaking } from "./use-is-speaking";

/** How often a speaker's incoming audio is checked, and how long without a byte is a drop. */
const CHECK_MS = 500;
const STALLED_MS = 1_500;

/**
 * "Reconnecting…" on someone on stage whose connection is gone: their unmuted microphone has sent
 * nothing for a few seconds (Opus keeps sending a packet every 400 ms even in silence), or LiveKit
 * rates their connection lost. Shown while LiveKit waits for them (about 20 s) and the room's grace
 * period runs (docs/live-room.md, "When someone on stage drops"). Never on someone LiveKit hears
 * speaking: their voice reaches the server, so their connection is there, whatever a loaded
 * browser's receiver stats or quality score say for a moment.
 */
export function ReconnectingMark({ participant }: { participant: Participant }) {
  const t = useTranslations("room");
  const { quality } = useConnectionQualityIndicator({ participant });
  const stalled = useAudioStalled(participant);
  const speaking = useIsSpeaking(participant);
  if (speaking || (quality !== ConnectionQuality.Lost && !stalled)) return null;
  return (
    <span
      role="status"
      // Over the top of the tile (as the "invited" chip is), so the tile never changes size.
      className="pointer-events-none absolute top-0 left-1/2 z-10 -translate-x-1/2 rounded-full bg-white px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-ink-900 shadow-sm ring-2 ring-ember-100"
    >
      {t("reconnectingBadge")}
    </span>
  );
}

const MICROPHONE = [Track.Source.Microphone];

function useAudioStalled(participant: Participant) {
  const { isMuted } = useTrackMutedIndicator({
    participant,
    source: Track.Source.Microphone,
  });
  // The microphone as last subscribed: a track unsubscribed and subscribed again (the stage list
  // changing under load) is a new track, and the old one's receiver hears nothing more. A track
  // that goes away with a dropped connection stays watched, its silence being the drop.
  const [microphone] = useParticipantTracks(MICROPHONE, participant.identity);
  const subscribed = microphone?.publication.track;
  const [track, setTrack] = useState(subscribed);
  if (subscribed && subscribed !== track) setTrack(subscribed);
  const watched = track instanceof RemoteAudioTrack && !isMuted ? track : null;
  const [stalled, setStalled] = useState(false);
  useEffect(() => {
    if (!watched) return;
    let last = -1;
    let lastChange = Date.now();
    const timer = window.setInterval(() => {
      void watched.getReceiverStats().then((stats) => {
        // Bytes, not packets: livekit-client's audio receiver report has no packet count (its
        // type declares one it never fills), so counting packets saw every quiet speaker stall.
        const bytes = stats?.bytesReceived ?? 0;
        if (bytes !== last) {
          last = bytes;
          lastChange = Date.now();
        }
        setStalled(Date.now() - lastChange > STALLED_MS);
      });
    }, CHECK_MS);
    return () => {
      window.clearInterval(timer);
      setStalled(false);
    };
  }, [watched]);
  return watched !== null && stalled;
}
