"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useRoomAction } from "@/components/room/use-room-action";
import { withHandle } from "@/components/room/with-handle";
import { Button } from "@/components/ui/button";
import { stageApiPath } from "@/lib/live/room-api";
import { useHandQueue } from "./use-hand-queue";
import { isInvitePending, useInviteClock } from "./use-invite-clock";

type HandQueuePanelProps = { roomId: string };

/**
 * The moderators' queue: raised hands oldest first, each with Invite (then "Invited, waiting for an
 * answer" until the listener joins or declines) and Dismiss, a count badge,
 * and a screen-reader announcement whenever a new hand goes up. Render it for hosts and moderators.
 */
export function HandQueuePanel({ roomId }: HandQueuePanelProps) {
  const t = useTranslations("stage");
  const queue = useHandQueue();
  const [announcement, setAnnouncement] = useState("");
  const { run, pendingKey, error } = useRoomAction();
  const seen = useRef(new Set<string>());
  const now = useInviteClock(queue.some((hand) => hand.speakInvitedAt !== ""));

  useEffect(() => {
    const fresh = queue.filter((hand) => !seen.current.has(hand.participant.identity));
    seen.current = new Set(queue.map((hand) => hand.participant.identity));
    const newest = fresh.at(-1);
    if (newest) {
      setAnnouncement(t("raisedAnnouncement", { name: newest.participant.name ?? t("someone") }));
    }
  }, [queue, t]);

  // Keyed by the person, so only their row waits while the call is in flight.
  function act(action: "invite" | "dismiss", userId: string) {
    void run(stageApiPath(roomId, action), { body: { userId } }, userId);
  }

  return (
    <section aria-labelledby="hand-queue-title" className="flex flex-col gap-2">
      <h2 id="hand-queue-title" className="flex items-center gap-2 font-semibold">
        {t("raisedHands")}
        <span
          className="rounded-full bg-ember-100 px-2 text-sm"
          aria-label={t("waiting", { count: queue.length })}
        >
          {queue.length}
        </span>
      </h2>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {queue.length === 0 ? (
        <p className="text-sm text-ink-600">{t("noHands")}</p>
      ) : (
        <ol className="flex flex-col gap-2">
          {queue.map(({ participant, bio, followedBySpeakers, username, speakInvitedAt }) => {
            // Display names are free text: the @handle says which "Alex" this is.
            const name = withHandle(participant.name ?? t("someone"), username);
            const busy = pendingKey === participant.identity;
            // Invited and not yet answered: the row says so until they join or decline.
            const invited = isInvitePending(speakInvitedAt, now);
            return (
              <li key={participant.identity} className="flex flex-wrap items-center gap-2">
                <span className="flex grow flex-col">
                  <span>
                    <span className="font-semibold">{participant.name ?? t("someone")}</span>
                    {username && <span className="text-sm text-ink-600"> @{username}</span>}
                  </span>
                  {bio && <span className="line-clamp-1 text-sm text-ink-600">{bio}</span>}
                  {followedBySpeakers && (
                    <span className="text-xs font-semibold text-ember-700">
                      {t("followedBySpeakers")}
                    </span>
                  )}
                </span>
                <Button
                  size="sm"
                  disabled={busy || invited}
                  onClick={() => act("invite", participant.identity)}
                  aria-label={t(invited ? "invitePendingLabel" : "inviteLabel", { name })}
                >
                  {t(invited ? "invitePending" : "invite")}
                </Button>
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={busy}
                  onClick={() => act("dismiss", participant.identity)}
                  aria-label={t("dismissLabel", { name })}
                >
                  {t("dismiss")}
                </Button>
              </li>
            );
          })}
        </ol>
      )}
      <p role="status" className="text-sm text-red-700">
        {error}
      </p>
    </section>
  );
}
