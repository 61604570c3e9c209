"use server";

import { refresh } from "next/cache";
import { setMuteSchema } from "@/lib/notifications";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { setPersonMuted } from "@/server/notifications/set-person-muted";

// Mute or unmute a member's room notifications from their profile.
export const setMuteAction = withAuthAction(setMuteSchema, async (input, caller) => {
  const result = await setPersonMuted({
    actorId: caller.id,
    username: input.username,
    muted: input.intent === "mute",
  });
  refresh();
  return result;
});
