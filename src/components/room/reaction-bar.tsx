import { useTranslations } from "next-intl";
import { useState } from "react";
import { REACTION_EMOJI, type ReactionEmoji } from "@/lib/live/messages";
import { postToRoom } from "./room-api";

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
  const [error, setError] = useState("");

  async function react(emoji: ReactionEmoji) {
    const result = await postToRoom(roomId, "reactions", { emoji });
    setError(result.ok ? "" : result.message);
  }

  return (
    <div className="flex flex-col gap-1">
      <div role="group" aria-label={t("reactions")} className="flex flex-wrap gap-1">
        {REACTION_EMOJI.map((emoji) => (
          <button
            key={emoji}
            type="button"
            aria-label={t("react", { label: t(REACTION_KEYS[emoji]) })}
            title={t(REACTION_KEYS[emoji])}
            onClick={() => void react(emoji)}
            className="flex size-9 items-center sm:size-10 justify-center rounded-full bg-white text-xl shadow-sm hover:bg-ember-100"
          >
            <span aria-hidden="true">{emoji}</span>
          </button>
        ))}
      </div>
      <p role="status" className="text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}
