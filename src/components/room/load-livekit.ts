// LiveKit's client is most of a room's JavaScript: pages load it only once someone enters a room or
// a call (or the browser is idle on a page that links to a room).
let loaded = false;

export const loadLivekit = () =>
  import("livekit-client").then((livekit) => {
    loaded = true;
    return livekit;
  });

/** Whether LiveKit's module has been evaluated already (preloaded, or a room entered before). */
export const isLivekitLoaded = () => loaded;
