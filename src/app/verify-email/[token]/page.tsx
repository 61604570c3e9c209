import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmEmailForm } from "@/components/account-email/confirm-email-form";
import { PublicShell } from "@/components/signup/public-shell";
import { confirmEmailAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountEmail");
  return { title: t("verifyPageTitle") };
}

type Props = { params: Promise<{ token: string }> };

// The link is the permission (it may be opened on another device, signed out); the button spends it.
export default async function VerifyEmailPage({ params }: Props) {
  const { token } = await params;
  const t = await getTranslations("accountEmail");
  return (
    <PublicShell>
      <h1 className="text-3xl font-extrabold tracking-tight">{t("verifyTitle")}</h1>
      <section className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm">
        <p className="text-sm text-ink-600">{t("verifyIntro")}</p>
        <ConfirmEmailForm action={confirmEmailAction} token={token} />
      </section>
    </PublicShell>
  );
}
