import { useLocalParticipant, useRoomContext } from "@livekit/components-react";
import { useCallback, useState } from "react";
import { setMicrophone } from "./stage-rights";

export type Microphone = {
  on: boolean;
  /** A switch is under way (waiting for stage rights, then LiveKit's publish). */
  pending: boolean;
  set: (on: boolean) => Promise<void>;
};

/** This tab's microphone in the room, switched through setMicrophone (stage-rights.ts). */
export function useMicrophone(): Microphone {
  const room = useRoomContext();
  const { isMicrophoneEnabled } = useLocalParticipant();
  const [pending, setPending] = useState(false);
  const set = useCallback(
    async (on: boolean) => {
      setPending(true);
      try {
        await setMicrophone(room, on);
      } catch (error) {
        console.warn("microphone:", error instanceof Error ? error.message : error);
      } finally {
        setPending(false);
      }
    },
    [room],
  );
  return { on: isMicrophoneEnabled, pending, set };
}
