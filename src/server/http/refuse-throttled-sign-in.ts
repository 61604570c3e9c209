import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { getEnv } from "@/env";
import { formText } from "@/lib/form-data";
import { secondsUntilSignInAllowed } from "@/server/auth/authenticate";
import { AppError } from "@/server/errors";
import { errorResponse } from "@/server/http/error-response";
import { clientIp } from "@/server/rate-limit/client-ip";

/**
 * A 429 with Retry-After for a password sign-in that is still backing off, or null to let
 * next-auth handle it. next-auth would answer a refused sign-in with a bare 401, so the back-off is
 * checked here, before it.
 */
export async function refuseThrottledSignIn(request: NextRequest): Promise<Response | null> {
  // next-auth's sign-in form posts form data; anything else is refused here rather than thrown.
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  if (!form) {
    return errorResponse(
      new AppError("BAD_REQUEST", {
        message: "sign-in body is not form data",
        key: "signInWithForm",
      }),
    );
  }
  const wait = await secondsUntilSignInAllowed(
    formText(form, "identifier"),
    clientIp(request.headers),
  );
  if (wait <= 0) return null;
  // next-auth's client reads `url` for the error (and passes on nothing else, so the wait rides
  // in the code: the form counts it down); people read the message.
  const url = new URL("/sign-in", getEnv().APP_URL);
  url.searchParams.set("error", `RateLimited:${wait}`);
  return NextResponse.json(
    {
      url: url.toString(),
      error: { code: "RATE_LIMITED", message: `Too many attempts. Try again in ${wait} seconds.` },
    },
    { status: 429, headers: { "Retry-After": String(wait) } },
  );
}
