import { z } from "zod";
import { isWellFormedInviteCode, normalizeInviteCode } from "@/lib/invite-code";

export const INVALID_INVITE_MESSAGE =
  "This invite link isn't valid any more. Ask the person who invited you for a new one.";

// A mistyped code says so (that reveals nothing about which codes exist); a well-formed code that
// does not work gets the one message above, whatever the reason.
export const inviteCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter the code from your invite.")
    .max(64, "Invite codes look like ABC234-DEF567-GHJ789.")
    .transform(normalizeInviteCode)
    .refine(
      isWellFormedInviteCode,
      "Invite codes have 18 letters and digits, like ABC234-DEF567-GHJ789.",
    ),
});

export type InviteCodeInput = z.infer<typeof inviteCodeSchema>;

export const revokeInviteSchema = z.object({ inviteId: z.uuid("That invite could not be found.") });

export type RevokeInviteInput = z.infer<typeof revokeInviteSchema>;

// Creating an invite takes no input; the schema still rejects nothing and documents that.
export const createInviteSchema = z.object({});
