"use server";

import { refresh } from "next/cache";
import { emailSettingsSchema, resendVerificationSchema } from "@/lib/validations/account-email";
import { withAuthAction } from "@/server/actions/with-auth-action";
import { findActionLocale } from "@/server/i18n/request-locale";
import { sendVerificationEmail } from "@/server/users/send-verification-email";
import { updateEmailSettings } from "@/server/users/update-email-settings";

export const resendVerificationAction = withAuthAction(
  resendVerificationSchema,
  async (_input, caller) => {
    const sent = await sendVerificationEmail({
      userId: caller.id,
      locale: await findActionLocale(),
      isResend: true,
    });
    return { sent };
  },
);

export const updateEmailSettingsAction = withAuthAction(
  emailSettingsSchema,
  async (input, caller) => {
    const saved = await updateEmailSettings({ actorId: caller.id, input });
    refresh();
    return saved;
  },
);
