import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { findOwnSettings } from "@/server/users/find-own-settings";
import { changePasswordAction, updateProfileAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const caller = await requireCallerOrRedirect("/settings");
  const settings = await findOwnSettings({ actorId: caller.id });
  if (!settings) notFound();

  return (
    <>
      <AppHeader caller={caller} />
      <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <h1 className="text-3xl font-extrabold tracking-tight">Settings</h1>
        <section aria-labelledby="profile-heading" className="rounded-2xl bg-white p-6 shadow-sm">
          <h2 id="profile-heading" className="mb-4 text-lg font-semibold">
            Profile
          </h2>
          <ProfileForm action={updateProfileAction} settings={settings} />
        </section>
        <section aria-labelledby="password-heading" className="rounded-2xl bg-white p-6 shadow-sm">
          <h2 id="password-heading" className="mb-4 text-lg font-semibold">
            Password
          </h2>
          <PasswordForm action={changePasswordAction} username={settings.username} />
        </section>
      </main>
    </>
  );
}
