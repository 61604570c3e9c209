import { z } from "zod";
import { errorKey } from "@/lib/error-key";

/** Emails and usernames are stored lower-cased; people type them any way they like. */
export function normalizeIdentifier(identifier: string): string {
  return identifier.trim().toLowerCase();
}

export const signInSchema = z.object({
  identifier: z.string().trim().min(1, errorKey("enterIdentifier")).max(254),
  password: z.string().min(1, errorKey("enterPassword")).max(256),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** The sign-in error next-auth hands the form for a disabled account whose password was right. */
export const ACCOUNT_DISABLED_CODE = "AccountDisabled";
