import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type SetClubMutedOptions = { actorId: string; clubId: string; muted: boolean };

/**
 * Mutes or unmutes a club's room notifications for one of its active members (only they are told
 * of its rooms); asking twice changes nothing.
 */
export async function setClubMuted({ actorId, clubId, muted }: SetClubMutedOptions) {
  const member = await db.clubMember.findUnique({
    where: { clubId_userId: { clubId, userId: actorId } },
    select: { status: true },
  });
  if (member?.status !== "ACTIVE") throw new AppError("FORBIDDEN", { key: "notClubMember" });
  if (muted) {
    await db.mutedClub.createMany({ data: [{ userId: actorId, clubId }], skipDuplicates: true });
  } else {
    await db.mutedClub.deleteMany({ where: { userId: actorId, clubId } });
  }
  return { muted };
}
