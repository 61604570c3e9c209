// Runs in every listener page before the app's own scripts: stamps each step of joining on one
// clock (epoch ms from performance.timeOrigin + now), kept in sessionStorage across navigations.
// Bundled for the browser by bench/lib/browser-bundle.ts and injected with addInitScript.
(() => {
  type Marks = Record<string, number>;
  const KEY = "hearthBenchMarks";
  const marks = JSON.parse(sessionStorage.getItem(KEY) ?? "{}") as Marks;
  const now = () => performance.timeOrigin + performance.now();
  const mark = (name: string) => {
    if (name in marks) return;
    marks[name] = now();
    sessionStorage.setItem(KEY, JSON.stringify(marks));
  };
  const peers: RTCPeerConnection[] = [];
  Object.assign(window, { hearthBenchMarks: marks });

  document.addEventListener(
    "click",
    (event) => {
      if (event.target instanceof Element && event.target.closest('a[href^="/rooms/"]'))
        mark("click");
    },
    true,
  );

  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const isToken = /\/api\/rooms\/[^/]+\/token$/.test(url);
    if (isToken) mark("tokenStart");
    const response = await originalFetch(input, init);
    if (isToken) mark("tokenEnd");
    return response;
  };

  const OriginalWebSocket = window.WebSocket;
  window.WebSocket = class extends OriginalWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols);
      if (!String(url).includes("/rtc")) return;
      mark("signalStart");
      this.addEventListener("open", () => mark("signalOpen"));
      this.addEventListener("message", () => mark("signalJoined"), { once: true });
    }
  };

  const OriginalPeerConnection = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends OriginalPeerConnection {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      mark("peerCreated");
      peers.push(this);
      this.addEventListener("connectionstatechange", () => {
        if (this.connectionState === "connected") mark("peerConnected");
      });
    }
  };

  // First inbound audio bytes, from WebRTC stats, polled every 5 ms once a peer connection exists.
  const poll = async () => {
    for (const peer of peers) {
      const stats = await peer.getStats();
      stats.forEach((report: { type?: string; kind?: string; bytesReceived?: number }) => {
        if (
          report.type === "inbound-rtp" &&
          report.kind === "audio" &&
          (report.bytesReceived ?? 0) > 0
        ) {
          mark("firstAudio");
        }
      });
    }
    if (!("firstAudio" in marks)) setTimeout(() => void poll(), 5);
  };
  void poll();
})();

export {};
