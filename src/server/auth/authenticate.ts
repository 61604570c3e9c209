import "server-only";
import { normalizeIdentifier } from "@/lib/validations/auth";
import { verifyPassword } from "@/server/auth/password";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import {
  clearFailures,
  recordFailure,
  secondsUntilAllowed,
} from "@/server/rate-limit/failure-backoff";
import { RateLimitedError } from "@/server/rate-limit/rate-limited-error";

export type AuthenticateOptions = { identifier: string; password: string; ip: string };

export type AuthenticatedUser = { id: string; sessionVersion: number };

// Verifying against a real hash for unknown accounts keeps their timing the same as a wrong password.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$qRVcHYzWdnTNdAwEo2M5cQ$oDfSPms3TKBZGSjd7zLv5vr5YYYYEhgI45b6ZqHilQ4";

function findAccount(identifier: string) {
  return db.user.findFirst({
    where: identifier.includes("@") ? { email: identifier } : { username: identifier },
    select: { id: true, passwordHash: true, sessionVersion: true, disabledAt: true },
  });
}

/**
 * Back-off counts per (identifier as typed, address) pair and per address. Never per account: a
 * lock anyone could aim at a victim's account would lock them out everywhere, and one shared by an
 * account's email and username would tell a stranger, by a 429, that the two belong together.
 */
function backoffKeys(identifier: string, ip: string): string[] {
  return [`signin:pair:${ip} ${identifier}`, `signin:ip:${ip}`];
}

/** Seconds a sign-in from this identifier and address must still wait, or 0. */
export async function secondsUntilSignInAllowed(identifier: string, ip: string): Promise<number> {
  return secondsUntilAllowed(backoffKeys(normalizeIdentifier(identifier), ip));
}

export const WRONG_CREDENTIALS = "That email, username or password is not right.";
export const ACCOUNT_DISABLED = "This account is disabled.";

/** Checks a password sign-in, backing off per (identifier, address) and per address. */
export async function authenticate(options: AuthenticateOptions): Promise<AuthenticatedUser> {
  const identifier = normalizeIdentifier(options.identifier);
  const keys = backoffKeys(identifier, options.ip);
  const wait = await secondsUntilAllowed(keys);
  if (wait > 0) throw new RateLimitedError(wait);
  const user = await findAccount(identifier);

  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, options.password);
  if (!user || !valid) {
    await recordFailure(keys);
    throw new AppError("UNAUTHORIZED", {
      message: `failed sign-in for ${identifier}`,
      userMessage: WRONG_CREDENTIALS,
    });
  }
  await clearFailures(keys.slice(0, 1));
  // Said only to someone who knew the password: a stranger guessing learns nothing more than
  // from a wrong password, and the member learns why they cannot get in.
  if (user.disabledAt) {
    throw new AppError("FORBIDDEN", {
      message: `sign-in to disabled account ${identifier}`,
      userMessage: ACCOUNT_DISABLED,
    });
  }
  return { id: user.id, sessionVersion: user.sessionVersion };
}
