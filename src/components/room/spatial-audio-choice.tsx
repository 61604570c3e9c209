"use client";

import { useEffect, useSyncExternalStore } from "react";

// The member's spatial-audio choice as this tab knows it: read by the room's header switch and by
// the layout-owned audio (which outlives the room page), seeded once from the server's render.
// After the first seed the tab's own switch is the truth: a cached render of the room page
// must not turn back a choice made since.
let chosen = false;
let seeded = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSpatialAudioChoice(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => chosen,
    () => false,
  );
}

/** Hands the tab the member's remembered choice, from the room page's render (once per tab). */
export function SpatialAudioSeed({ remembered }: { remembered: boolean }) {
  useEffect(() => {
    if (seeded) return;
    seeded = true;
    chooseSpatialAudio(remembered);
  }, [remembered]);
  return null;
}

export function chooseSpatialAudio(on: boolean): void {
  seeded = true;
  if (chosen === on) return;
  chosen = on;
  for (const listener of listeners) listener();
}
