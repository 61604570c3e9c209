import "server-only";
import type { OnboardingInput } from "@/lib/validations/signup";
import { db } from "@/server/db";

export type CompleteOnboardingOptions = OnboardingInput & { actorId: string };

/** Saves the newcomer's first bio and topics of interest (both may be left empty). */
export async function completeOnboarding({
  actorId,
  bio,
  topics,
}: CompleteOnboardingOptions): Promise<void> {
  await db.user.update({ where: { id: actorId }, data: { bio, topics }, select: { id: true } });
}
