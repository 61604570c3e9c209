"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { moderationLogSchema, type ModerationLogEntry } from "@/lib/validations/stage";
import { Button } from "@/components/ui/button";
import { callStage } from "./stage-api";

// One whole sentence per action (actor and target placed by the language, not glued in English order).
const ACTION_TEXT = {
  INVITE_TO_SPEAK: "logINVITE_TO_SPEAK",
  DISMISS_HAND: "logDISMISS_HAND",
  MOVE_TO_AUDIENCE: "logMOVE_TO_AUDIENCE",
  MUTE: "logMUTE",
  MAKE_MODERATOR: "logMAKE_MODERATOR",
  UNMAKE_MODERATOR: "logUNMAKE_MODERATOR",
  REMOVE: "logREMOVE",
  HAND_RAISING_ON: "logHAND_RAISING_ON",
  HAND_RAISING_OFF: "logHAND_RAISING_OFF",
  END_ROOM: "logEND_ROOM",
} as const satisfies Record<ModerationLogEntry["action"], string>;

/** For hosts and moderators: a button that opens the room's moderation log, newest first. */
export function ModerationLogDialog({ roomId }: { roomId: string }) {
  const t = useTranslations("stage");
  const tCommon = useTranslations("common");
  const format = useFormatter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [entries, setEntries] = useState<ModerationLogEntry[]>([]);
  const [error, setError] = useState("");

  async function open() {
    dialog.current?.showModal();
    const result = await callStage(roomId, "log", "GET");
    if (!result.ok) return setError(result.message);
    const log = moderationLogSchema.safeParse(result.data);
    setError(log.success ? "" : t("logUnreadable"));
    setEntries(log.success ? log.data.events : []);
  }

  return (
    <>
      <Button variant="secondary" onClick={() => void open()}>
        {t("moderationLog")}
      </Button>
      <dialog ref={dialog} aria-labelledby="moderation-log-title" className="rounded-2xl p-4">
        <h2 id="moderation-log-title" className="mb-2 font-semibold">
          {t("moderationLog")}
        </h2>
        <p role="status" className="text-sm text-red-700">
          {error}
        </p>
        <ol className="flex max-h-96 flex-col gap-1 overflow-y-auto text-sm">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.createdAt}>
                {format.dateTime(new Date(entry.createdAt), "moment")}
              </time>{" "}
              {t.rich(ACTION_TEXT[entry.action], {
                actor: entry.actor.displayName,
                target: entry.target?.displayName ?? "",
                strong: (chunks) => <strong>{chunks}</strong>,
                // No target (hand raising, ending the room): the sentence stops at the verb.
                whom: (chunks) => (entry.target ? <strong>{chunks}</strong> : null),
              })}
            </li>
          ))}
        </ol>
        <form method="dialog">
          <Button type="submit" variant="secondary" className="mt-3">
            {tCommon("close")}
          </Button>
        </form>
      </dialog>
    </>
  );
}
