import { useConnectionQualityIndicator } from "@livekit/components-react";
import { ConnectionQuality, type Participant } from "livekit-client";
import { useTranslations } from "next-intl";

/**
 * "Reconnecting…" on someone whose connection LiveKit has lost (no media from them): shown at
 * once, while LiveKit waits for them (about 20 s) and the room's grace period runs
 * (docs/live-room.md, "When someone on stage drops").
 */
export function ReconnectingMark({ participant }: { participant: Participant }) {
  const t = useTranslations("room");
  const { quality } = useConnectionQualityIndicator({ participant });
  if (quality !== ConnectionQuality.Lost) return null;
  return (
    <span
      role="status"
      className="rounded-full bg-ember-50 px-2 py-0.5 text-xs font-semibold text-ink-600 ring-1 ring-ember-100"
    >
      {t("reconnectingBadge")}
    </span>
  );
}
