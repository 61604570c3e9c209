"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition, useRef, useState, type MouseEvent, type ReactNode } from "react";
import { isActive, useLiveSession } from "@/components/room/live-session-provider";
import { takeTicket } from "./join-tickets";
import { useJoinTicket } from "./use-join-ticket";

// How long a click with a ticket in hand waits to hear the room before its page loads anyway.
const AUDIO_FIRST_WAIT_MS = 1_500;

type OpenRoomLinkProps = {
  room: { id: string; title: string };
  className?: string;
  children: ReactNode;
};

/**
 * A link to a live room that starts entering the room on the click itself. While the link is on
 * screen it holds a join ticket: the click then connects with it at once and the room's page loads
 * once the room is heard (or after AUDIO_FIRST_WAIT_MS), because the page's request and render
 * would otherwise share the phone's cores with the connection and the first playout, and delay the
 * first sound. Without a ticket the page's request goes beside the connection, which waits for a
 * token anyway. Only a plain click opens the room here; a modified click (new tab or window) enters
 * when that page opens, and hovering or prefetching never enters.
 */
export function OpenRoomLink({ room, className, children }: OpenRoomLinkProps) {
  const t = useTranslations("room");
  const router = useRouter();
  const { enterFromLink, session, call } = useLiveSession();
  const link = useRef<HTMLAnchorElement>(null);
  const [entering, setEntering] = useState(false);
  const href = `/rooms/${room.id}`;
  useJoinTicket(room.id, link, !(session && isActive(session.phase)) && !call);

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const summary = { id: room.id, title: room.title, hostName: null };
    const ticket = takeTicket(room.id);
    if (!ticket) {
      void enterFromLink(summary, null);
      return;
    }
    event.preventDefault();
    startTransition(() => setEntering(true));
    const openPage = () => router.push(href);
    const waited = new Promise<void>((resolve) => setTimeout(resolve, AUDIO_FIRST_WAIT_MS));
    void Promise.race([enterFromLink(summary, ticket), waited]).then(openPage, openPage);
  };

  return (
    <>
      <Link
        ref={link}
        href={href}
        className={`${className ?? ""} aria-busy:cursor-progress aria-busy:ring-2 aria-busy:ring-ember-600 motion-safe:aria-busy:animate-pulse`}
        aria-busy={entering || undefined}
        onClick={onClick}
      >
        {children}
      </Link>
      <span role="status" className="sr-only">
        {entering ? t("joining") : ""}
      </span>
    </>
  );
}
