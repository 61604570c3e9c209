import { z } from "zod";

/** Emails and usernames are stored lower-cased; people type them any way they like. */
export function normalizeIdentifier(identifier: string): string {
  return identifier.trim().toLowerCase();
}

export const signInSchema = z.object({
  identifier: z.string().trim().min(1, "Enter your email or username.").max(254),
  password: z.string().min(1, "Enter your password.").max(256),
});

export type SignInInput = z.infer<typeof signInSchema>;
