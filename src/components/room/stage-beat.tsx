import { useConnectionState, useLocalParticipant } from "@livekit/components-react";
import { ConnectionState } from "livekit-client";
import { useEffect } from "react";
import { readParticipantAttributes } from "@/lib/live/attributes";
import { stageApiPath } from "@/lib/live/room-api";
import { isOnStage } from "@/lib/live/roles";
import { STAGE_BEAT_MS } from "@/lib/live/stage-beat";
import { requestRoom } from "./request-room";

/**
 * While this tab is on stage and LiveKit holds it connected, it tells the server so every
 * STAGE_BEAT_MS (src/server/live/stage-beat.ts): a network that drops without closing stops the
 * beats, and the room stops being offered as live within seconds. Draws nothing.
 */
export function StageBeat({ roomId }: { roomId: string }) {
  const connected = useConnectionState() === ConnectionState.Connected;
  const { localParticipant } = useLocalParticipant();
  const onStage = isOnStage(readParticipantAttributes(localParticipant.attributes).role);

  useEffect(() => {
    if (!connected || !onStage) return;
    const beat = () => void requestRoom(stageApiPath(roomId, "beat"));
    beat();
    const timer = window.setInterval(beat, STAGE_BEAT_MS);
    return () => window.clearInterval(timer);
  }, [connected, onStage, roomId]);

  return null;
}
