import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
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

/** How the newcomer gave the code: the link's address, or typed into the code form. */
export type InviteVia = "link" | "code";

export type RefuseInviteOptions = {
  ip: string;
  via: InviteVia;
  /** The code's hash, or null when the code is malformed (not 18 letters and digits). */
  codeHash: string | null;
};

/**
 * Counts a failed try (the per-IP budget keeps guessing slow) and returns an error that says what
 * happened: no such invite, already used, expired, withdrawn, or an inviter who can no longer
 * invite; a typed code is called a code, a link a link. Saying why reveals nothing a guesser can
 * use: codes are 18 random characters, so only someone holding a real one learns its state.
 */
export async function refuseInvite({ ip, via, codeHash }: RefuseInviteOptions): Promise<AppError> {
  await recordFailure(redeemKeys(ip));
  const reason = codeHash === null ? "malformed" : await explainRefusal(codeHash);
  const key =
    reason === "malformed"
      ? via === "code"
        ? "inviteCodeLength"
        : "inviteMalformedLink"
      : reason === "unknown"
        ? via === "code"
          ? "inviteUnknownCode"
          : "inviteUnknownLink"
        : reason;
  return new AppError("NOT_FOUND", {
    message: `invite refused (${reason}, ${via}) for ${ip}`,
    key,
    field: "code",
  });
}

type Refusal =
  "malformed" | "unknown" | "inviteUsed" | "inviteRevoked" | "inviteExpired" | "inviteInviterGone";

/** Why a well-formed code cannot be redeemed, read from its row (a lost race reads as used). */
async function explainRefusal(codeHash: string): Promise<Refusal> {
  const invite = await db.invite.findUnique({
    where: { codeHash },
    select: {
      redeemedAt: true,
      revokedAt: true,
      expiresAt: true,
      inviter: { select: { disabledAt: true } },
    },
  });
  if (!invite) return "unknown";
  if (invite.redeemedAt) return "inviteUsed";
  if (invite.revokedAt) return "inviteRevoked";
  if (invite.expiresAt <= new Date()) return "inviteExpired";
  if (invite.inviter.disabledAt) return "inviteInviterGone";
  return "inviteUsed";
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
