"use client";

import { useRoomInfo } from "@livekit/components-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { parseRoomMetadata } from "@/lib/live/room-metadata";
import { callStage } from "./stage-api";

/** For hosts and moderators: hand raising on or off (off clears the queue). */
export function HandRaisingToggle({ roomId }: { roomId: string }) {
  const t = useTranslations("stage");
  const { metadata } = useRoomInfo();
  const { handRaisingOn } = parseRoomMetadata(metadata);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function toggle() {
    setPending(true);
    const result = await callStage(roomId, "hand-raising", "PUT", { on: !handRaisingOn });
    setPending(false);
    setError(result.ok ? "" : result.message);
  }

  return (
    <label className="flex items-center gap-2 text-sm font-semibold">
      <input
        type="checkbox"
        role="switch"
        checked={handRaisingOn}
        disabled={pending}
        onChange={() => void toggle()}
      />
      {t("handRaising")}
      <span role="status" className="font-normal text-red-700">
        {error}
      </span>
    </label>
  );
}
