import "server-only";
import { getEnv } from "@/env";
import { Prisma } from "@/generated/prisma/client";
import { isWellFormedInviteCode, normalizeInviteCode } from "@/lib/invite-code";
import type { SignupInput } from "@/lib/validations/signup";
import { hashPassword } from "@/server/auth/password";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashInviteCode } from "@/server/invites/invite-code";
import {
  assertRedeemAllowed,
  redeemableInviteWhere,
  refuseInvite,
} from "@/server/invites/redeem-guard";

export type RedeemInviteOptions = SignupInput & { ip: string };

export type RedeemedInvite = { userId: string; inviterId: string };

type ConsumedInvite = { id: string; inviterId: string };

/**
 * Signs a newcomer up with an invite: in one transaction the invite is consumed, the account is
 * created, and newcomer and inviter follow each other. Any failure leaves everything unchanged.
 */
export async function redeemInvite(options: RedeemInviteOptions): Promise<RedeemedInvite> {
  const { ip, email, username } = options;
  await assertRedeemAllowed(ip);
  const normalized = normalizeInviteCode(options.code);
  // Sign-up happens on the invite link's page: a refusal speaks of the link.
  if (!isWellFormedInviteCode(normalized)) {
    throw await refuseInvite({ ip, via: "link", codeHash: null });
  }
  const codeHash = hashInviteCode(normalized);

  // Cheap checks first, so a dead code or a taken name costs no password hashing.
  const usable = await db.invite.count({ where: redeemableInviteWhere(codeHash, new Date()) });
  if (usable === 0) throw await refuseInvite({ ip, via: "link", codeHash });
  await assertAvailable(email, username);
  const passwordHash = await hashPassword(options.password);

  try {
    return await db.$transaction(
      async (tx) => {
        const now = new Date();
        // The one statement that decides a race: concurrent redemptions queue on the row lock and
        // re-check the conditions, so exactly one of them gets a row back.
        const [invite] = await tx.$queryRaw<ConsumedInvite[]>`
          UPDATE "Invite" AS i SET "redeemedAt" = ${now}
          WHERE i."codeHash" = ${codeHash} AND i."redeemedAt" IS NULL AND i."revokedAt" IS NULL
            AND i."expiresAt" > ${now}
            AND EXISTS (SELECT 1 FROM "User" u WHERE u.id = i."inviterId" AND u."disabledAt" IS NULL)
          RETURNING i.id, i."inviterId"`;
        if (!invite) throw new AppError("NOT_FOUND", { userMessage: "lost the race" });
        const user = await tx.user.create({
          data: {
            email,
            username,
            displayName: options.displayName,
            passwordHash,
            invitesLeft: getEnv().INVITES_PER_MEMBER,
            invitedById: invite.inviterId,
          },
          select: { id: true },
        });
        await tx.invite.update({
          where: { id: invite.id },
          data: { redeemedById: user.id },
          select: { id: true },
        });
        await tx.follow.createMany({
          data: [
            { followerId: user.id, followeeId: invite.inviterId },
            { followerId: invite.inviterId, followeeId: user.id },
          ],
        });
        return { userId: user.id, inviterId: invite.inviterId };
      },
      // Many people may redeem at once; queueing for a connection or the row lock is expected.
      { maxWait: 15_000, timeout: 15_000 },
    );
  } catch (error) {
    // Lost a concurrent redemption (or a revoke): the row now says which.
    if (error instanceof AppError) throw await refuseInvite({ ip, via: "link", codeHash });
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Someone took the email or username between the check above and the insert.
      await assertAvailable(email, username);
    }
    throw error;
  }
}

async function assertAvailable(email: string, username: string): Promise<void> {
  const taken = await db.user.findMany({
    where: { OR: [{ email }, { username }] },
    select: { email: true, username: true },
  });
  if (taken.some((user) => user.email === email)) {
    throw new AppError("CONFLICT", {
      key: "emailTaken",
      field: "email",
    });
  }
  if (taken.length > 0) {
    throw new AppError("CONFLICT", {
      key: "usernameTaken",
      field: "username",
    });
  }
}
