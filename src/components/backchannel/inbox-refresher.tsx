"use client";

import { useRouter } from "next/navigation";
import { useStreamEvent } from "@/components/notifications/stream-events";

/** Reloads the inbox's server data when a message arrives, so order and counts stay true. */
export function InboxRefresher() {
  const router = useRouter();
  useStreamEvent("backchannel", () => router.refresh());
  return null;
}
