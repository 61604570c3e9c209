// LiveKit's client is most of a room's JavaScript: pages load it only once someone enters a room or
// a call (or the browser is idle on a page that links to a room).
export const loadLivekit = () => import("livekit-client");
