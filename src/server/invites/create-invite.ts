import "server-only";
import { getEnv } from "@/env";
import { normalizeInviteCode } from "@/lib/invite-code";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { generateInviteCode, hashInviteCode } from "@/server/invites/invite-code";

export type CreateInviteOptions = { actorId: string };

export type CreatedInvite = { id: string; code: string; expiresAt: Date };

/**
 * Mints an invite from the actor's allowance (admins have no limit). The code is returned once,
 * here; only its hash and a display prefix are stored.
 */
export async function createInvite({ actorId }: CreateInviteOptions): Promise<CreatedInvite> {
  const code = generateInviteCode();
  const normalized = normalizeInviteCode(code);
  const expiresAt = new Date(Date.now() + getEnv().INVITE_TTL_DAYS * 24 * 60 * 60 * 1000);

  return db.$transaction(async (tx) => {
    // One conditional statement, so two concurrent mints cannot both spend the last invite.
    const spent = await tx.$executeRaw`
      UPDATE "User" SET "invitesLeft" = "invitesLeft" - CASE WHEN role = 'ADMIN' THEN 0 ELSE 1 END
      WHERE id = ${actorId}::uuid AND "disabledAt" IS NULL AND (role = 'ADMIN' OR "invitesLeft" > 0)`;
    if (spent === 0) {
      throw new AppError("FORBIDDEN", {
        message: `user ${actorId} has no invites left`,
        key: "noInvitesLeft",
      });
    }
    const invite = await tx.invite.create({
      data: {
        inviterId: actorId,
        codeHash: hashInviteCode(normalized),
        codePrefix: normalized.slice(0, 4),
        expiresAt,
      },
      select: { id: true, expiresAt: true },
    });
    return { ...invite, code };
  });
}
