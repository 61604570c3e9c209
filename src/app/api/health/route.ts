// GET /api/health — liveness: the app process is up and serving (touches no database or LiveKit)
import { NextResponse } from "next/server";

// Evaluated on every request, so load balancers see this instance, not a build-time snapshot.
export const dynamic = "force-dynamic";

export function GET(): Response {
  return NextResponse.json({ ok: true });
}
