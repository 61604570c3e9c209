import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { MuteButton } from "@/components/notifications/mute-button";
import { BlockButton } from "@/components/profile/block-button";
import { FollowPanel } from "@/components/profile/follow-panel";
import { PeopleSection } from "@/components/profile/people-section";
import { ProfileCard } from "@/components/profile/profile-card";
import { ReplayList } from "@/components/replays/replay-list";
import { ReportDialog } from "@/components/reports/report-dialog";
import { StartPrivateRoomButton } from "@/components/rooms/start-private-room-button";
import { SharePreview } from "@/components/sharing/share-preview";
import { findCaller } from "@/server/auth/get-caller";
import { listFollowers } from "@/server/follows/list-followers";
import { listFollowing } from "@/server/follows/list-following";
import { findPersonMuted } from "@/server/notifications/find-person-muted";
import { listReplays } from "@/server/replays/list-replays";
import { findPersonShareCard } from "@/server/sharing/find-person-share-card";
import { pageShareMetadata } from "@/server/sharing/page-share-metadata";
import { findProfile } from "@/server/users/find-profile";
import { findViewerBlocks } from "@/server/users/find-viewer-blocks";
import { startPrivateRoomAction } from "@/app/rooms/actions";
import { setFollowAction } from "./actions";
import { setBlockAction } from "./block-actions";
import { setMuteAction } from "./mute-actions";

// Served at /@username through a rewrite in next.config.ts.
type Props = { params: Promise<{ username: string }> };

// The link preview as a signed-out visitor may see it: name, handle and bio of an active member.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { username } = await params;
  const card = await findPersonShareCard({ username });
  return pageShareMetadata({
    card,
    pagePath: `/@${username}`,
    imagePath: `/share-cards/people/${username}`,
  });
}

export default async function ProfilePage({ params }: Props) {
  const { username } = await params;
  const caller = await findCaller();
  // A shared link: the signed-out visitor sees its card and the way in (crawlers read its tags).
  if (!caller) {
    const card = await findPersonShareCard({ username });
    return <SharePreview card={card} returnTo={`/@${username}`} />;
  }
  const profile = await findProfile({ viewerId: caller.id, username });
  if (!profile) notFound();
  const [followers, following, replays, muted] = await Promise.all([
    listFollowers({ userId: profile.id }),
    listFollowing({ userId: profile.id }),
    listReplays({ viewerId: caller.id, of: { hostId: profile.id } }),
    findPersonMuted({ viewerId: caller.id, userId: profile.id }),
  ]);
  const blocked = await findViewerBlocks({ viewerId: caller.id, userId: profile.id });
  const t = await getTranslations("profile");
  const tReports = await getTranslations("reports");
  const notices = await getTranslations("notifications");

  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
        <ProfileCard profile={profile}>
          <FollowPanel
            action={setFollowAction}
            username={profile.username}
            displayName={profile.displayName}
            isSelf={profile.isSelf}
            viewerFollows={profile.viewerFollows}
            followerCount={profile.followerCount}
            followingCount={profile.followingCount}
          />
          {profile.viewerFollows && (
            <MuteButton
              action={setMuteAction}
              fields={{ username: profile.username }}
              muted={muted}
              labels={{
                mute: notices("mute"),
                unmute: notices("unmute"),
                mutedNow: notices("mutedNow", { name: profile.displayName }),
                unmutedNow: notices("unmutedNow", { name: profile.displayName }),
              }}
            />
          )}
          {profile.viewerFollows && profile.followsViewer && (
            <StartPrivateRoomButton
              action={startPrivateRoomAction}
              userId={profile.id}
              displayName={profile.displayName}
            />
          )}
          {!profile.isSelf && (
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <ReportDialog
                subject={{ kind: "PERSON", username: profile.username }}
                title={tReports("dialogTitlePerson", { name: profile.displayName })}
                triggerLabel={tReports("reportPerson", { name: profile.displayName })}
              />
              <BlockButton
                action={setBlockAction}
                username={profile.username}
                displayName={profile.displayName}
                blocked={blocked}
              />
            </div>
          )}
        </ProfileCard>
        <div className="grid gap-6 sm:grid-cols-2">
          <PeopleSection
            id="followers"
            title={t("followersTitle")}
            people={followers}
            total={profile.followerCount}
            empty={t("noFollowers")}
          />
          <PeopleSection
            id="following"
            title={t("followingTitle")}
            people={following}
            total={profile.followingCount}
            empty={t("noFollowing")}
          />
        </div>
        <ReplayList id="replays" replays={replays} />
      </main>
    </>
  );
}
