import "server-only";
import { normalizeIdentifier } from "@/lib/validations/auth";
import { verifyPassword } from "@/server/auth/password";
import { clearFailures, recordFailure, secondsUntilAllowed } from "@/server/auth/throttle";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";

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

/** Back-off counts per account (whichever of email or username is typed) and per IP. */
export async function throttleKeys(identifier: string, ip: string): Promise<string[]> {
  const normalized = normalizeIdentifier(identifier);
  const account = await findAccount(normalized);
  return [`signin:account:${account?.id ?? normalized}`, `signin:ip:${ip}`];
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", {
      userMessage: `Too many attempts. Try again in ${retryAfterSeconds} seconds.`,
    });
  }
}

export const WRONG_CREDENTIALS = "That email, username or password is not right.";

/** Checks a password sign-in, backing off per account and per IP after repeated failures. */
export async function authenticate(options: AuthenticateOptions): Promise<AuthenticatedUser> {
  const identifier = normalizeIdentifier(options.identifier);
  const user = await findAccount(identifier);
  const keys = [`signin:account:${user?.id ?? identifier}`, `signin:ip:${options.ip}`];
  const wait = await secondsUntilAllowed(keys);
  if (wait > 0) throw new RateLimitedError(wait);

  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, options.password);
  if (!user || !valid || user.disabledAt) {
    await recordFailure(keys);
    throw new AppError("UNAUTHORIZED", {
      message: `failed sign-in for ${identifier}`,
      userMessage: WRONG_CREDENTIALS,
    });
  }
  await clearFailures(keys.slice(0, 1));
  return { id: user.id, sessionVersion: user.sessionVersion };
}
