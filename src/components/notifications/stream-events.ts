"use client";

import { useEffect, useRef } from "react";
import type { BackchannelMessageView } from "@/lib/backchannel";

/**
 * What the tab's one notification stream (held by the header's bell) tells the rest of the page:
 * `connected` each time the stream (re)opens, `backchannel` for each message of the member's
 * threads, and `backchannel-read` (a thread id) when this tab marked a thread read. One bus per
 * tab, so the thread page and the unread badge need no stream of their own.
 */
export type StreamEvents = {
  connected: null;
  backchannel: BackchannelMessageView;
  "backchannel-read": string;
};

const bus = new EventTarget();

export function emitStreamEvent<K extends keyof StreamEvents>(name: K, detail: StreamEvents[K]) {
  bus.dispatchEvent(new CustomEvent(name, { detail }));
}

/** Calls `handler` for each event `name` while the component is mounted (the latest handler). */
export function useStreamEvent<K extends keyof StreamEvents>(
  name: K,
  handler: (detail: StreamEvents[K]) => void,
) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener = (event: Event) => {
      if (event instanceof CustomEvent) latest.current(event.detail as StreamEvents[K]);
    };
    bus.addEventListener(name, listener);
    return () => bus.removeEventListener(name, listener);
  }, [name]);
}
