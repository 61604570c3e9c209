import { useDataChannel } from "@livekit/components-react";
import { useCallback, useEffect, useRef } from "react";
import { decodeStageNotice, STAGE_NOTICE_TOPIC, type StageNotice } from "@/lib/live/stage-notices";

type Received = { payload: Uint8Array; from?: unknown };

/**
 * Calls `onNotice` for each stage notice the app sends this page (src/lib/live/stage-notices.ts).
 * Only the server speaks on the topic (browsers cannot publish data), so anything with a sender or
 * malformed is dropped.
 */
export function useStageNotices(onNotice: (notice: StageNotice) => void): void {
  // The latest handler, behind a stable callback: LiveKit's subscription is not redone per render.
  const handler = useRef(onNotice);
  useEffect(() => {
    handler.current = onNotice;
  });
  const onMessage = useCallback((message: Received) => {
    if (message.from !== undefined) return;
    const notice = decodeStageNotice(message.payload);
    if (notice) handler.current(notice);
  }, []);
  useDataChannel(STAGE_NOTICE_TOPIC, onMessage);
}
