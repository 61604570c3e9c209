import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Avatar } from "@/components/people/avatar";
import { ProfileLinks } from "@/components/profile/profile-links";
import type { Profile } from "@/server/users/find-profile";

type ProfileCardProps = { profile: Profile; children: ReactNode };

/**
 * Who the member is: name, bio, their links, who of the viewer's people follow them, who brought
 * them in, since when, and their clubs (those in common first named on their own).
 */
export function ProfileCard({ profile, children }: ProfileCardProps) {
  const t = useTranslations("profile");
  const format = useFormatter();
  return (
    <section aria-labelledby="profile-name" className="rounded-2xl bg-white p-6 shadow-sm">
      <div className="flex flex-wrap items-start gap-4">
        <Avatar
          userId={profile.id}
          displayName={profile.displayName}
          size="lg"
          photoVersion={profile.photoVersion}
        />
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <h1 id="profile-name" className="text-3xl font-extrabold tracking-tight break-words">
            {profile.displayName}
          </h1>
          <p className="text-ink-600">@{profile.username}</p>
          {profile.bio && <p className="mt-2 break-words whitespace-pre-line">{profile.bio}</p>}
          <ProfileLinks links={profile.links} />
          {profile.followedByKnown.total > 0 && (
            <p className="mt-2 text-sm text-ink-600">
              {t("followedByKnown", {
                names: format.list(
                  profile.followedByKnown.shown.map((person) => person.displayName),
                  { type: "conjunction" },
                ),
                others: profile.followedByKnown.total - profile.followedByKnown.shown.length,
              })}
            </p>
          )}
        </div>
      </div>
      <dl className="mt-5 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {profile.invitedBy && (
          <>
            <dt className="font-semibold">{t("invitedBy")}</dt>
            <dd>
              <Link
                href={`/@${profile.invitedBy.username}`}
                className="font-medium text-ember-700 underline-offset-2 hover:underline"
              >
                {profile.invitedBy.displayName}
              </Link>
            </dd>
          </>
        )}
        <dt className="font-semibold">{t("memberSince")}</dt>
        <dd>
          <time dateTime={profile.memberSince.toISOString()}>
            {format.dateTime(profile.memberSince, { month: "long", year: "numeric" })}
          </time>
        </dd>
        {profile.clubsInCommon.length > 0 && (
          <>
            <dt className="font-semibold">{t("clubsInCommon")}</dt>
            <dd>{format.list(profile.clubsInCommon.map((club) => club.name))}</dd>
          </>
        )}
        <dt className="font-semibold">{t("clubs")}</dt>
        <dd>
          {profile.clubs.length === 0 ? (
            <span className="text-ink-600">{t("noClubs")}</span>
          ) : (
            <ul className="flex flex-wrap gap-2">
              {profile.clubs.map((club) => (
                <li key={club.slug}>
                  <Link
                    href={`/clubs/${club.slug}`}
                    className="inline-block rounded-full bg-ember-100 px-3 py-0.5 font-medium hover:bg-ember-700 hover:text-white"
                  >
                    {club.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <div className="mt-5 border-t border-ember-100 pt-4">{children}</div>
    </section>
  );
}
