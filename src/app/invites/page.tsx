import type { Metadata } from "next";
import { CreateInvitePanel } from "@/components/invites/create-invite-panel";
import { InviteList } from "@/components/invites/invite-list";
import { AppHeader } from "@/components/layout/app-header";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { listInvites } from "@/server/invites/list-invites";
import { createInviteAction, revokeInviteAction } from "./actions";

export const metadata: Metadata = { title: "Invites" };

export default async function InvitesPage() {
  const caller = await requireCallerOrRedirect("/invites");
  const { invitesLeft, invites } = await listInvites({ actorId: caller.id });

  return (
    <>
      <AppHeader caller={caller} />
      <main className="mx-auto flex max-w-2xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-col gap-1">
          <h1 className="text-3xl font-extrabold tracking-tight">Invites</h1>
          <p className="text-ink-600">
            Hearth grows by invitation. The people you invite start out following you, and you them.
          </p>
        </div>
        <section
          aria-labelledby="new-invite-heading"
          className="rounded-2xl bg-white p-6 shadow-sm"
        >
          <h2 id="new-invite-heading" className="text-lg font-semibold">
            Invite someone
          </h2>
          <p className="mt-1 mb-4 text-sm text-ink-600" aria-live="polite">
            {invitesLeft === "unlimited"
              ? "You have unlimited invites."
              : `You have ${invitesLeft} ${invitesLeft === 1 ? "invite" : "invites"} left.`}
          </p>
          <CreateInvitePanel action={createInviteAction} canCreate={invitesLeft !== 0} />
        </section>
        <section aria-labelledby="sent-heading" className="rounded-2xl bg-white p-6 shadow-sm">
          <h2 id="sent-heading" className="text-lg font-semibold">
            Invites you sent
          </h2>
          <p className="mt-1 mb-4 text-sm text-ink-600">
            Revoking an invite nobody has used gives it back to you.
          </p>
          <InviteList invites={invites} revokeAction={revokeInviteAction} />
        </section>
      </main>
    </>
  );
}
