import { z } from "zod";
import { errorKey } from "@/lib/error-key";

/** Deleting an account asks for the password again, so a borrowed session cannot do it. */
export const deleteAccountSchema = z.object({
  password: z.string().min(1, errorKey("enterCurrentPassword")).max(256),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

/** Signing out everywhere takes nothing but the click that confirmed it. */
export const signOutEverywhereSchema = z.object({});
