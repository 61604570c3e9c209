import "server-only";
import { decode, type JWT } from "next-auth/jwt";
import { getEnv } from "@/env";
import { loadSessionUser, type SessionUser } from "@/server/auth/load-session-user";

// Sessions end 30 days after sign-in whatever the activity: next-auth would otherwise renew forever.
export const SESSION_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

/** next-auth's cookie name: the `__Secure-` prefix is used whenever the app is served over https. */
export function sessionCookieName(): string {
  const secure = getEnv().APP_URL.startsWith("https://");
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/** What a session cookie claims, before the database confirms it: whose it is, and its version. */
export type SessionClaims = { userId: string; sessionVersion: number };

/** The token's claims, or null when it is malformed or older than a session may live. */
export function sessionClaimsFromToken(token: JWT | null): SessionClaims | null {
  if (!token || !token.sub || token.sessionVersion === undefined) return null;
  const age = Math.floor(Date.now() / 1000) - (token.signedInAt ?? 0);
  if (age > SESSION_LIFETIME_SECONDS) return null;
  return { userId: token.sub, sessionVersion: token.sessionVersion };
}

/**
 * The member a session token stands for, or null when it is too old, was revoked by a password
 * change, or belongs to a disabled account. Checked on every read.
 */
export async function sessionUserFromToken(token: JWT | null): Promise<SessionUser | null> {
  const claims = sessionClaimsFromToken(token);
  return claims ? loadSessionUser(claims.userId, claims.sessionVersion) : null;
}

export async function decodeSessionCookie(value: string | undefined): Promise<JWT | null> {
  if (!value) return null;
  return decode({ token: value, secret: getEnv().AUTH_SECRET }).catch(() => null);
}
