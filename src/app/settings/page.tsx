import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmailSettingsForm } from "@/components/account-email/email-settings-form";
import { ResendVerificationButton } from "@/components/account-email/resend-verification-button";
import { AppHeader } from "@/components/layout/app-header";
import { PasswordForm } from "@/components/settings/password-form";
import { PhotoForm } from "@/components/settings/photo-form";
import { PreferencesForm } from "@/components/settings/preferences-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { SignOutEverywhere } from "@/components/settings/sign-out-everywhere";
import { PushPrompt } from "@/components/push/push-prompt";
import { YourData } from "@/components/settings/your-data";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { findEmailSettings } from "@/server/users/find-email-settings";
import { pushConfig } from "@/server/push/push-config";
import { findOwnSettings } from "@/server/users/find-own-settings";
import { deleteAccountAction } from "./account-actions";
import { changePasswordAction, updatePreferencesAction, updateProfileAction } from "./actions";
import { resendVerificationAction, updateEmailSettingsAction } from "./email-actions";
import { removeProfilePhotoAction } from "./photo-actions";
import { signOutEverywhereAction } from "./session-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("title") };
}

export default async function SettingsPage() {
  const caller = await requireCallerOrRedirect("/settings");
  const [settings, email] = await Promise.all([
    findOwnSettings({ actorId: caller.id }),
    findEmailSettings({ actorId: caller.id }),
  ]);
  if (!settings || !email) notFound();
  const t = await getTranslations("settings");
  const emailText = await getTranslations("accountEmail");
  const photos = await getTranslations("photos");
  const push = await getTranslations("push");
  const privacy = await getTranslations("privacy");
  const vapidPublicKey = pushConfig()?.publicKey ?? null;
  const sections = "rounded-2xl bg-white p-6 shadow-sm";

  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <h1 className="text-3xl font-extrabold tracking-tight">{t("title")}</h1>
        <section aria-labelledby="photo-heading" className={sections}>
          <h2 id="photo-heading" className="mb-4 text-lg font-semibold">
            {photos("heading")}
          </h2>
          <PhotoForm
            userId={caller.id}
            displayName={settings.displayName}
            photoVersion={settings.photo?.version ?? null}
            removeAction={removeProfilePhotoAction}
          />
        </section>
        <section aria-labelledby="profile-heading" className={sections}>
          <h2 id="profile-heading" className="mb-4 text-lg font-semibold">
            {t("profile")}
          </h2>
          <ProfileForm action={updateProfileAction} settings={settings} />
        </section>
        <section aria-labelledby="preferences-heading" className={sections}>
          <h2 id="preferences-heading" className="mb-4 text-lg font-semibold">
            {t("languageAndTimeZone")}
          </h2>
          <PreferencesForm
            action={updatePreferencesAction}
            locale={settings.locale}
            timeZone={settings.timeZone}
            timeZones={[
              "UTC",
              ...Intl.supportedValuesOf("timeZone").filter((zone) => zone !== "UTC"),
            ]}
          />
        </section>
        {vapidPublicKey && (
          <section aria-labelledby="push-heading" className={sections}>
            <h2 id="push-heading" className="mb-4 text-lg font-semibold">
              {push("settingsHeading")}
            </h2>
            <PushPrompt vapidPublicKey={vapidPublicKey} variant="settings" />
          </section>
        )}
        <section aria-labelledby="password-heading" className={sections}>
          <h2 id="password-heading" className="mb-4 text-lg font-semibold">
            {t("password")}
          </h2>
          <PasswordForm action={changePasswordAction} username={settings.username} />
        </section>
        <section aria-labelledby="sessions-heading" className={sections}>
          <h2 id="sessions-heading" className="mb-4 text-lg font-semibold">
            {t("sessions")}
          </h2>
          <SignOutEverywhere action={signOutEverywhereAction} />
        </section>
        <section aria-labelledby="data-heading" className={sections}>
          <h2 id="data-heading" className="mb-4 text-lg font-semibold">
            {privacy("heading")}
          </h2>
          <YourData deleteAction={deleteAccountAction} username={settings.username} />
        </section>
        <section id="email" aria-labelledby="email-heading" className={sections}>
          <h2 id="email-heading" className="mb-4 text-lg font-semibold">
            {emailText("settingsHeading")}
          </h2>
          {email.enabled ? (
            <div className="flex flex-col gap-6">
              <div className="flex flex-col gap-2">
                <p>
                  {email.isVerified
                    ? emailText("addressConfirmed", { email: email.email })
                    : emailText("addressUnconfirmed", { email: email.email })}
                </p>
                {!email.isVerified && (
                  <ResendVerificationButton action={resendVerificationAction} />
                )}
              </div>
              <EmailSettingsForm
                action={updateEmailSettingsAction}
                emailWhenLive={email.emailWhenLive}
                isVerified={email.isVerified}
              />
            </div>
          ) : (
            <p className="text-sm text-ink-600">
              {emailText("emailOffOnServer", { email: email.email })}
            </p>
          )}
        </section>
      </main>
    </>
  );
}
