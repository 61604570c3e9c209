import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/auth-options";
import {
  decodeSessionCookie,
  sessionCookieName,
  sessionUserFromToken,
} from "@/server/auth/session-token";
import type { SessionUser } from "@/server/auth/load-session-user";
import { AppError } from "@/server/errors";

export type Caller = SessionUser;

/** The signed-in member making this request, or null. */
export async function findCaller(): Promise<Caller | null> {
  const session = await getServerSession(authOptions());
  return session?.user ?? null;
}

/**
 * For route handlers: the caller read from the request's own session cookie, or a 401. Reading
 * the request (not next/headers) keeps handlers callable from integration tests with a real cookie.
 */
export async function requireCallerOf(request: NextRequest): Promise<Caller> {
  const token = await decodeSessionCookie(request.cookies.get(sessionCookieName())?.value);
  return (await sessionUserFromToken(token)) ?? unauthorized();
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
