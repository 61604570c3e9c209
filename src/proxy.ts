// Runs before every page request: a fresh CSP nonce and the security headers. API routes are left
// out (see the matcher): their headers are static (next.config.ts) and their writes are checked
// by the route wrappers (src/server/http/refuse-cross-site.ts), so a JSON call does not pay for
// Next's middleware adapter, which cost more than the whole bare route.
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/env";
import { baseSecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/security/headers";

export function proxy(request: NextRequest): NextResponse {
  const env = getEnv();
  const isProduction = env.NODE_ENV === "production";
  const nonce = newNonce();
  const policy = contentSecurityPolicy({
    nonce,
    appUrl: env.APP_URL,
    livekitUrl: env.LIVEKIT_URL,
    isProduction,
    isDevelopment: env.NODE_ENV === "development",
  });
  // Next.js reads the nonce from the request's CSP header and stamps it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return withHeaders(response, baseSecurityHeaders(isProduction));
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build output and static files carry no user content, and API routes carry their own headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/).*)"],
};
