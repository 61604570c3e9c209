"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { BioField } from "@/components/settings/bio-field";
import { TopicsField } from "@/components/settings/topics-field";
import { useSubmitWithoutReset } from "@/components/forms/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";
import type { OnboardingProfile } from "@/server/invites/find-onboarding-profile";

type OnboardingResult = ActionResult<null>;

type OnboardingFormProps = {
  action: (previous: OnboardingResult, formData: FormData) => Promise<OnboardingResult>;
  profile: OnboardingProfile;
};

export function OnboardingForm({ action, profile }: OnboardingFormProps) {
  const t = useTranslations("signup");
  const [state, dispatch, pending] = useActionState(action, initialActionState);
  const submit = useSubmitWithoutReset(dispatch);
  const fieldErrors = state.ok ? {} : state.fieldErrors;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <BioField defaultValue={profile.bio} errors={fieldErrors.bio} />
      <TopicsField selected={profile.topics} errors={fieldErrors.topics} />
      <p role="status" className="min-h-5 text-sm font-medium text-red-700">
        {state.ok ? "" : state.message}
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("continueToHallway")}
        </Button>
        <Link href="/" className="text-sm font-semibold text-ink-600 underline">
          {t("skipForNow")}
        </Link>
      </div>
    </form>
  );
}
