import { z } from "zod/mini";
import { decodeLiveMessage } from "./messages";

// What the app tells particular people in a room about a stage change that concerns them, sent by
// the server through LiveKit (`sendData` to named identities) on its own topic: the person a
// moderator acted on ("Nora muted you"), and the moderators when someone answers an invitation to
// speak ("Leo declined to speak"). Browsers cannot publish data, so only the server speaks here.

export const STAGE_NOTICE_TOPIC = "hearth.stage";

/** How long a listener has to answer an invitation to speak; silence counts as "Not now". */
export const SPEAK_INVITE_TTL_MS = 60_000;

/** Whether an invitation made at `invitedAt` may still be accepted at `now` (the server's clock). */
export function isSpeakInviteLive(invitedAt: Date | null, now: Date): invitedAt is Date {
  return invitedAt !== null && now.getTime() - invitedAt.getTime() <= SPEAK_INVITE_TTL_MS;
}

export const STAGE_NOTICE_KINDS = [
  // Told to the person acted on.
  "muted",
  "movedToAudience",
  "madeModerator",
  // Told to the room's moderators.
  "inviteAccepted",
  "inviteDeclined",
] as const;
export type StageNoticeKind = (typeof STAGE_NOTICE_KINDS)[number];

export const stageNoticeSchema = z.object({
  type: z.literal("stage"),
  id: z.uuid(),
  kind: z.enum(STAGE_NOTICE_KINDS),
  /** Who did it: the moderator who muted or moved, or the listener who answered. */
  actorId: z.string().check(z.minLength(1), z.maxLength(64)),
  actorName: z.string().check(z.maxLength(100)),
  sentAt: z.int().check(z.nonnegative()),
});
export type StageNotice = z.infer<typeof stageNoticeSchema>;

export function encodeStageNotice(notice: StageNotice): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(notice));
}

/** The notice in a payload, or null when it is not one. */
export function decodeStageNotice(payload: Uint8Array): StageNotice | null {
  return decodeLiveMessage(stageNoticeSchema, payload);
}
