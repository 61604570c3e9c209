import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { isWellFormedInviteCode, normalizeInviteCode } from "@/lib/invite-code";

/**
 * The English of the `errors.invite*` refusals the server answers (tests compare with them): each
 * says what happened to the invite, and a typed code is called a code (src/server/invites/redeem-guard.ts).
 */
export const INVITE_REFUSALS = {
  unknownLink:
    "This invite link doesn't match any invite. Check that you copied the whole link, or ask the person who invited you for a new one.",
  unknownCode:
    "No invite has this code. Check it against your invite, or ask the person who invited you for a new one.",
  malformedLink:
    "This invite link is cut short or mistyped: invite codes have 18 letters and digits, like ABC234-DEF567-GHJ789. Check that you copied the whole link.",
  used: "This invite has already been used: each invite makes one account. If that account is yours, sign in; otherwise ask for a new invite.",
  expired: "This invite has expired. Ask the person who invited you for a new one.",
  revoked: "The person who sent this invite withdrew it. Ask them for a new one.",
  inviterGone:
    "The member who sent this invite can't invite people any more. Ask another member for an invite.",
} as const;

// A mistyped code says so here, before any lookup; a well-formed code that does not work is told
// by the server why (INVITE_REFUSALS).
export const inviteCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, errorKey("enterInviteCode"))
    .max(64, errorKey("inviteCodeShape"))
    .transform(normalizeInviteCode)
    .refine(isWellFormedInviteCode, errorKey("inviteCodeLength")),
});

export type InviteCodeInput = z.infer<typeof inviteCodeSchema>;

export const revokeInviteSchema = z.object({ inviteId: z.uuid(errorKey("inviteNotFound")) });

export type RevokeInviteInput = z.infer<typeof revokeInviteSchema>;

// Creating an invite takes no input; the schema still rejects nothing and documents that.
export const createInviteSchema = z.object({});
