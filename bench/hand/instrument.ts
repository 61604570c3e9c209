// Injected into the host's and the listener's room pages (bench/hand): stamps on one clock (epoch
// ms, performance.timeOrigin + now, shared by every page of the browser) when the listener clicks
// Raise hand, and when the host's "Raised hands" list gains or loses a given person.
import type { HandProbe } from "./probe";

(() => {
  const now = () => performance.timeOrigin + performance.now();
  const probe: HandProbe = { raisedAt: [], seenAt: null, goneAt: null, watch };
  Object.assign(window, { hearthHand: probe });

  // Capture phase: the stamp is the click itself, before React handles it.
  document.addEventListener(
    "click",
    (event) => {
      const button = event.target instanceof Element ? event.target.closest("button") : null;
      if (button?.textContent?.includes("Raise hand")) probe.raisedAt.push(now());
    },
    true,
  );

  /** The hand queue's item for `name`: the section headed "Raised hands", the item's Invite. */
  function queued(name: string): boolean {
    const heading = [...document.querySelectorAll("h2")].find((h) =>
      h.textContent?.startsWith("Raised hands"),
    );
    const section = heading?.closest("section");
    if (!section) return false;
    return [...section.querySelectorAll("li")].some((item) =>
      [...item.querySelectorAll("button")].some(
        (button) => button.getAttribute("aria-label") === `Invite ${name} to speak`,
      ),
    );
  }

  // One observer for the page; a MutationObserver fires right after React commits the DOM change,
  // before the next paint.
  let watched: string | null = null;
  let present = false;
  const observer = new MutationObserver(() => {
    if (watched === null) return;
    const nowPresent = queued(watched);
    if (nowPresent && !present) probe.seenAt = now();
    if (!nowPresent && present) probe.goneAt = now();
    present = nowPresent;
  });

  function watch(name: string): void {
    if (watched === null)
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    watched = name;
    present = queued(name);
    probe.seenAt = null;
    probe.goneAt = null;
  }
})();
