import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/safe-return-path";
import { findCaller } from "@/server/auth/get-caller";
import { isEmailEnabled } from "@/server/email/send-email";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInPageTitle") };
}

type Props = {
  searchParams: Promise<{ callbackUrl?: string | string[]; reset?: string | string[] }>;
};

export default async function SignInPage({ searchParams }: Props) {
  const query = await searchParams;
  const returnTo = safeReturnPath(query.callbackUrl);
  if (await findCaller()) redirect(returnTo);
  const t = await getTranslations("auth");
  const email = await getTranslations("accountEmail");
  return (
    <main id="main-content" className="mx-auto flex max-w-sm flex-col gap-6 px-6 py-16">
      <h1 className="text-3xl font-extrabold tracking-tight">{t("signInTitle")}</h1>
      {query.reset === "done" && (
        <p
          role="status"
          className="rounded-xl bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-800"
        >
          {email("passwordWasReset")}
        </p>
      )}
      <SignInForm returnTo={returnTo} />
      {isEmailEnabled() && (
        <Link
          href="/forgot-password"
          className="self-start text-sm font-semibold text-ember-700 underline"
        >
          {email("forgotLink")}
        </Link>
      )}
      <p className="text-sm text-ink-600">{t("newHere")}</p>
    </main>
  );
}
