import "server-only";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

export type RevokeInviteOptions = { actorId: string; inviteId: string };

/**
 * Withdraws one of the actor's unused invites (expired ones too) and gives it back to their
 * allowance. Both writes share a transaction, and the conditional update means a redemption racing
 * the revocation leaves exactly one of them done.
 */
export async function revokeInvite({ actorId, inviteId }: RevokeInviteOptions): Promise<void> {
  await db.$transaction(async (tx) => {
    const revoked = await tx.invite.updateMany({
      where: { id: inviteId, inviterId: actorId, redeemedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) {
      // Someone else's invite reads the same as a used one: its existence is none of their business.
      throw new AppError("NOT_FOUND", {
        message: `invite ${inviteId} is not revocable by ${actorId}`,
        key: "inviteAlreadyUsed",
      });
    }
    await tx.user.updateMany({
      where: { id: actorId, role: "MEMBER" },
      data: { invitesLeft: { increment: 1 } },
    });
  });
}
