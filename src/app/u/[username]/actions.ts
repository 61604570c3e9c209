"use server";

import { refresh } from "next/cache";
import { setFollowSchema } from "@/lib/validations/users";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { followUser } from "@/server/follows/follow-user";
import { unfollowUser } from "@/server/follows/unfollow-user";

// Follow or unfollow from a profile; the page re-renders so counts and lists stay true.
export const setFollowAction = withAuthAction(setFollowSchema, async (input, caller) => {
  const options = { actorId: caller.id, username: input.username };
  if (input.intent === "follow") await followUser(options);
  else await unfollowUser(options);
  refresh();
  return { following: input.intent === "follow" };
});
