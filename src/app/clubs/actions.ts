"use server";

import { refresh } from "next/cache";
import { z } from "zod";
import { setClubMuteSchema } from "@/lib/notifications";
import { clubMemberActionSchema, createClubSchema } from "@/lib/validations/clubs";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { createClub } from "@/server/clubs/create-club";
import { decideMembership } from "@/server/clubs/decide-membership";
import { joinClub } from "@/server/clubs/join-club";
import { leaveClub } from "@/server/clubs/leave-club";
import { manageMember } from "@/server/clubs/manage-member";
import { setClubMuted } from "@/server/notifications/set-club-muted";

export const createClubAction = withAuthAction(
  createClubSchema,
  (input, caller) => createClub({ actorId: caller.id, input }),
  { redirectTo: (club) => `/clubs/${club.slug}` },
);

const clubId = z.object({ clubId: z.uuid() });

export const joinClubAction = withAuthAction(clubId, async (input, caller) => {
  const result = await joinClub({ actorId: caller.id, clubId: input.clubId });
  refresh();
  return result;
});

export const leaveClubAction = withAuthAction(clubId, async (input, caller) => {
  await leaveClub({ actorId: caller.id, clubId: input.clubId });
  refresh();
});

export const decideMembershipAction = withAuthAction(
  clubMemberActionSchema.extend({ decision: z.enum(["approve", "decline"]) }),
  async (input, caller) => {
    await decideMembership({ ...input, actorId: caller.id, approve: input.decision === "approve" });
    refresh();
  },
);

export const manageMemberAction = withAuthAction(
  clubMemberActionSchema.extend({ action: z.enum(["promote", "remove"]) }),
  async (input, caller) => {
    await manageMember({ ...input, actorId: caller.id });
    refresh();
  },
);

// A member mutes or unmutes notifications of the club's rooms.
export const setClubMuteAction = withAuthAction(setClubMuteSchema, async (input, caller) => {
  const result = await setClubMuted({
    actorId: caller.id,
    clubId: input.clubId,
    muted: input.intent === "mute",
  });
  refresh();
  return result;
});
