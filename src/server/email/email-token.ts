import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { EmailTokenPurpose } from "@/generated/prisma/enums";
import type { DbOrTx } from "@/server/create-db";

/** How long a mailed link works. */
export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  PASSWORD_RESET: 30 * 60 * 1000,
  VERIFY_EMAIL: 48 * 60 * 60 * 1000,
};

/** 32 random bytes (256 bits) as base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function isWellFormedEmailToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Only this is stored: with 256 bits of entropy a fast hash leaves nothing to brute-force. */
export function hashEmailToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type CreateEmailTokenOptions = { userId: string; email: string; purpose: EmailTokenPurpose };

/**
 * Mints a link token for one address and purpose and returns it (the only time it exists in
 * clear). Earlier unused tokens of the same purpose stop working: only the newest link counts.
 */
export async function createEmailToken(
  tx: DbOrTx,
  { userId, email, purpose }: CreateEmailTokenOptions,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = new Date();
  await tx.emailToken.updateMany({
    where: { userId, purpose, usedAt: null },
    data: { usedAt: now },
  });
  await tx.emailToken.create({
    data: {
      userId,
      email,
      purpose,
      tokenHash: hashEmailToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + EMAIL_TOKEN_TTL_MS[purpose]),
    },
    select: { id: true },
  });
  return token;
}
