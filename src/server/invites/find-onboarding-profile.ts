import "server-only";
import type { RoomTopicValue } from "@/lib/validations/signup";
import { db } from "@/server/db";

export type FindOnboardingProfileOptions = { actorId: string };

export type OnboardingProfile = { displayName: string; bio: string; topics: RoomTopicValue[] };

/** What the welcome form starts from, so coming back to it does not wipe earlier answers. */
export async function findOnboardingProfile({
  actorId,
}: FindOnboardingProfileOptions): Promise<OnboardingProfile> {
  return db.user.findUniqueOrThrow({
    where: { id: actorId },
    select: { displayName: true, bio: true, topics: true },
  });
}
