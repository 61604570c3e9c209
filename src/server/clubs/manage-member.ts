import "server-only";
import { assertClubAdmin } from "@/server/clubs/club-admin";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { disconnectFromLiveRooms } from "@/server/presence/disconnect-from-live-rooms";

export type ManageMemberOptions = {
  actorId: string;
  clubId: string;
  userId: string;
  action: "promote" | "remove";
};

/**
 * A club admin makes a member an admin, or removes a member (never themselves); a removed member
 * leaves the club's live rooms at once. Removal keeps the row as a pending request rather than
 * deleting it, so joining again (even an open club, which admits at once) leaves them waiting
 * until an admin approves them: otherwise a removed member of an open club simply rejoined.
 */
export async function manageMember(options: ManageMemberOptions): Promise<void> {
  await assertClubAdmin(options.clubId, options.actorId);
  if (options.userId === options.actorId) {
    throw new AppError("BAD_REQUEST", { key: "useLeaveClub" });
  }
  const where = { clubId: options.clubId, userId: options.userId, status: "ACTIVE" as const };
  const changed =
    options.action === "promote"
      ? await db.clubMember.updateMany({ where, data: { role: "ADMIN" } })
      : await db.clubMember.updateMany({ where, data: { status: "PENDING", role: "MEMBER" } });
  if (changed.count === 0) {
    throw new AppError("NOT_FOUND", { key: "notAMember" });
  }
  if (options.action === "remove") {
    await disconnectFromLiveRooms({
      userId: options.userId,
      rooms: { clubId: options.clubId, visibility: "CLUB" },
    });
  }
}
