import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InviteTree } from "@/components/admin/invite-tree";
import { MemberTable } from "@/components/admin/member-table";
import { MintInvitePanel } from "@/components/admin/mint-invite-panel";
import { AppHeader } from "@/components/layout/app-header";
import { Button } from "@/components/ui/button";
import { isAdmin } from "@/server/admin/assert-admin";
import { findInviteTree } from "@/server/admin/find-invite-tree";
import { listMembers } from "@/server/admin/list-members";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { mintInviteAction, setMemberAccessAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

const cardClass = "rounded-2xl bg-white p-6 shadow-sm";

// Admin tools do not exist for other members: they get the ordinary 404 page.
export default async function AdminPage() {
  const caller = await requireCallerOrRedirect("/admin");
  if (!(await isAdmin(caller.id))) notFound();
  const [members, tree] = await Promise.all([
    listMembers({ actorId: caller.id }),
    findInviteTree({ actorId: caller.id }),
  ]);
  const t = await getTranslations("admin");
  const tReports = await getTranslations("reports");

  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-3xl font-extrabold tracking-tight">{t("title")}</h1>
          <Button asChild variant="secondary">
            <Link href="/admin/reports">{tReports("queueLink")}</Link>
          </Button>
        </div>
        <section aria-labelledby="mint-heading" className={cardClass}>
          <h2 id="mint-heading" className="mb-3 text-lg font-semibold">
            {t("mintHeading")}
          </h2>
          <MintInvitePanel action={mintInviteAction} />
        </section>
        <section aria-labelledby="members-heading" className={cardClass}>
          <h2 id="members-heading" className="mb-3 text-lg font-semibold">
            {t("membersHeading")}
          </h2>
          <MemberTable members={members} callerId={caller.id} action={setMemberAccessAction} />
        </section>
        <section aria-labelledby="tree-heading" className={cardClass}>
          <h2 id="tree-heading" className="mb-3 text-lg font-semibold">
            {t("treeHeading")}
          </h2>
          <InviteTree roots={tree} />
        </section>
      </main>
    </>
  );
}
