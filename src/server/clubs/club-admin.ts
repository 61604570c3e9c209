import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

/** Club admin actions share one gate: the actor is an active admin of the club, else 403. */
export async function assertClubAdmin(clubId: string, actorId: string): Promise<void> {
  const admin = await db.clubMember.findFirst({
    where: { clubId, userId: actorId, role: "ADMIN", status: "ACTIVE" },
    select: { userId: true },
  });
  if (!admin) {
    throw new AppError("FORBIDDEN", { key: "clubAdminsOnly" });
  }
}
