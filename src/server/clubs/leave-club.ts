import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type LeaveClubOptions = { actorId: string; clubId: string };

/**
 * Leaves a club or withdraws a request; the last admin must hand over first. An open club takes no
 * requests, so a pending row there is a removal waiting for an admin (manage-member.ts): it stays,
 * or withdrawing it and joining again would undo the removal.
 */
export async function leaveClub({ actorId, clubId }: LeaveClubOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const me = await tx.clubMember.findUnique({
      where: { clubId_userId: { clubId, userId: actorId } },
      select: { role: true, status: true, club: { select: { visibility: true } } },
    });
    if (!me) return;
    if (me.status === "PENDING" && me.club.visibility === "OPEN") return;
    if (me.role === "ADMIN") {
      const admins = await tx.clubMember.count({
        where: { clubId, role: "ADMIN", status: "ACTIVE" },
      });
      if (admins <= 1) {
        throw new AppError("CONFLICT", {
          key: "makeAnotherAdmin",
        });
      }
    }
    await tx.clubMember.delete({ where: { clubId_userId: { clubId, userId: actorId } } });
  });
}
