"use client";

import { useEffect } from "react";
import { clearLiveRoomCookie } from "@/lib/live-room-cookie";

/**
 * The cookie tells the room page's render not to mint a second token for this browser (the
 * provider sets it while a session is active); a closed or reloaded tab is no longer in any room.
 */
export function useLiveRoomCookie() {
  useEffect(() => {
    const forget = () => clearLiveRoomCookie();
    window.addEventListener("pagehide", forget);
    return () => window.removeEventListener("pagehide", forget);
  }, []);
}
