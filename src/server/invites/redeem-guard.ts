import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/server/errors";
import { recordFailure, secondsUntilAllowed } from "@/server/rate-limit/failure-backoff";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";

// Shared by every path that tries a code (the link page, the type-a-code form, sign-up), so that
// guessing codes through any of them spends the same per-IP budget.

function redeemKeys(ip: string): string[] {
  return [`redeem:ip:${ip}`];
}

export async function assertRedeemAllowed(ip: string): Promise<void> {
  const wait = await secondsUntilAllowed(redeemKeys(ip));
  if (wait > 0) throw new RateLimitedError(wait);
}

/** Counts a failed try and returns the one error that does not say why the code failed. */
export async function refuseInvite(ip: string, reason: string): Promise<AppError> {
  await recordFailure(redeemKeys(ip));
  return new AppError("NOT_FOUND", {
    message: `invite refused (${reason}) for ${ip}`,
    key: "inviteInvalid",
    field: "code",
  });
}

/** An invite that can still be redeemed: unused, unrevoked, unexpired, from an active member. */
export function redeemableInviteWhere(codeHash: string, now: Date) {
  return {
    codeHash,
    redeemedAt: null,
    revokedAt: null,
    expiresAt: { gt: now },
    inviter: { disabledAt: null },
  } satisfies Prisma.InviteWhereInput;
}
