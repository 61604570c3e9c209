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
  // The floor page (bench/join/floor-page.ts) stamps its own connect() call through this.
  Object.assign(window, { hearthBenchMarks: marks, hearthBenchMark: mark });

  // The click that joins: a room card in Hearth's hallway, Join on LiveKit Meet's pre-join page,
  // Join on the connect-on-click floor page.
  const JOIN_CONTROLS = 'a[href^="/rooms/"], button.lk-join-button, button[data-bench-join]';
  document.addEventListener(
    "click",
    (event) => {
      if (event.target instanceof Element && event.target.closest(JOIN_CONTROLS)) mark("click");
    },
    true,
  );

  const isPrefetch = (init: RequestInit | undefined) =>
    new Headers(init?.headers).has("next-router-prefetch") ||
    new Headers(init?.headers).has("next-router-segment-prefetch");
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const isToken = /\/api\/rooms\/[^/]+\/token$/.test(url);
    // The router's request for the room page itself (its server render mints the token), not a
    // prefetch of it.
    const isPage = /\/rooms\/[0-9a-f-]{36}\?_rsc=/.test(url) && !isPrefetch(init);
    if (isToken) mark("tokenStart");
    if (isPage) mark("pageStart");
    const response = await originalFetch(input, init);
    if (isToken) mark("tokenEnd");
    if (isPage) {
      mark("pageEnd");
      // The router streams the render; a copy read to its end marks when the server was done.
      void response
        .clone()
        .arrayBuffer()
        .then(() => mark("pageStreamed"));
    }
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

  // The page starts playing the room's audio: the first <audio> element that starts rendering
  // (media events do not bubble, so this listens in the capture phase).
  document.addEventListener(
    "playing",
    (event) => {
      if (event.target instanceof HTMLAudioElement) mark("audioPlaying");
    },
    true,
  );

  const srcObject = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, "srcObject");
  Object.defineProperty(HTMLMediaElement.prototype, "srcObject", {
    ...srcObject,
    set(this: HTMLMediaElement, value: MediaProvider | null) {
      if (this instanceof HTMLAudioElement && value) mark("audioAttached");
      srcObject?.set?.call(this, value);
    },
  });

  const OriginalPeerConnection = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends OriginalPeerConnection {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      mark("peerCreated");
      peers.push(this);
      // First audio bytes: a remote track is muted until its receiver's first packet arrives
      // (WebRTC's first-packet signal). A stats poll saw them later on a busy main thread: its
      // answer comes back through the network thread and a task of its own, up to 100 ms on.
      this.addEventListener("track", ({ track }) => {
        if (track.kind !== "audio") return;
        if (track.muted) track.addEventListener("unmute", () => mark("firstAudio"), { once: true });
        else mark("firstAudio");
      });
      this.addEventListener("connectionstatechange", () => {
        if (this.connectionState === "connected") mark("peerConnected");
      });
    }
  };

  // First audible audio (decoded samples with energy: what a person would hear) from WebRTC stats,
  // polled every 5 ms; first bytes too, where a browser does not unmute remote tracks (above).
  type InboundReport = {
    type?: string;
    kind?: string;
    bytesReceived?: number;
    totalAudioEnergy?: number;
    audioLevel?: number;
  };
  const poll = async () => {
    for (const peer of peers) {
      const stats = await peer.getStats();
      stats.forEach((report: InboundReport) => {
        if (report.type !== "inbound-rtp" || report.kind !== "audio") return;
        if ((report.bytesReceived ?? 0) > 0) mark("firstAudio");
        if ((report.totalAudioEnergy ?? 0) > 0 || (report.audioLevel ?? 0) > 0) {
          mark("firstAudible");
        }
      });
    }
    if (!("firstAudible" in marks)) setTimeout(() => void poll(), 5);
  };
  void poll();
})();

export {};
