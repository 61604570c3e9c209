import { useConnectionState } from "@livekit/components-react";
import { ConnectionState } from "livekit-client";

const MESSAGES: Partial<Record<ConnectionState, string>> = {
  [ConnectionState.Connecting]: "Connecting to the room…",
  [ConnectionState.Reconnecting]: "Connection lost. Reconnecting…",
  [ConnectionState.SignalReconnecting]: "Connection lost. Reconnecting…",
};

/** Says plainly when the room is (re)connecting; silent once connected. */
export function ConnectionBanner() {
  const state = useConnectionState();
  const message = MESSAGES[state];
  return (
    <div role="status" aria-live="polite">
      {message && (
        <p className="rounded-2xl bg-amber-100 px-4 py-3 text-center font-semibold text-amber-900">
          {message}
        </p>
      )}
    </div>
  );
}
