import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { getEnv } from "@/env";
import { SESSION_ATTRIBUTE } from "@/lib/live/attributes";

/*
 * Which account session a LiveKit token was minted for. A password change, "sign out everywhere"
 * and disabling an account move the account's session version on; LiveKit cannot revoke a token
 * and copies a participant's attributes into every refresh token it hands out
 * (roommanager.go refreshToken), so the version a token was minted for travels with every token
 * descended from it. The judge (judge-participant.ts) removes anyone whose stamp is not the
 * account's current one. The stamp is keyed (HMAC), not the bare number: attributes are seen by
 * everyone in the room, and how often someone ended their sessions is nobody else's business.
 */

export function sessionStamp(userId: string, sessionVersion: number): string {
  return createHmac("sha256", getEnv().AUTH_SECRET)
    .update(`hearth:livekit-session:${userId}:${sessionVersion}`)
    .digest("base64url")
    .slice(0, 22);
}

/** The attribute a token minted for this session carries. */
export function sessionStampAttribute(
  userId: string,
  sessionVersion: number,
): Record<string, string> {
  return { [SESSION_ATTRIBUTE]: sessionStamp(userId, sessionVersion) };
}

/**
 * Whether a participant's attributes carry the stamp of the account's current session version.
 * A token minted before stamps existed carries none; it passes only for an account whose sessions
 * were never ended (version 0), so an ended session's old token never does.
 */
export function isCurrentSession(
  attributes: Readonly<Record<string, string>> | undefined,
  userId: string,
  sessionVersion: number,
): boolean {
  const held = attributes?.[SESSION_ATTRIBUTE];
  if (held === undefined || held === "") return sessionVersion === 0;
  const wanted = Buffer.from(sessionStamp(userId, sessionVersion));
  const given = Buffer.from(held);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
