import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ClipsSwitch } from "@/components/clips/clips-switch";
import type { FormAction } from "@/server/actions/action-result";
import type { ReplayView as Replay } from "@/server/replays/find-replay";
import { DeleteReplayButton } from "./delete-replay-button";
import { RefreshWhileProcessing } from "./refresh-while-processing";
import { ReplayPlayer } from "./replay-player";

type ReplayViewProps = { replay: Replay; deleteAction: FormAction<unknown> };

/**
 * An ended room's replay on the room's own address: what the room was (title, club, host,
 * speakers), then the player, or why there is none yet. Chat is not shown: it is never stored.
 */
export function ReplayView({ replay, deleteAction }: ReplayViewProps) {
  const t = useTranslations("replay");
  const format = useFormatter();
  const names = new Map(replay.speakers.map((speaker) => [speaker.id, speaker.displayName]));
  const chapters = replay.timeline.map((segment) => ({
    ...segment,
    name: names.get(segment.userId) ?? t("someone"),
  }));

  return (
    <main id="main-content" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8">
      <header className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
        <p className="flex flex-wrap items-center gap-2 text-xs font-semibold tracking-wide text-ink-600 uppercase">
          <span className="rounded-full bg-ink-900 px-2 py-0.5 text-white">{t("eyebrow")}</span>
          {replay.club && (
            <Link href={`/clubs/${replay.club.slug}`} className="hover:underline">
              {replay.club.name}
            </Link>
          )}
          {replay.endedAt && (
            <span>{t("endedOn", { date: format.dateTime(replay.endedAt, "moment") })}</span>
          )}
        </p>
        <h1 className="text-2xl font-extrabold tracking-tight">{replay.title}</h1>
        <p className="text-ink-600">
          {t.rich("hostedBy", {
            name: replay.host.displayName,
            link: (chunks) => (
              <Link href={`/@${replay.host.username}`} className="font-semibold hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        {replay.speakers.length > 0 && (
          <section aria-labelledby="replay-speakers" className="flex flex-col gap-1">
            <h2 id="replay-speakers" className="text-sm font-bold">
              {t("speakersHeading")}
            </h2>
            <ul className="flex flex-wrap gap-2">
              {replay.speakers.map((speaker) => (
                <li key={speaker.id}>
                  <Link
                    href={`/@${speaker.username}`}
                    className="rounded-full bg-ember-50 px-3 py-1 text-sm font-medium hover:bg-ember-100"
                  >
                    {speaker.displayName}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {replay.isHost && (
          <div className="flex flex-wrap items-center gap-4">
            <DeleteReplayButton roomId={replay.roomId} action={deleteAction} />
            <ClipsSwitch roomId={replay.roomId} enabled={replay.clipsEnabled} />
          </div>
        )}
      </header>

      {replay.status === "READY" ? (
        <ReplayPlayer
          roomId={replay.roomId}
          durationMs={replay.durationMs}
          chapters={chapters}
          canClip={replay.clipsEnabled}
        />
      ) : (
        <section role="status" className="flex flex-col gap-2 rounded-2xl bg-white p-5 shadow-sm">
          {replay.status === "PROCESSING" && (
            <>
              <p className="font-semibold">{t("processing")}</p>
              <p className="text-ink-600">{t("processingBody")}</p>
              <RefreshWhileProcessing />
            </>
          )}
          {replay.status === "EMPTY" && <p>{t("emptyBody")}</p>}
          {replay.status === "FAILED" && <p>{t("failedBody")}</p>}
        </section>
      )}
    </main>
  );
}
