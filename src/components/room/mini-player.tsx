"use client";

import { StartAudio, useSpeakingParticipants } from "@livekit/components-react";
import { LogOut } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { RaiseHandButton } from "@/components/stage/raise-hand-button";
import { useLiveSession, type LiveRoomSummary } from "./live-session-provider";
import { HostLeaveDialog } from "./host-leave-dialog";
import { MicToggle } from "./mic-toggle";
import { useRoomPeople } from "./use-room-people";

/**
 * The room, small, on every other page: what it is, who is talking, the viewer's one control (mic
 * on stage, hand in the audience), leave, and a way back. Clubhouse and X Spaces keep playing
 * while you browse; so does Hearth.
 */
export function MiniPlayer({ room }: { room: LiveRoomSummary }) {
  const t = useTranslations("room");
  const { leave } = useLiveSession();
  const { me } = useRoomPeople();
  const speaking = useSpeakingParticipants();
  const onStage = me !== undefined && me.role !== "listener";
  const [askingHost, setAskingHost] = useState(false);
  const names = speaking.map((participant) => participant.name || "Someone").slice(0, 2);

  return (
    <section
      aria-label={t("nowListening")}
      className="fixed inset-x-0 bottom-0 z-40 border-t border-ember-100 bg-white/95 shadow-lg backdrop-blur"
    >
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2 px-3 py-2 sm:gap-3 sm:px-4">
        <Link
          href={`/rooms/${room.id}`}
          className="flex min-w-0 basis-full flex-col rounded-xl px-2 py-1 hover:bg-ember-50 sm:basis-0 sm:flex-1"
        >
          <span className="truncate font-semibold">{room.title}</span>
          <span className="truncate text-sm text-ink-600" aria-live="polite">
            {names.length > 0
              ? t("speaking", { names: names.join(", ") })
              : room.hostName && t("withHost", { name: room.hostName })}
          </span>
          <span className="sr-only">{t("backToRoom")}</span>
        </Link>
        <StartAudio label={t("tapToListen")} className={buttonVariants({ variant: "primary" })} />
        {/* On a phone the title takes the first line and the controls the second. */}
        <div className="ml-auto flex items-center gap-2">
          {me === undefined ? null : onStage ? <MicToggle /> : <RaiseHandButton roomId={room.id} />}
          <Button
            variant="secondary"
            onClick={me?.role === "host" ? () => setAskingHost(true) : leave}
          >
            <LogOut aria-hidden="true" />
            {t("leave")}
          </Button>
          <HostLeaveDialog
            roomId={room.id}
            open={askingHost}
            onOpenChange={setAskingHost}
            onLeft={leave}
          />
        </div>
      </div>
    </section>
  );
}
