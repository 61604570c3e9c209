import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/signup/public-shell";
import { OnboardingForm } from "@/components/signup/onboarding-form";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { findOnboardingProfile } from "@/server/invites/find-onboarding-profile";
import { completeOnboardingAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signup");
  return { title: t("welcomePageTitle") };
}

export default async function WelcomePage() {
  const caller = await requireCallerOrRedirect("/welcome");
  const profile = await findOnboardingProfile({ actorId: caller.id });
  const t = await getTranslations("signup");

  return (
    <PublicShell>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-extrabold tracking-tight">
          {t("welcomeTitle", { name: profile.displayName })}
        </h1>
        <p className="text-ink-600">{t("welcomeText")}</p>
      </div>
      <section aria-label={t("aboutYou")} className="rounded-2xl bg-white p-6 shadow-sm">
        <OnboardingForm action={completeOnboardingAction} profile={profile} />
      </section>
    </PublicShell>
  );
}
