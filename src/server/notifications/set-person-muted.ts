import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type SetPersonMutedOptions = { actorId: string; username: string; muted: boolean };

/** Mutes or unmutes a member's room notifications for the actor; asking twice changes nothing. */
export async function setPersonMuted({ actorId, username, muted }: SetPersonMutedOptions) {
  const target = await db.user.findFirst({ where: { username }, select: { id: true } });
  if (!target) throw new AppError("NOT_FOUND", { key: "memberNotFound" });
  if (target.id === actorId) throw new AppError("BAD_REQUEST", { key: "cantMuteSelf" });
  if (muted) {
    await db.mutedPerson.createMany({
      data: [{ userId: actorId, mutedId: target.id }],
      skipDuplicates: true,
    });
  } else {
    await db.mutedPerson.deleteMany({ where: { userId: actorId, mutedId: target.id } });
  }
  return { muted };
}
