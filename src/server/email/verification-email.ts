import "server-only";
import { appLink } from "@/server/email/app-link";
import { emailTranslator, renderEmail } from "@/server/email/render-email";
import type { OutgoingEmail } from "@/server/email/send-email";

export type VerificationEmailOptions = {
  to: string;
  locale: string | null;
  displayName: string;
  token: string;
};

/** The link that confirms an address: /verify-email/<token>, valid for 48 hours. */
export function buildVerificationEmail(options: VerificationEmailOptions): OutgoingEmail {
  const { locale, t } = emailTranslator(options.locale);
  return renderEmail({
    to: options.to,
    locale,
    subject: t("verify.subject"),
    greeting: t("greeting", { name: options.displayName }),
    lines: [t("verify.why", { email: options.to })],
    action: { label: t("verify.action"), url: appLink(`/verify-email/${options.token}`) },
    footer: [t("verify.expiry"), t("verify.ignore")],
  });
}
