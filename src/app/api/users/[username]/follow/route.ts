// GET /api/users/[username]/follow — the member's profile card as the caller sees it (the room's
// person card); POST — follow them; DELETE — unfollow them
import { z } from "zod";
import { usernameParamSchema } from "@/lib/validations/users";
import { AppError } from "@/server/errors";
import { followUser } from "@/server/follows/follow-user";
import { unfollowUser } from "@/server/follows/unfollow-user";
import { withAuth } from "@/server/http/with-auth";
import { findProfile } from "@/server/users/find-profile";

const paramsSchema = z.object({ username: usernameParamSchema });

export const GET = withAuth({ params: paramsSchema }, async ({ caller, params }) => {
  const profile = await findProfile({ viewerId: caller.id, username: params.username });
  if (!profile) throw new AppError("NOT_FOUND", { key: "memberNotFound" });
  return {
    username: profile.username,
    displayName: profile.displayName,
    bio: profile.bio,
    followerCount: profile.followerCount,
    followingCount: profile.followingCount,
    isSelf: profile.isSelf,
    viewerFollows: profile.viewerFollows,
  };
});

export const POST = withAuth({ params: paramsSchema }, async ({ caller, params }) => {
  await followUser({ actorId: caller.id, username: params.username });
  return { following: true };
});

export const DELETE = withAuth({ params: paramsSchema }, async ({ caller, params }) => {
  await unfollowUser({ actorId: caller.id, username: params.username });
  return { following: false };
});
