import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InviteCodeForm } from "@/components/signup/invite-code-form";
import { PublicShell } from "@/components/signup/public-shell";
import { findCaller } from "@/server/auth/get-caller";
import { checkInviteCodeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signup");
  return { title: t("enterCodePageTitle") };
}

// One invite screen each: a visitor types the code they were given here; a member, who has no
// code to type, is sent to the invites they send (/invites).
export default async function EnterInviteCodePage() {
  if (await findCaller()) redirect("/invites");
  const t = await getTranslations("signup");
  return (
    <PublicShell>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-extrabold tracking-tight">{t("joinTitle")}</h1>
        <p className="text-ink-600">{t("joinText")}</p>
      </div>
      <section className="rounded-2xl bg-white p-6 shadow-sm">
        <InviteCodeForm action={checkInviteCodeAction} />
      </section>
    </PublicShell>
  );
}
