"use client";

import { useRoomInfo } from "@livekit/components-react";
import { Music } from "lucide-react";
import { useTranslations } from "next-intl";
import { parseRoomMetadata } from "@/lib/live/room-metadata";

/**
 * "Music mode" in the room's header, for everyone while the host has it on (listeners hear stereo,
 * unprocessed sound); people on stage are told to use headphones, since nothing cancels the echo.
 */
export function MusicModeBadge({ onStage }: { onStage: boolean }) {
  const t = useTranslations("roomPeople");
  const tMatch = useTranslations("match");
  const { metadata } = useRoomInfo();
  if (parseRoomMetadata(metadata).musicMode !== true) return null;
  return (
    <>
      <span className="inline-flex items-center gap-1 rounded-full bg-violet-100 px-2 py-0.5 text-violet-900">
        <Music aria-hidden="true" className="size-3" />
        {t("musicMode")}
      </span>
      {onStage && (
        <span role="note" className="tracking-normal normal-case">
          {tMatch("headphonesHint")}
        </span>
      )}
    </>
  );
}
