import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CreateInvitePanel } from "@/components/invites/create-invite-panel";
import { InviteList } from "@/components/invites/invite-list";
import { AppHeader } from "@/components/layout/app-header";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { listInvites } from "@/server/invites/list-invites";
import { createInviteAction, revokeInviteAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invites");
  return { title: t("title") };
}

export default async function InvitesPage() {
  const caller = await requireCallerOrRedirect("/invites");
  const { invitesLeft, invites } = await listInvites({ actorId: caller.id });
  const t = await getTranslations("invites");

  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-col gap-1">
          <h1 className="text-3xl font-extrabold tracking-tight">{t("title")}</h1>
          <p className="text-ink-600">{t("intro")}</p>
        </div>
        <section
          aria-labelledby="new-invite-heading"
          className="rounded-2xl bg-white p-6 shadow-sm"
        >
          <h2 id="new-invite-heading" className="text-lg font-semibold">
            {t("inviteSomeone")}
          </h2>
          <p className="mt-1 mb-4 text-sm text-ink-600" aria-live="polite">
            {invitesLeft === "unlimited"
              ? t("unlimited")
              : t("invitesLeft", { count: invitesLeft })}
          </p>
          <CreateInvitePanel action={createInviteAction} canCreate={invitesLeft !== 0} />
        </section>
        <section aria-labelledby="sent-heading" className="rounded-2xl bg-white p-6 shadow-sm">
          <h2 id="sent-heading" className="text-lg font-semibold">
            {t("sent")}
          </h2>
          <p className="mt-1 mb-4 text-sm text-ink-600">{t("revokeGivesBack")}</p>
          <InviteList invites={invites} revokeAction={revokeInviteAction} />
        </section>
      </main>
    </>
  );
}
