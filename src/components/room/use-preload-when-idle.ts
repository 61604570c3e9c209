"use client";

import { useEffect } from "react";
import { whenIdle } from "@/lib/when-idle";
import { loadLivekit } from "./load-livekit";

/** On a page that links to a live room, fetch what entering one loads while the browser is idle. */
export function usePreloadWhenIdle() {
  useEffect(() => {
    if (!document.querySelector('a[href^="/rooms/"]')) return;
    // What entering loads: LiveKit's client, the dock that plays the room, and the room's live view
    // (rendered while the connection opens, so loading it then competes with connecting).
    return whenIdle(() => {
      void loadLivekit();
      void import("./live-dock");
      void import("./live-session");
    });
  }, []);
}
