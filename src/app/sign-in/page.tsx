import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeReturnPath } from "@/lib/safe-return-path";
import { findCaller } from "@/server/auth/get-caller";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInPageTitle") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  if (await findCaller()) redirect(returnTo);
  const t = await getTranslations("auth");
  return (
    <main id="main-content" className="mx-auto flex max-w-sm flex-col gap-6 px-6 py-16">
      <h1 className="text-3xl font-extrabold tracking-tight">{t("signInTitle")}</h1>
      <SignInForm returnTo={returnTo} />
      <p className="text-sm text-ink-600">{t("newHere")}</p>
    </main>
  );
}
