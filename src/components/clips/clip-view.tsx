import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ShareRoomButton } from "@/components/room/share-room-button";
import type { ClipView as Clip } from "@/server/clips/find-clip";
import { DeleteClipButton } from "./delete-clip-button";

type ClipViewProps = { clip: Clip; shareUrl: string };

/**
 * A clip's own page: the room it comes from, its host, who is heard and when it was said, then the
 * clip itself in the browser's own player (its file is served with range requests).
 */
export function ClipView({ clip, shareUrl }: ClipViewProps) {
  const t = useTranslations("clips");
  const tShare = useTranslations("share");
  const format = useFormatter();
  const seconds = Math.round(clip.durationMs / 1000);
  const profile = (username: string) => `/@${username}`;
  return (
    <main id="main-content" className="mx-auto flex max-w-3xl flex-col gap-4 px-4 py-8">
      <header className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
        <p className="flex flex-wrap items-center gap-2 text-xs font-semibold tracking-wide text-ink-600 uppercase">
          <span className="rounded-full bg-ember-700 px-2 py-0.5 text-white">{t("eyebrow")}</span>
          <span>{t("length", { seconds })}</span>
          <span>· {t(`source${clip.source}`)}</span>
          {clip.club && (
            <Link href={`/clubs/${clip.club.slug}`} className="hover:underline">
              · {clip.club.name}
            </Link>
          )}
        </p>
        <h1 className="text-2xl font-extrabold tracking-tight break-words">{clip.title}</h1>
        <p className="text-ink-600">
          <Link href={`/rooms/${clip.roomId}`} className="font-semibold hover:underline">
            {t("goToRoom")}
          </Link>
          {" · "}
          {t.rich("hostedBy", {
            name: clip.host.displayName,
            link: (chunks) => (
              <Link href={profile(clip.host.username)} className="font-semibold hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <p className="text-sm text-ink-600">
          <time dateTime={clip.startsAt.toISOString()}>
            {t("saidAt", { date: format.dateTime(clip.startsAt, "startTime") })}
          </time>
        </p>
        <section aria-labelledby="clip-speakers" className="flex flex-col gap-1">
          <h2 id="clip-speakers" className="text-sm font-bold">
            {t("speakersHeading")}
          </h2>
          {clip.speakers.length > 0 ? (
            <ul className="flex flex-wrap gap-2">
              {clip.speakers.map((speaker) => (
                <li key={speaker.id}>
                  <Link
                    href={profile(speaker.username)}
                    className="rounded-full bg-ember-50 px-3 py-1 text-sm font-medium hover:bg-ember-100"
                  >
                    {speaker.displayName}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-ink-600">{t("noSpeakers")}</p>
          )}
        </section>
      </header>
      <section
        aria-label={t("player")}
        className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm"
      >
        {/* Native controls: keyboard, screen reader and lock-screen support come with them. */}
        <audio
          controls
          preload="metadata"
          src={`/api/clips/${clip.id}/audio`}
          aria-label={t("player")}
          className="w-full"
        />
        <div className="flex flex-wrap items-center gap-2">
          <ShareRoomButton url={shareUrl} title={tShare("clipTitle", { title: clip.title })} />
          {clip.canDelete && <DeleteClipButton clipId={clip.id} roomId={clip.roomId} />}
        </div>
      </section>
    </main>
  );
}
