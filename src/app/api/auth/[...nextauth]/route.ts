// GET, POST /api/auth/* — next-auth (sign-in, sign-out, session), with sign-in back-off answered as 429
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { getEnv } from "@/env";
import { formText } from "@/lib/form-data";
import { throttleKeys } from "@/server/auth/authenticate";
import { authOptions } from "@/server/auth/auth-options";
import { clientIp } from "@/server/auth/client-ip";
import { secondsUntilAllowed } from "@/server/auth/throttle";

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
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request.clone().formData();
    const identifier = formText(form, "identifier");
    const keys = await throttleKeys(identifier, clientIp(request.headers));
    const wait = await secondsUntilAllowed(keys);
    if (wait > 0) {
      // next-auth's client reads `url` for the error; people read the message.
      const url = new URL("/sign-in", getEnv().APP_URL);
      url.searchParams.set("error", "RateLimited");
      return NextResponse.json(
        {
          url: url.toString(),
          error: {
            code: "RATE_LIMITED",
            message: `Too many attempts. Try again in ${wait} seconds.`,
          },
        },
        { status: 429, headers: { "Retry-After": String(wait) } },
      );
    }
  }
  return nextAuth(request, context);
}
