import { ParticipantEvent, type Participant } from "livekit-client";
import { useLivekitValue } from "./use-livekit-value";

/**
 * Whether LiveKit says `participant` is speaking now. Not the kit's `useIsSpeaking`, which lost a
 * change between render and subscription (use-livekit-value.ts): a tile mounting as its speaker
 * started talking stayed dark until they paused, which for a steady speaker a listener joined
 * during was never.
 */
export function useIsSpeaking(participant: Participant): boolean {
  return useLivekitValue(
    participant,
    ParticipantEvent.IsSpeakingChanged,
    () => participant.isSpeaking,
  );
}
