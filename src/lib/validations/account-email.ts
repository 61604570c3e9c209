import { z } from "zod";
import { errorKey } from "@/lib/error-key";
import { emailSchema, passwordSchema } from "@/lib/validations/signup";

// Forms of the email features (docs/email.md): forgot password, the reset link, the verification
// link and the email settings. Shared by the forms and the server actions.

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

/** A mailed link's token as it arrives from the page (its shape is checked where it is used). */
const tokenField = z.string().trim().min(1, errorKey("resetLinkInvalid")).max(128);

export const resetPasswordSchema = z
  .object({
    token: tokenField,
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    message: errorKey("passwordsDiffer"),
  });

export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const confirmEmailSchema = z.object({ token: tokenField });

export type ConfirmEmailInput = z.infer<typeof confirmEmailSchema>;

/** The switch posts "on" when on and nothing when off. */
export const emailSettingsSchema = z.object({
  emailWhenLive: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
});

export type EmailSettingsInput = z.infer<typeof emailSettingsSchema>;

export const resendVerificationSchema = z.object({});
