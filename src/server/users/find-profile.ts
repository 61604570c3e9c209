import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { usernameParamSchema } from "@/lib/validations/users";
import { db } from "@/server/db";
import { photoVersionSelect } from "@/server/photos/photo-select";

export type FindProfileOptions = { viewerId: string; username: string };

// Disabled members are hidden everywhere, so they are left out of counts and links too.
const activeFollower = { follower: { disabledAt: null } } satisfies Prisma.FollowWhereInput;
const activeFollowee = { followee: { disabledAt: null } } satisfies Prisma.FollowWhereInput;

const profileSelect = {
  id: true,
  username: true,
  displayName: true,
  bio: true,
  createdAt: true,
  ...photoVersionSelect,
  invitedBy: { select: { username: true, displayName: true, disabledAt: true } },
  clubMemberships: {
    where: { status: "ACTIVE" },
    orderBy: { joinedAt: "asc" },
    select: { club: { select: { slug: true, name: true } } },
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
  /** Null: no photo, the initials avatar shows. */
  photoVersion: string | null;
  memberSince: Date;
  invitedBy: { username: string; displayName: string } | null;
  clubs: { slug: string; name: string }[];
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
  const [viewerFollow, followsViewer] = await Promise.all([
    db.follow.findUnique({
      where: { followerId_followeeId: { followerId: viewerId, followeeId: user.id } },
      select: { createdAt: true },
    }),
    db.follow.findUnique({
      where: { followerId_followeeId: { followerId: user.id, followeeId: viewerId } },
      select: { createdAt: true },
    }),
  ]);
  const inviter = user.invitedBy;
  const profile: Profile = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    bio: user.bio,
    photoVersion: user.photo?.version ?? null,
    memberSince: user.createdAt,
    invitedBy:
      inviter && !inviter.disabledAt
        ? { username: inviter.username, displayName: inviter.displayName }
        : null,
    clubs: user.clubMemberships.map((membership) => membership.club),
    followerCount: user._count.followers,
    followingCount: user._count.following,
    isSelf: user.id === viewerId,
    viewerFollows: viewerFollow !== null,
    followsViewer: followsViewer !== null,
  };
  return profile;
}
