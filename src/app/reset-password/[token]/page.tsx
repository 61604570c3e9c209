import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/account-email/reset-password-form";
import { PublicShell } from "@/components/signup/public-shell";
import { findPasswordResetToken } from "@/server/auth/reset-password";
import { resetPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountEmail");
  return { title: t("resetPageTitle") };
}

type Props = { params: Promise<{ token: string }> };

// Opening the link spends nothing (mail scanners fetch links); only the form's submission does.
export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const usable = await findPasswordResetToken(token);
  const t = await getTranslations("accountEmail");
  return (
    <PublicShell>
      <h1 className="text-3xl font-extrabold tracking-tight">{t("resetTitle")}</h1>
      <section className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm">
        {usable ? (
          <>
            <p className="text-sm text-ink-600">{t("resetIntro", { username: usable.username })}</p>
            <ResetPasswordForm
              action={resetPasswordAction}
              token={token}
              username={usable.username}
            />
          </>
        ) : (
          <>
            <p className="font-medium text-red-700">{t("resetLinkDead")}</p>
            <Link
              href="/forgot-password"
              className="text-sm font-semibold text-ember-700 underline"
            >
              {t("requestNewLink")}
            </Link>
          </>
        )}
      </section>
    </PublicShell>
  );
}
