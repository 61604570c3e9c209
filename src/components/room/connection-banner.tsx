import { useConnectionState } from "@livekit/components-react";
import { ConnectionState } from "livekit-client";
import { useTranslations } from "next-intl";

const MESSAGES: Partial<Record<ConnectionState, "connecting" | "reconnecting">> = {
  [ConnectionState.Connecting]: "connecting",
  [ConnectionState.Reconnecting]: "reconnecting",
  [ConnectionState.SignalReconnecting]: "reconnecting",
};

/**
 * Says plainly when the room is (re)connecting; silent once connected. LiveRoom floats it over the
 * page, so its coming and going never moves the room.
 */
export function ConnectionBanner() {
  const t = useTranslations("room");
  const state = useConnectionState();
  const key = MESSAGES[state];
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
