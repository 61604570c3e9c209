import "server-only";
import { assertClubAdmin } from "@/server/clubs/club-admin";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { announceNotifications } from "@/server/notifications/announce-notifications";

export type DecideMembershipOptions = {
  actorId: string;
  clubId: string;
  userId: string;
  approve: boolean;
};

/**
 * A club admin approves or declines a pending request to join a private club, and the requester is
 * told in the same transaction. The club, not the admin, is named as the one who decided.
 */
export async function decideMembership(options: DecideMembershipOptions): Promise<void> {
  await assertClubAdmin(options.clubId, options.actorId);
  await db.$transaction(async (tx) => {
    const where = { clubId: options.clubId, userId: options.userId, status: "PENDING" as const };
    const changed = options.approve
      ? await tx.clubMember.updateMany({ where, data: { status: "ACTIVE", joinedAt: new Date() } })
      : await tx.clubMember.deleteMany({ where });
    if (changed.count === 0) {
      throw new AppError("NOT_FOUND", { key: "requestHandled" });
    }
    const told = await tx.notification.create({
      data: {
        userId: options.userId,
        clubId: options.clubId,
        kind: options.approve ? "CLUB_REQUEST_APPROVED" : "CLUB_REQUEST_DECLINED",
      },
      select: { id: true },
    });
    await announceNotifications(tx, [told.id]);
  });
}
