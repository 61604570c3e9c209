// GET, POST /api/auth/* — next-auth (sign-in, sign-out, session), with sign-in back-off answered as 429
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/server/auth/auth-options";
import { bufferLimitedRequest, PUBLIC_BODY_LIMITS } from "@/server/http/limit-body";
import { refuseCrossSite } from "@/server/http/refuse-cross-site";
import { refuseThrottledSignIn } from "@/server/http/refuse-throttled-sign-in";

type Context = { params: Promise<{ nextauth: string[] }> };

type RouteHandler = (request: NextRequest, context: Context) => Promise<Response>;

function nextAuth(request: NextRequest, context: Context): Promise<Response> {
  // next-auth v4 declares its App Router handler as `any`; this is its documented signature.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
  const handler: RouteHandler = NextAuth(authOptions());
  return handler(request, context);
}

export function GET(request: NextRequest, context: Context) {
  return nextAuth(request, context);
}

export async function POST(request: NextRequest, context: Context) {
  // next-auth checks its own CSRF token; on top, its forms are posted only from the app's pages.
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  // Nobody is signed in yet: read at most a small body, once, before the throttle or next-auth.
  const limited = await bufferLimitedRequest(request, PUBLIC_BODY_LIMITS.signIn);
  if (!limited.ok) return limited.response;
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const refusal = await refuseThrottledSignIn(limited.request);
    if (refusal) return refusal;
  }
  return nextAuth(limited.request, context);
}
