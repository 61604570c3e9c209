import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import {
  decideMembershipAction,
  joinClubAction,
  leaveClubAction,
  manageMemberAction,
  setClubMuteAction,
} from "@/app/clubs/actions";
import { ClubActionButton } from "@/components/clubs/club-action-button";
import { ClubMembers } from "@/components/clubs/club-members";
import { ClubRooms } from "@/components/clubs/club-rooms";
import { MembershipControls } from "@/components/clubs/membership-controls";
import { MuteButton } from "@/components/notifications/mute-button";
import { ReplayList } from "@/components/replays/replay-list";
import { AppHeader } from "@/components/layout/app-header";
import { Button } from "@/components/ui/button";
import { SharePreview } from "@/components/sharing/share-preview";
import { findCaller } from "@/server/auth/get-caller";
import { getClubPage } from "@/server/clubs/get-club-page";
import { findClubMuted } from "@/server/notifications/find-club-muted";
import { listReplays } from "@/server/replays/list-replays";
import { findClubShareCard } from "@/server/sharing/find-club-share-card";
import { pageShareMetadata } from "@/server/sharing/page-share-metadata";

type Props = { params: Promise<{ slug: string }> };

// The link preview as a signed-out visitor may see it: a private club's card names nothing.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const card = await findClubShareCard({ slug });
  return pageShareMetadata({
    card,
    pagePath: `/clubs/${slug}`,
    imagePath: `/share-cards/clubs/${slug}`,
  });
}

export default async function ClubPage({ params }: Props) {
  const { slug } = await params;
  const caller = await findCaller();
  // A shared link: the signed-out visitor sees its card and the way in (crawlers read its tags).
  if (!caller) {
    const card = await findClubShareCard({ slug });
    return <SharePreview card={card} returnTo={`/clubs/${slug}`} />;
  }
  const club = await getClubPage({ viewerId: caller.id, slug });
  if (!club) notFound();
  const replays = await listReplays({ viewerId: caller.id, of: { clubId: club.id } });
  const t = await getTranslations("clubs");
  const topics = await getTranslations("topics");
  const notices = await getTranslations("notifications");
  const isMember = club.viewer.membership === "ACTIVE";
  const muted = isMember && (await findClubMuted({ viewerId: caller.id, clubId: club.id }));

  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-5xl flex-col gap-8 px-4 py-8">
        <header className="flex flex-col gap-3 rounded-2xl bg-white p-6 shadow-sm">
          <p className="text-sm font-semibold uppercase tracking-wide text-ink-600">
            {club.visibility === "OPEN" ? t("openClub") : t("privateClub")}
            {club.topics.length > 0 && ` · ${club.topics.map((topic) => topics(topic)).join(", ")}`}
          </p>
          <h1 className="text-3xl font-extrabold tracking-tight">{club.name}</h1>
          {club.description && <p>{club.description}</p>}
          <div className="flex flex-wrap items-center gap-3">
            <MembershipControls
              club={club}
              joinClubAction={joinClubAction}
              leaveClubAction={leaveClubAction}
            />
            {club.viewer.isAdmin && (
              <Button asChild variant="dark" size="sm">
                <Link href={`/rooms/new?club=${club.id}`}>{t("startClubRoom")}</Link>
              </Button>
            )}
            {isMember && (
              <MuteButton
                action={setClubMuteAction}
                fields={{ clubId: club.id }}
                muted={muted}
                labels={{
                  mute: notices("muteClub"),
                  unmute: notices("unmuteClub"),
                  mutedNow: notices("clubMutedNow", { club: club.name }),
                  unmutedNow: notices("clubUnmutedNow", { club: club.name }),
                }}
              />
            )}
          </div>
        </header>

        {club.pending.length > 0 && (
          <section
            aria-labelledby="requests"
            className="flex flex-col gap-2 rounded-2xl bg-white p-6 shadow-sm"
          >
            <h2 id="requests" className="text-xl font-bold">
              {t("requestsToJoin", { count: club.pending.length })}
            </h2>
            <ul className="flex flex-col divide-y divide-ember-100">
              {club.pending.map(({ user }) => (
                <li key={user.id} className="flex flex-wrap items-center gap-3 py-3">
                  <Link href={`/@${user.username}`} className="font-semibold hover:underline">
                    {user.displayName}
                  </Link>
                  <span className="ml-auto flex gap-2">
                    <ClubActionButton
                      action={decideMembershipAction}
                      fields={{ clubId: club.id, userId: user.id, decision: "approve" }}
                      variant="primary"
                      label={t("approveMember", { name: user.displayName })}
                    >
                      {t("approve")}
                    </ClubActionButton>
                    <ClubActionButton
                      action={decideMembershipAction}
                      fields={{ clubId: club.id, userId: user.id, decision: "decline" }}
                      variant="danger"
                      label={t("declineMember", { name: user.displayName })}
                    >
                      {t("decline")}
                    </ClubActionButton>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}

        <ClubRooms club={club} />

        <ReplayList id="replays" replays={replays} />

        <section
          aria-labelledby="members"
          className="flex flex-col gap-2 rounded-2xl bg-white p-6 shadow-sm"
        >
          <h2 id="members" className="text-xl font-bold">
            {t("members", { count: club.members.length })}
          </h2>
          <ClubMembers club={club} viewerId={caller.id} manageMemberAction={manageMemberAction} />
        </section>
      </main>
    </>
  );
}
