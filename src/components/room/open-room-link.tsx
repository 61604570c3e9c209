"use client";

import Link from "next/link";
import { useRef, type MouseEvent, type ReactNode } from "react";
import { isActive, useLiveSession } from "@/components/room/live-session-provider";
import { takeTicket } from "./join-tickets";
import { useJoinTicket } from "./use-join-ticket";

type OpenRoomLinkProps = {
  room: { id: string; title: string };
  className?: string;
  children: ReactNode;
};

/**
 * A link to a live room that starts entering the room on the click itself, beside the page's own
 * request: the LiveKit connection is on its way while the page renders. While the link is on
 * screen it holds a join ticket, so the click connects without asking the server first. Only a
 * plain click opens the room here; a modified click (new tab or window) enters when that page
 * opens, and hovering or prefetching never enters.
 */
export function OpenRoomLink({ room, className, children }: OpenRoomLinkProps) {
  const { enterFromLink, session, call } = useLiveSession();
  const link = useRef<HTMLAnchorElement>(null);
  useJoinTicket(room.id, link, !(session && isActive(session.phase)) && !call);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    enterFromLink({ id: room.id, title: room.title, hostName: null }, takeTicket(room.id));
  };
  return (
    <Link ref={link} href={`/rooms/${room.id}`} className={className} onClick={onClick}>
      {children}
    </Link>
  );
}
