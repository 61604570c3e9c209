"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useRoomAction } from "@/components/room/use-room-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { stageApiPath } from "@/lib/live/room-api";
import { moderationLogSchema, type ModerationLogEntry } from "@/lib/validations/stage";

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
  SPEAK_INVITE_ACCEPTED: "logSPEAK_INVITE_ACCEPTED",
  SPEAK_INVITE_DECLINED: "logSPEAK_INVITE_DECLINED",
  LEAVE_STAGE: "logLEAVE_STAGE",
} as const satisfies Record<ModerationLogEntry["action"], string>;

/** For hosts and moderators: a button that opens the room's moderation log, newest first. */
export function ModerationLogDialog({ roomId }: { roomId: string }) {
  const t = useTranslations("stage");
  const format = useFormatter();
  const [entries, setEntries] = useState<ModerationLogEntry[]>([]);
  const { run, pending, error, setError } = useRoomAction();

  // Read afresh each time it opens: the log grows while the room runs.
  async function load() {
    const result = await run(stageApiPath(roomId, "log"), { method: "GET" });
    if (!result.ok) return;
    const log = moderationLogSchema.safeParse(result.data);
    setError(log.success ? "" : t("logUnreadable"));
    setEntries(log.success ? log.data.events : []);
  }

  return (
    <Dialog
      onOpenChange={(open) => {
        if (open) void load();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary">{t("moderationLog")}</Button>
      </DialogTrigger>
      <DialogContent title={t("moderationLog")}>
        <p role="status" className="text-sm text-red-700">
          {error}
        </p>
        {!pending && !error && entries.length === 0 && (
          <p className="text-sm text-ink-600">{t("logEmpty")}</p>
        )}
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
      </DialogContent>
    </Dialog>
  );
}
