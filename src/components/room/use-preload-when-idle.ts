"use client";

import { useEffect } from "react";
import { whenIdle } from "@/lib/when-idle";
import { livekitModule, liveDockModule, liveSessionModule } from "./room-modules";

/** On a page that links to a live room, fetch what entering one loads while the browser is idle. */
export function usePreloadWhenIdle() {
  useEffect(() => {
    if (!document.querySelector('a[href^="/rooms/"]')) return;
    // What entering loads: LiveKit's client, the dock that plays the room, and the room's live view
    // (rendered while the connection opens, so loading it then competes with connecting).
    return whenIdle(() => {
      void livekitModule.load();
      void liveDockModule.load();
      void liveSessionModule.load();
    });
  }, []);
}
