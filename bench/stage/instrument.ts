// Injected into every room page of bench/stage before the app's code: stamps each step of
// accept the invitation → unmute → heard on one clock (epoch ms, performance.timeOrigin + now, shared by every page
// of the browser), and remembers the page's peer connections to read WebRTC stats.
import { JOIN_STAGE, ON_STAGE_NOTICE, type StageProbe } from "./probe";

(() => {
  const now = () => performance.timeOrigin + performance.now();
  const peers: RTCPeerConnection[] = [];
  const probe: StageProbe = { marks: {}, armSpeaker, armListener };
  Object.assign(window, { hearthStage: probe });

  const Native = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Native {
    constructor(configuration?: RTCConfiguration) {
      super(configuration);
      peers.push(this);
    }
  };

  // Capture phase: the stamp is the click itself, before React handles it.
  document.addEventListener(
    "click",
    (event) => {
      const button = event.target instanceof Element ? event.target.closest("button") : null;
      if (button?.textContent?.trim() === JOIN_STAGE) probe.marks.accept = now();
    },
    true,
  );

  // The new speaker unmutes as soon as they are on stage: click in the same task as the
  // DOM change that shows it, so no polling delay is added.
  function armSpeaker(): void {
    const observer = new MutationObserver(() => {
      const notice = document.body.textContent?.includes(ON_STAGE_NOTICE) ?? false;
      const unmute = [...document.querySelectorAll("button")].find(
        (button) => button.textContent?.includes("Unmute microphone") && !button.disabled,
      );
      if (!notice || !unmute) return;
      observer.disconnect();
      probe.marks.onStage = now();
      probe.marks.unmute = now();
      unmute.click();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  async function inboundAudio(): Promise<Map<number, number>> {
    const streams = new Map<number, number>();
    for (const peer of peers) {
      (await peer.getStats()).forEach((stat: Record<string, unknown>) => {
        if (stat.type !== "inbound-rtp" || stat.kind !== "audio" || typeof stat.ssrc !== "number")
          return;
        streams.set(stat.ssrc, typeof stat.bytesReceived === "number" ? stat.bytesReceived : 0);
      });
    }
    return streams;
  }

  // The host is muted, so new bytes on a new SSRC can only be the new speaker. Polled every 5 ms.
  // A failed sample's loop stops when the next one arms.
  let generation = 0;
  async function armListener(): Promise<void> {
    const mine = ++generation;
    delete probe.marks.firstAudio;
    const before = new Set((await inboundAudio()).keys());
    const poll = async () => {
      if (mine !== generation) return;
      for (const [ssrc, bytes] of await inboundAudio()) {
        if (!before.has(ssrc) && bytes > 0) {
          probe.marks.firstAudio = now();
          return;
        }
      }
      setTimeout(() => void poll(), 5);
    };
    void poll();
  }
})();
