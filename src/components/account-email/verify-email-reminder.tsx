import { useTranslations } from "next-intl";
import { ResendVerificationButton } from "@/components/account-email/resend-verification-button";
import type { FormAction } from "@/server/actions/action-result";

type VerifyEmailReminderProps = { email: string; resendAction: FormAction<{ sent: boolean }> };

/**
 * The hallway's reminder for a member whose address is not confirmed yet: everything works
 * without it, but no email (a reset link aside) reaches an address nobody confirmed.
 */
export function VerifyEmailReminder({ email, resendAction }: VerifyEmailReminderProps) {
  const t = useTranslations("accountEmail");
  return (
    <div className="mx-auto max-w-5xl px-4 pt-4">
      <aside
        aria-label={t("reminderLabel")}
        className="flex flex-col gap-2 rounded-2xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-ink-900"
      >
        <p>{t("reminder", { email })}</p>
        <ResendVerificationButton action={resendAction} />
      </aside>
    </div>
  );
}
