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

/**
 * What a session cookie claims, before the database confirms it: whose it is, its version, and
 * which sign-in it came from (`sessionKey`: the id minted at sign-in; cookies from before it
 * existed are told apart by their sign-in second).
 */
export type SessionClaims = { userId: string; sessionVersion: number; sessionKey: string };

/** The token's claims, or null when it is malformed or older than a session may live. */
export function sessionClaimsFromToken(token: JWT | null): SessionClaims | null {
  if (!token || !token.sub || token.sessionVersion === undefined) return null;
  const age = Math.floor(Date.now() / 1000) - (token.signedInAt ?? 0);
  if (age > SESSION_LIFETIME_SECONDS) return null;
  const sessionKey =
    token.sessionId ?? `${token.sub}:${token.sessionVersion}:${token.signedInAt ?? 0}`;
  return { userId: token.sub, sessionVersion: token.sessionVersion, sessionKey };
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
