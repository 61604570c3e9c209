"use client";

import { useLocalParticipant, useRoomInfo } from "@livekit/components-react";
import { Hand } from "lucide-react";
import { useTranslations } from "next-intl";
import { BarLabel } from "@/components/room/bar-label";
import { useRoomAction } from "@/components/room/use-room-action";
import { Button } from "@/components/ui/button";
import { readParticipantAttributes } from "@/lib/live/attributes";
import { stageApiPath } from "@/lib/live/room-api";
import { parseRoomMetadata } from "@/lib/live/room-metadata";

/**
 * A listener's Raise hand / Lower hand. The raised state is the server-set attribute, so it stays
 * right after a moderator invites or dismisses; disabled while the room has hand raising off.
 */
export function RaiseHandButton({ roomId }: { roomId: string }) {
  const t = useTranslations("stage");
  const tPeople = useTranslations("roomPeople");
  const { localParticipant } = useLocalParticipant();
  const { metadata } = useRoomInfo();
  const { run, pending, error } = useRoomAction();
  const isRaised = readParticipantAttributes(localParticipant.attributes).handRaisedAt !== "";
  const { handRaisingOn } = parseRoomMetadata(metadata);

  return (
    <>
      <Button
        variant="toggle"
        size="bar"
        aria-pressed={isRaised}
        disabled={pending || (!handRaisingOn && !isRaised)}
        onClick={() =>
          void run(stageApiPath(roomId, "hand"), { method: isRaised ? "DELETE" : "POST" })
        }
      >
        <Hand aria-hidden="true" />
        <BarLabel
          short={tPeople(isRaised ? "barLowerHand" : "barRaiseHand")}
          full={isRaised ? t("lowerHand") : t("raiseHand")}
        />
      </Button>
      <span role="status" className="text-sm text-ink-600 max-sm:text-xs empty:hidden">
        {handRaisingOn ? error : t("handRaisingOff")}
      </span>
    </>
  );
}
