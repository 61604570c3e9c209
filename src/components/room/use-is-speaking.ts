import { ParticipantEvent, type Participant } from "livekit-client";
import { useCallback, useSyncExternalStore } from "react";

/**
 * Whether LiveKit says `participant` is speaking now. The kit's `useIsSpeaking` starts from the
 * value at render and listens from an effect, so a change in between was lost: a tile mounting (in
 * a deferred render) as its speaker started talking stayed dark until they paused, which for a
 * steady speaker a listener joined during was never. `useSyncExternalStore` reads the value again
 * once it listens.
 */
export function useIsSpeaking(participant: Participant): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      participant.on(ParticipantEvent.IsSpeakingChanged, onChange);
      return () => {
        participant.off(ParticipantEvent.IsSpeakingChanged, onChange);
      };
    },
    [participant],
  );
  return useSyncExternalStore(
    subscribe,
    () => participant.isSpeaking,
    () => false,
  );
}
