import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { usernameParamSchema } from "@/lib/validations/users";
import { db } from "@/server/db";
import { photoVersionSelect } from "@/server/photos/photo-select";

export type FindProfileOptions = { viewerId: string; username: string };

/** How many of the people the viewer knows a profile names. */
export const KNOWN_FOLLOWERS_SHOWN = 3;

// Disabled members are hidden everywhere, so they are left out of counts and links too.
const activeFollower = { follower: { disabledAt: null } } satisfies Prisma.FollowWhereInput;
const activeFollowee = { followee: { disabledAt: null } } satisfies Prisma.FollowWhereInput;

const profileSelect = {
  id: true,
  username: true,
  displayName: true,
  bio: true,
  links: true,
  createdAt: true,
  ...photoVersionSelect,
  invitedBy: { select: { username: true, displayName: true, disabledAt: true } },
  clubMemberships: {
    where: { status: "ACTIVE" },
    orderBy: { joinedAt: "asc" },
    select: { club: { select: { id: true, slug: true, name: true } } },
  },
  _count: {
    select: { followers: { where: activeFollower }, following: { where: activeFollowee } },
  },
} satisfies Prisma.UserSelect;

export type Profile = {
  id: string;
  username: string;
  displayName: string;
  bio: string;
  /** Up to three http(s) addresses, shown as links nobody vouches for (nofollow ugc). */
  links: string[];
  /** Null: no photo, the initials avatar shows. */
  photoVersion: string | null;
  memberSince: Date;
  invitedBy: { username: string; displayName: string } | null;
  clubs: { slug: string; name: string }[];
  /** Of their clubs, those the viewer is in too (none on one's own profile). */
  clubsInCommon: { slug: string; name: string }[];
  /** Their followers whom the viewer follows: how many, and the first few by when they followed. */
  followedByKnown: { total: number; shown: { username: string; displayName: string }[] };
  followerCount: number;
  followingCount: number;
  isSelf: boolean;
  viewerFollows: boolean;
  /** Mutual follows may start a one-to-one room. */
  followsViewer: boolean;
};

/**
 * A member's public profile as the viewer sees it; null for unknown or disabled accounts, and for
 * a member who blocked the viewer (to them it is as if the member did not exist). The blocker
 * still sees the profile of the member they blocked: it is where they unblock.
 */
export async function findProfile({ viewerId, username }: FindProfileOptions) {
  const handle = usernameParamSchema.safeParse(username);
  if (!handle.success) return null;
  const user = await db.user.findFirst({
    where: {
      username: handle.data,
      disabledAt: null,
      blocksMade: { none: { blockedId: viewerId } },
    },
    select: profileSelect,
  });
  if (!user) return null;
  const isSelf = user.id === viewerId;
  // Followers the viewer follows, active and not blocked either way with the viewer.
  const knownFollower = {
    followeeId: user.id,
    follower: {
      disabledAt: null,
      followers: { some: { followerId: viewerId } },
      blocksMade: { none: { blockedId: viewerId } },
      blockedBy: { none: { blockerId: viewerId } },
    },
  } satisfies Prisma.FollowWhereInput;
  const [viewerFollow, followsViewer, knownTotal, knownShown, viewerClubs] = await Promise.all([
    db.follow.findUnique({
      where: { followerId_followeeId: { followerId: viewerId, followeeId: user.id } },
      select: { createdAt: true },
    }),
    db.follow.findUnique({
      where: { followerId_followeeId: { followerId: user.id, followeeId: viewerId } },
      select: { createdAt: true },
    }),
    isSelf ? 0 : db.follow.count({ where: knownFollower }),
    isSelf
      ? []
      : db.follow.findMany({
          where: knownFollower,
          orderBy: { createdAt: "asc" },
          take: KNOWN_FOLLOWERS_SHOWN,
          select: { follower: { select: { username: true, displayName: true } } },
        }),
    isSelf
      ? []
      : db.clubMember.findMany({
          where: {
            userId: viewerId,
            status: "ACTIVE",
            clubId: { in: user.clubMemberships.map((membership) => membership.club.id) },
          },
          select: { clubId: true },
        }),
  ]);
  const sharedClubIds = new Set(viewerClubs.map((membership) => membership.clubId));
  const clubs = user.clubMemberships.map(({ club }) => ({ slug: club.slug, name: club.name }));
  const inviter = user.invitedBy;
  const profile: Profile = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    bio: user.bio,
    links: user.links,
    photoVersion: user.photo?.version ?? null,
    memberSince: user.createdAt,
    invitedBy:
      inviter && !inviter.disabledAt
        ? { username: inviter.username, displayName: inviter.displayName }
        : null,
    clubs,
    clubsInCommon: user.clubMemberships
      .filter(({ club }) => sharedClubIds.has(club.id))
      .map(({ club }) => ({ slug: club.slug, name: club.name })),
    followedByKnown: { total: knownTotal, shown: knownShown.map((follow) => follow.follower) },
    followerCount: user._count.followers,
    followingCount: user._count.following,
    isSelf,
    viewerFollows: viewerFollow !== null,
    followsViewer: followsViewer !== null,
  };
  return profile;
}
