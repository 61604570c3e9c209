import "server-only";
import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { getEnv } from "@/env";
import { refuseCrossSiteWrite } from "@/lib/security/cross-site-write";

/**
 * The answer to an API write that comes from another site or is not JSON, or null to carry on.
 * Every API write handler starts here (through the route wrappers), before reading a cookie or a
 * body, so a refused request touches nothing.
 */
export function refuseCrossSite(request: NextRequest): Response | null {
  const refusal = refuseCrossSiteWrite(
    { method: request.method, pathname: request.nextUrl.pathname, headers: request.headers },
    getEnv().APP_URL,
  );
  if (!refusal) return null;
  return NextResponse.json(
    { error: { code: refusal.code, message: refusal.message } },
    { status: refusal.status },
  );
}
