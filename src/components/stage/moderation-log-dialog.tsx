"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useRoomAction } from "@/components/room/use-room-action";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { stageApiPath } from "@/lib/live/room-api";
import { moderationLogSchema, type ModerationLogEntry } from "@/lib/validations/stage";

// One whole sentence per action, keyed by the action itself in the moderationLog catalogue
// ("Nora moved Leo to the audience."): the language places actor and target, not English order.
// Listed here so that a new action fails to compile until it has its sentence.
const WORDED = {
  INVITE_TO_SPEAK: true,
  DISMISS_HAND: true,
  MOVE_TO_AUDIENCE: true,
  MUTE: true,
  MAKE_MODERATOR: true,
  UNMAKE_MODERATOR: true,
  REMOVE: true,
  HAND_RAISING_ON: true,
  HAND_RAISING_OFF: true,
  END_ROOM: true,
  SPEAK_INVITE_ACCEPTED: true,
  SPEAK_INVITE_DECLINED: true,
  LEAVE_STAGE: true,
  HAND_OVER_HOST: true,
} as const satisfies Record<ModerationLogEntry["action"], true>;

/** For hosts and moderators: a button that opens the room's moderation log, newest first. */
export function ModerationLogDialog({ roomId }: { roomId: string }) {
  const t = useTranslations("stage");
  const tLog = useTranslations("moderationLog");
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
            <li
              key={entry.id}
              className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-ember-100 py-1.5 last:border-b-0"
            >
              <span>
                {WORDED[entry.action] &&
                  tLog.rich(entry.action, {
                    actor: entry.actor.displayName,
                    target: entry.target?.displayName ?? tLog("someone"),
                    strong: (chunks) => <strong>{chunks}</strong>,
                    // An invitation's answer without its inviter stops at "the invitation to speak".
                    whom: (chunks) => (entry.target ? <>{chunks}</> : null),
                  })}
              </span>
              <time dateTime={entry.createdAt} className="text-xs text-ink-600">
                {format.dateTime(new Date(entry.createdAt), "moment")}
              </time>
            </li>
          ))}
        </ol>
      </DialogContent>
    </Dialog>
  );
}
