import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { isWellFormedInviteCode, normalizeInviteCode } from "@/lib/invite-code";

/** The English of the `errors.inviteInvalid` message the server answers (tests compare with it). */
export const INVALID_INVITE_MESSAGE =
  "This invite link isn't valid any more. Ask the person who invited you for a new one.";

// A mistyped code says so (that reveals nothing about which codes exist); a well-formed code that
// does not work gets the one message above, whatever the reason.
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
