import "server-only";
import { createHash, randomInt } from "node:crypto";
import { formatInviteCode, INVITE_ALPHABET, INVITE_CODE_LENGTH } from "@/lib/invite-code";

/** A fresh code (about 89 bits), formatted for display as three dash-separated groups. */
export function generateInviteCode(): string {
  const chars = Array.from(
    { length: INVITE_CODE_LENGTH },
    () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)],
  );
  return formatInviteCode(chars.join(""));
}

// Codes carry enough entropy that a fast hash cannot be brute-forced; a slow one would only add latency.
export function hashInviteCode(normalized: string): string {
  return createHash("sha256").update(normalized).digest("hex");
}
