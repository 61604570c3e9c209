import "server-only";
import { appLink } from "@/server/email/app-link";
import { emailTranslator, renderEmail } from "@/server/email/render-email";
import type { OutgoingEmail } from "@/server/email/send-email";

export type PasswordResetEmailOptions = {
  to: string;
  locale: string | null;
  displayName: string;
  username: string;
  token: string;
};

/** The reset link: one button to /reset-password/<token>, valid once for 30 minutes. */
export function buildPasswordResetEmail(options: PasswordResetEmailOptions): OutgoingEmail {
  const { locale, t } = emailTranslator(options.locale);
  return renderEmail({
    to: options.to,
    locale,
    subject: t("passwordReset.subject"),
    greeting: t("greeting", { name: options.displayName }),
    lines: [t("passwordReset.asked", { username: options.username })],
    action: {
      label: t("passwordReset.action"),
      url: appLink(`/reset-password/${options.token}`),
    },
    footer: [t("passwordReset.expiry"), t("passwordReset.ignore")],
  });
}
