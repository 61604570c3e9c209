"use client";

import { useEffect } from "react";
import { loadLivekit } from "./load-livekit";

/** On a page that links to a live room, fetch what entering one loads while the browser is idle. */
export function usePreloadWhenIdle() {
  useEffect(() => {
    if (!document.querySelector('a[href^="/rooms/"]')) return;
    // What entering loads: LiveKit's client, the dock that plays the room, and the room's live view
    // (rendered while the connection opens, so loading it then competes with connecting).
    const preload = () => {
      void loadLivekit();
      void import("./live-dock");
      void import("./live-session");
    };
    // Safari has no requestIdleCallback: a short pause after the page settles does instead.
    const idle: unknown = Reflect.get(window, "requestIdleCallback");
    if (typeof idle !== "function") {
      const timer = window.setTimeout(preload, 200);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(preload);
    return () => window.cancelIdleCallback(handle);
  }, []);
}
