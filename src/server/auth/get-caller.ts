import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/server/auth/auth-options";
import type { SessionUser } from "@/server/auth/load-session-user";
import { AppError } from "@/server/errors";

export type Caller = SessionUser;

/** The signed-in member making this request, or null. */
export async function findCaller(): Promise<Caller | null> {
  const session = await getServerSession(authOptions());
  return session?.user ?? null;
}

/** For route handlers and actions: the caller, or a 401. */
export async function requireCaller(): Promise<Caller> {
  const caller = await findCaller();
  if (!caller) {
    throw new AppError("UNAUTHORIZED", { userMessage: "Sign in to continue." });
  }
  return caller;
}

/** For pages: the caller, or a redirect to sign-in that comes back here afterwards. */
export async function requireCallerOrRedirect(returnTo: string): Promise<Caller> {
  const caller = await findCaller();
  if (!caller) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return caller;
}
