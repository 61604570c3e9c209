"use client";

import { useSyncExternalStore } from "react";

// The server keeps only a hash of each invite code, so it can never show one again. The browser
// that created an invite keeps its link instead (this device only), so a pending invite can be
// copied again from the list. Links of invites that are no longer pending are simply not shown.
const STORAGE_KEY = "hearth-invite-links";
const listeners = new Set<() => void>();

function readAll(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}");
    if (typeof parsed !== "object" || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
  } catch {
    return {};
  }
}

/** Keeps the link of an invite this browser just created. */
export function rememberInviteLink(inviteId: string, link: string) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...readAll(), [inviteId]: link }));
  } catch {
    return; // Storage full or blocked: the link is still shown once, as before.
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** The link this browser remembers for the invite, or null (another device, or not created here). */
export function useRememberedInviteLink(inviteId: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => readAll()[inviteId] ?? null,
    () => null,
  );
}
