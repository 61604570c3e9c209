import { useConnectionQualityIndicator, useTrackMutedIndicator } from "@livekit/components-react";
import {
  ConnectionQuality,
  RemoteAudioTrack,
  Track,
  type Participant,
  type TrackPublication,
} from "livekit-client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** How often a speaker's incoming audio is checked, and how long without a packet is a drop. */
const CHECK_MS = 500;
const STALLED_MS = 1_500;

/**
 * "Reconnecting…" on someone on stage whose connection is gone: their unmuted microphone has sent
 * nothing for a few seconds (Opus keeps sending a packet every 400 ms even in silence), or LiveKit
 * rates their connection lost. Shown while LiveKit waits for them (about 20 s) and the room's grace
 * period runs (docs/live-room.md, "When someone on stage drops").
 */
export function ReconnectingMark({ participant }: { participant: Participant }) {
  const t = useTranslations("room");
  const { quality } = useConnectionQualityIndicator({ participant });
  const publication = participant.getTrackPublication(Track.Source.Microphone);
  const stalled = useAudioStalled(publication, participant);
  if (quality !== ConnectionQuality.Lost && !stalled) return null;
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

function useAudioStalled(publication: TrackPublication | undefined, participant: Participant) {
  const { isMuted } = useTrackMutedIndicator({
    participant,
    source: Track.Source.Microphone,
  });
  const track = publication?.track;
  const watched = track instanceof RemoteAudioTrack && !isMuted ? track : null;
  const [stalled, setStalled] = useState(false);
  useEffect(() => {
    if (!watched) return;
    let last = -1;
    let lastChange = Date.now();
    const timer = window.setInterval(() => {
      void watched.getReceiverStats().then((stats) => {
        const packets = stats?.packetsReceived ?? 0;
        if (packets !== last) {
          last = packets;
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
