"use client";

import { useLocalParticipant, useRoomInfo } from "@livekit/components-react";
import { Hand } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { readParticipantAttributes } from "@/lib/live/attributes";
import { parseRoomMetadata } from "@/lib/live/room-metadata";
import { callStage } from "./stage-api";

/**
 * A listener's Raise hand / Lower hand. The raised state is the server-set attribute, so it stays
 * right after a moderator invites or dismisses; disabled while the room has hand raising off.
 */
export function RaiseHandButton({ roomId }: { roomId: string }) {
  const t = useTranslations("stage");
  const { localParticipant } = useLocalParticipant();
  const { metadata } = useRoomInfo();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const isRaised = readParticipantAttributes(localParticipant.attributes).handRaisedAt !== "";
  const { handRaisingOn } = parseRoomMetadata(metadata);

  async function toggle() {
    setPending(true);
    const result = await callStage(roomId, "hand", isRaised ? "DELETE" : "POST");
    setPending(false);
    setError(result.ok ? "" : result.message);
  }

  return (
    <>
      <button
        type="button"
        aria-pressed={isRaised}
        disabled={pending || (!handRaisingOn && !isRaised)}
        onClick={() => void toggle()}
        className="rounded-full border border-stone-300 bg-white px-5 py-2.5 font-semibold hover:bg-ember-100 disabled:cursor-not-allowed disabled:opacity-60"
      >
        <Hand aria-hidden="true" className="mr-1.5 inline size-4 align-[-0.125em]" />
        {isRaised ? t("lowerHand") : t("raiseHand")}
      </button>
      <span role="status" className="text-sm text-ink-600">
        {handRaisingOn ? error : t("handRaisingOff")}
      </span>
    </>
  );
}
