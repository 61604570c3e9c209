import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/account-email/forgot-password-form";
import { PublicShell } from "@/components/signup/public-shell";
import { isEmailEnabled } from "@/server/email/send-email";
import { requestPasswordResetAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountEmail");
  return { title: t("forgotPageTitle") };
}

// Open to anyone, signed in or not: the answer never says whether an address has an account.
export default async function ForgotPasswordPage() {
  const t = await getTranslations("accountEmail");
  return (
    <PublicShell>
      <h1 className="text-3xl font-extrabold tracking-tight">{t("forgotTitle")}</h1>
      <section className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm">
        {isEmailEnabled() ? (
          <>
            <p className="text-sm text-ink-600">{t("forgotIntro")}</p>
            <ForgotPasswordForm action={requestPasswordResetAction} />
          </>
        ) : (
          <p>{t("emailUnavailable")}</p>
        )}
      </section>
      <Link href="/sign-in" className="text-sm font-semibold text-ember-700 underline">
        {t("backToSignIn")}
      </Link>
    </PublicShell>
  );
}
