import "server-only";
import { assertClubAdmin } from "@/server/clubs/club-admin";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type DecideMembershipOptions = {
  actorId: string;
  clubId: string;
  userId: string;
  approve: boolean;
};

/** A club admin approves or declines a pending request to join a private club. */
export async function decideMembership(options: DecideMembershipOptions): Promise<void> {
  await assertClubAdmin(options.clubId, options.actorId);
  const where = { clubId: options.clubId, userId: options.userId, status: "PENDING" as const };
  const changed = options.approve
    ? await db.clubMember.updateMany({ where, data: { status: "ACTIVE", joinedAt: new Date() } })
    : await db.clubMember.deleteMany({ where });
  if (changed.count === 0) {
    throw new AppError("NOT_FOUND", { key: "requestHandled" });
  }
}
