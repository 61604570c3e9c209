// Runs before every request: security headers on every response (a fresh CSP nonce for pages),
// and API writes refused unless they are JSON from the app's own origin.
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/env";
import { refuseCrossSiteWrite } from "@/lib/security/cross-site-write";
import { baseSecurityHeaders, contentSecurityPolicy, newNonce } from "@/lib/security/headers";

export function proxy(request: NextRequest): NextResponse {
  const env = getEnv();
  const isProduction = env.NODE_ENV === "production";
  const { pathname } = request.nextUrl;

  if (pathname.startsWith("/api/")) {
    const refusal = refuseCrossSiteWrite(
      { method: request.method, pathname, headers: request.headers },
      env.APP_URL,
    );
    const response = refusal
      ? NextResponse.json(
          { error: { code: refusal.code, message: refusal.message } },
          { status: refusal.status },
        )
      : NextResponse.next();
    // JSON is never a document: nothing may run or be framed in it.
    response.headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    return withHeaders(response, baseSecurityHeaders(isProduction));
  }

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
  // Build output and static files carry no user content; everything else gets the headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
