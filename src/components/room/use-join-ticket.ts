import { useEffect, type RefObject } from "react";
import { fetchTicket, heldTicketDue } from "./join-tickets";

/**
 * Holds a join ticket for `roomId` while `target` is on screen in a visible tab, fetching a new one
 * before the last runs out; nothing while `enabled` is false (the tab is already in a room, where
 * a click asks before leaving it).
 */
export function useJoinTicket(
  roomId: string,
  target: RefObject<HTMLElement | null>,
  enabled: boolean,
): void {
  useEffect(() => {
    const element = target.current;
    if (!enabled || !element || typeof IntersectionObserver !== "function") return;
    let onScreen = false;
    let timer: number | undefined;
    let request: AbortController | undefined;
    const stop = () => {
      window.clearTimeout(timer);
      request?.abort();
      request = undefined;
    };
    const renew = async () => {
      stop();
      if (!onScreen || document.visibilityState !== "visible") return;
      const heldDue = heldTicketDue(roomId);
      if (heldDue !== null && heldDue > Date.now()) {
        timer = window.setTimeout(() => void renew(), heldDue - Date.now());
        return;
      }
      const mine = new AbortController();
      request = mine;
      const due = await fetchTicket(roomId, mine.signal);
      if (request !== mine || due === null) return;
      timer = window.setTimeout(() => void renew(), Math.max(0, due - Date.now()));
    };
    const observer = new IntersectionObserver(([entry]) => {
      onScreen = entry?.isIntersecting === true;
      void renew();
    });
    const onVisibility = () => void renew();
    observer.observe(element);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      observer.disconnect();
      document.removeEventListener("visibilitychange", onVisibility);
      stop();
    };
  }, [roomId, target, enabled]);
}
