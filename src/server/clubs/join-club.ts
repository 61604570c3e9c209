import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type JoinClubOptions = { actorId: string; clubId: string };

export type JoinClubResult = { status: "ACTIVE" | "PENDING" };

/** Open clubs admit at once; private clubs record a request for their admins to decide. */
export async function joinClub({ actorId, clubId }: JoinClubOptions): Promise<JoinClubResult> {
  const club = await db.club.findUnique({ where: { id: clubId }, select: { visibility: true } });
  if (!club) throw new AppError("NOT_FOUND", { key: "clubMissing" });
  const status = club.visibility === "OPEN" ? "ACTIVE" : "PENDING";
  // An existing membership or request is kept as it is: joining twice changes nothing.
  const membership = await db.clubMember.upsert({
    where: { clubId_userId: { clubId, userId: actorId } },
    create: { clubId, userId: actorId, status },
    update: {},
    select: { status: true },
  });
  return { status: membership.status };
}
