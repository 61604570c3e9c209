import { useCallback, useSyncExternalStore } from "react";

/** A LiveKit Room or Participant, as far as listening to one of its events goes. */
type EventSource<Event extends string> = {
  on(event: Event, listener: () => void): unknown;
  off(event: Event, listener: () => void): unknown;
};

/**
 * A value of a LiveKit room or participant, kept current by `event`. Not the kit's hooks for it
 * (useIsSpeaking, useConnectionState): they take their first value while rendering and subscribe
 * after the commit, so a change in between was lost until the next one. `useSyncExternalStore`
 * reads the value again once it listens. `read` must name the same value for the same `source`.
 */
export function useLivekitValue<Event extends string, Value>(
  source: EventSource<Event>,
  event: Event,
  read: () => Value,
): Value {
  const subscribe = useCallback(
    (notify: () => void) => {
      source.on(event, notify);
      return () => {
        source.off(event, notify);
      };
    },
    [source, event],
  );
  return useSyncExternalStore(subscribe, read, read);
}
