import "server-only";
import type { RoomTopic } from "@/generated/prisma/enums";
import { db } from "@/server/db";

export type FindOnboardingProfileOptions = { actorId: string };

export type OnboardingProfile = { displayName: string; bio: string; topics: RoomTopic[] };

/** What the welcome form starts from, so coming back to it does not wipe earlier answers. */
export async function findOnboardingProfile({
  actorId,
}: FindOnboardingProfileOptions): Promise<OnboardingProfile> {
  return db.user.findUniqueOrThrow({
    where: { id: actorId },
    select: { displayName: true, bio: true, topics: true },
  });
}
