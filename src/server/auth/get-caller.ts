import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { NextRequest } from "next/server";
import {
  decodeSessionCookie,
  sessionClaimsFromToken,
  sessionCookieName,
  sessionUserFromToken,
  type SessionClaims,
} from "@/server/auth/session-token";
import type { SessionUser } from "@/server/auth/load-session-user";
import { AppError } from "@/server/errors";

export type Caller = SessionUser;

/**
 * The signed-in member making this request, or null: the session cookie decoded, then the same
 * check next-auth's session callback makes (src/server/auth/auth-options.ts), without next-auth
 * re-encrypting a cookie that a page render cannot set anyway. Once per request, however many
 * parts of a render ask.
 */
export const findCaller = cache(async (): Promise<Caller | null> => {
  const token = await decodeSessionCookie((await cookies()).get(sessionCookieName())?.value);
  return sessionUserFromToken(token);
});

/**
 * For route handlers: the caller read from the request's own session cookie, or a 401. Reading
 * the request (not next/headers) keeps handlers callable from integration tests with a real cookie.
 */
export async function requireCallerOf(request: NextRequest): Promise<Caller> {
  const token = await decodeSessionCookie(request.cookies.get(sessionCookieName())?.value);
  return (await sessionUserFromToken(token)) ?? unauthorized();
}

/**
 * For a route whose one statement confirms the session itself (the join): the cookie's claims, or
 * a 401 when there is no readable, unexpired session. Whether the account is still enabled and the
 * session still current is left to that statement, which must refuse it otherwise.
 */
export async function requireSessionClaimsOf(request: NextRequest): Promise<SessionClaims> {
  const token = await decodeSessionCookie(request.cookies.get(sessionCookieName())?.value);
  return sessionClaimsFromToken(token) ?? unauthorized();
}

/** For server actions: the caller, or a 401. */
export async function requireCaller(): Promise<Caller> {
  return (await findCaller()) ?? unauthorized();
}

function unauthorized(): never {
  throw new AppError("UNAUTHORIZED", { key: "signInToContinue" });
}

/** For pages: the caller, or a redirect to sign-in that comes back here afterwards. */
export async function requireCallerOrRedirect(returnTo: string): Promise<Caller> {
  const caller = await findCaller();
  if (!caller) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return caller;
}
