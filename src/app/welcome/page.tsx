import type { Metadata } from "next";
import { PublicShell } from "@/components/signup/public-shell";
import { OnboardingForm } from "@/components/signup/onboarding-form";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { findOnboardingProfile } from "@/server/invites/find-onboarding-profile";
import { completeOnboardingAction } from "./actions";

export const metadata: Metadata = { title: "Welcome" };

export default async function WelcomePage() {
  const caller = await requireCallerOrRedirect("/welcome");
  const profile = await findOnboardingProfile({ actorId: caller.id });

  return (
    <PublicShell>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-extrabold tracking-tight">
          Welcome to Hearth, {profile.displayName}
        </h1>
        <p className="text-ink-600">
          Two quick things so people know who you are and we can show you rooms you will like. Both
          are optional, and you can change them later in Settings.
        </p>
      </div>
      <section aria-label="About you" className="rounded-2xl bg-white p-6 shadow-sm">
        <OnboardingForm action={completeOnboardingAction} profile={profile} />
      </section>
    </PublicShell>
  );
}
