"use client";

import Link from "next/link";
import type { MouseEvent, ReactNode } from "react";
import { useLiveSession } from "@/components/room/live-session-provider";

type OpenRoomLinkProps = {
  room: { id: string; title: string };
  className?: string;
  children: ReactNode;
};

/**
 * A link to a live room that starts entering the room on the click itself, beside the page's own request:
 * the token and the LiveKit connection are on their way while the page renders. Only a plain click
 * opens the room here; a modified click (new tab or window) enters when that page opens, and hovering
 * or prefetching never enters.
 */
export function OpenRoomLink({ room, className, children }: OpenRoomLinkProps) {
  const { enterFromLink } = useLiveSession();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    enterFromLink({ id: room.id, title: room.title, hostName: null });
  };
  return (
    <Link href={`/rooms/${room.id}`} className={className} onClick={onClick}>
      {children}
    </Link>
  );
}
