import { useState } from "react";
import { REACTION_EMOJI, REACTION_LABELS, type ReactionEmoji } from "@/lib/live/messages";
import { postToRoom } from "./room-api";

/** A few emoji that float beside the sender for everyone; the app forwards them, not the browser. */
export function ReactionBar({ roomId }: { roomId: string }) {
  const [error, setError] = useState("");

  async function react(emoji: ReactionEmoji) {
    const result = await postToRoom(roomId, "reactions", { emoji });
    setError(result.ok ? "" : result.message);
  }

  return (
    <div className="flex flex-col gap-1">
      <div role="group" aria-label="Reactions" className="flex flex-wrap gap-1">
        {REACTION_EMOJI.map((emoji) => (
          <button
            key={emoji}
            type="button"
            aria-label={`React: ${REACTION_LABELS[emoji]}`}
            title={REACTION_LABELS[emoji]}
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
