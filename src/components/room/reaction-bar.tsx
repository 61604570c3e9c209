import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { REACTION_EMOJI, type ReactionEmoji } from "@/lib/live/messages";
import { roomApiPath } from "@/lib/live/room-api";
import { useRoomAction } from "./use-room-action";

// Each emoji's name in the room catalogue: it is the button's accessible name.
const REACTION_KEYS = {
  "👏": "reactionApplause",
  "❤️": "reactionLove",
  "😂": "reactionLaughter",
  "🔥": "reactionFire",
  "🙌": "reactionRaisedHands",
  "💯": "reactionHundred",
} as const satisfies Record<ReactionEmoji, string>;

/** A few emoji that float beside the sender for everyone; the app forwards them, not the browser. */
export function ReactionBar({ roomId }: { roomId: string }) {
  const t = useTranslations("room");
  const { run, error } = useRoomAction();

  return (
    <div className="flex flex-col gap-1">
      <div role="group" aria-label={t("reactions")} className="flex flex-wrap gap-1">
        {REACTION_EMOJI.map((emoji) => (
          <Button
            key={emoji}
            variant="raised"
            size="iconCompact"
            aria-label={t("react", { label: t(REACTION_KEYS[emoji]) })}
            title={t(REACTION_KEYS[emoji])}
            onClick={() => void run(roomApiPath(roomId, "reactions"), { body: { emoji } })}
            className="text-xl"
          >
            <span aria-hidden="true">{emoji}</span>
          </Button>
        ))}
      </div>
      <p role="status" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
