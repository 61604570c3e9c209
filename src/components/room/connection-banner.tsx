import { useRoomContext } from "@livekit/components-react";
import { ConnectionState, RoomEvent } from "livekit-client";
import { useTranslations } from "next-intl";
import { useBrowserOnline } from "@/lib/use-browser-online";
import { useLivekitValue } from "./use-livekit-value";

const MESSAGES: Partial<Record<ConnectionState, "connecting" | "reconnecting">> = {
  [ConnectionState.Connecting]: "connecting",
  [ConnectionState.Reconnecting]: "reconnecting",
  [ConnectionState.SignalReconnecting]: "reconnecting",
};

/**
 * The room's connection state. Not LiveKit's useConnectionState, which lost a change between
 * render and subscription (use-livekit-value.ts): a connection that completed in between (a busy
 * machine, the room's code arriving just as it connects) left the page saying "Connecting" for good.
 */
export function useRoomConnectionState(): ConnectionState {
  const room = useRoomContext();
  return useLivekitValue(room, RoomEvent.ConnectionStateChanged, () => room.state);
}

/**
 * Says plainly when the room is (re)connecting or the browser went offline; silent once connected.
 * LiveRoom floats it over the page, so its coming and going never moves the room.
 */
export function ConnectionBanner() {
  const t = useTranslations("room");
  const state = useRoomConnectionState();
  // LiveKit notices a stalled connection only at its ping timeout, 10–15 s on; the browser says at
  // once that it went offline, and LiveKit reconnects as soon as it is back online.
  const offline = !useBrowserOnline() && state === ConnectionState.Connected;
  const key = offline ? "reconnecting" : MESSAGES[state];
  const message = key && t(key);
  return (
    <div role="status" aria-live="polite">
      {message && (
        <p className="rounded-2xl bg-amber-100 px-4 py-3 text-center font-semibold text-amber-900 shadow-md">
          {message}
        </p>
      )}
    </div>
  );
}
