"use client";

import { useRef, useState } from "react";
import { moderationLogSchema, type ModerationLogEntry } from "@/lib/validations/stage";
import { callStage } from "./stage-api";

const ACTION_TEXT: Record<ModerationLogEntry["action"], string> = {
  INVITE_TO_SPEAK: "invited to speak",
  DISMISS_HAND: "dismissed the hand of",
  MOVE_TO_AUDIENCE: "moved to the audience",
  MUTE: "muted",
  MAKE_MODERATOR: "made a moderator",
  UNMAKE_MODERATOR: "removed moderator from",
  REMOVE: "removed from the room",
  HAND_RAISING_ON: "turned hand raising on",
  HAND_RAISING_OFF: "turned hand raising off",
  END_ROOM: "ended the room",
};

/** For hosts and moderators: a button that opens the room's moderation log, newest first. */
export function ModerationLogDialog({ roomId }: { roomId: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [entries, setEntries] = useState<ModerationLogEntry[]>([]);
  const [error, setError] = useState("");

  async function open() {
    dialog.current?.showModal();
    const result = await callStage(roomId, "log", "GET");
    if (!result.ok) return setError(result.message);
    const log = moderationLogSchema.safeParse(result.data);
    setError(log.success ? "" : "The log could not be read.");
    setEntries(log.success ? log.data.events : []);
  }

  return (
    <>
      <button
        type="button"
        onClick={() => void open()}
        className="rounded-full border border-stone-300 bg-white px-4 py-2 font-semibold hover:bg-ember-100"
      >
        Moderation log
      </button>
      <dialog ref={dialog} aria-labelledby="moderation-log-title" className="rounded-2xl p-4">
        <h2 id="moderation-log-title" className="mb-2 font-semibold">
          Moderation log
        </h2>
        <p role="status" className="text-sm text-red-700">
          {error}
        </p>
        <ol className="flex max-h-96 flex-col gap-1 overflow-y-auto text-sm">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.createdAt}>
                {new Date(entry.createdAt).toLocaleTimeString()}
              </time>{" "}
              <strong>{entry.actor.displayName}</strong> {ACTION_TEXT[entry.action]}
              {entry.target && <strong> {entry.target.displayName}</strong>}
            </li>
          ))}
        </ol>
        <form method="dialog">
          <button type="submit" className="mt-3 rounded-full border px-4 py-2 font-semibold">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
