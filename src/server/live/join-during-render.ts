import "server-only";
import { cookies, headers } from "next/headers";
import { LIVE_ROOM_COOKIE } from "@/lib/live-room-cookie";
import { AppError } from "@/server/errors";
import { findOtherLiveRoom } from "@/server/live/find-other-live-room";
import { joinRoom, type JoinedRoom } from "@/server/live/join-room";

export type JoinDuringRenderOptions = { roomId: string; userId: string };

/**
 * Joins while the room page renders, so the browser gets its token with the page instead of one
 * round trip after hydration. Never for a prefetch (the person has not opened the room: nothing is
 * minted and nobody is marked present), nor for a browser already in a room (the page then keeps
 * that session or asks before switching), nor for someone live in another room elsewhere (the
 * token request then asks them). Null means "ask for a token from the page", which stays
 * the path for every refusal, so the page explains it as before.
 */
export async function joinDuringRender(
  options: JoinDuringRenderOptions,
): Promise<JoinedRoom | null> {
  const [requestHeaders, requestCookies] = await Promise.all([headers(), cookies()]);
  if (isPrefetch(requestHeaders) || requestCookies.has(LIVE_ROOM_COOKIE)) return null;
  // In another live room from another device: the page asks before anything leaves it.
  if (await findOtherLiveRoom(options)) return null;
  try {
    return await joinRoom(options);
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/** Next's router prefetches and the browser's own (speculation rules, <link rel=prefetch>). */
function isPrefetch(requestHeaders: Headers): boolean {
  if (requestHeaders.has("next-router-prefetch")) return true;
  if (requestHeaders.has("next-router-segment-prefetch")) return true;
  const purpose = `${requestHeaders.get("sec-purpose") ?? ""} ${requestHeaders.get("purpose") ?? ""}`;
  return /prefetch|prerender/i.test(purpose);
}
