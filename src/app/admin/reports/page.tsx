import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppHeader } from "@/components/layout/app-header";
import { ReportCard } from "@/components/reports/report-card";
import { isAdmin } from "@/server/admin/assert-admin";
import { requireCallerOrRedirect } from "@/server/auth/get-caller";
import { listOpenReports } from "@/server/reports/list-open-reports";
import { decideReportAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("queueTitle") };
}

// The admins' report queue; for anyone else it does not exist (the ordinary 404 page).
export default async function ReportQueuePage() {
  const caller = await requireCallerOrRedirect("/admin/reports");
  if (!(await isAdmin(caller.id))) notFound();
  const reports = await listOpenReports({ actorId: caller.id });
  const t = await getTranslations("reports");
  const tAdmin = await getTranslations("admin");

  return (
    <>
      <AppHeader caller={caller} />
      <main id="main-content" className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
        <div className="flex flex-col gap-2">
          <Link href="/admin" className="text-sm font-medium text-ember-700 hover:underline">
            {tAdmin("title")}
          </Link>
          <h1 className="text-3xl font-extrabold tracking-tight">{t("queueTitle")}</h1>
          <p className="text-ink-600">{t("queueIntro")}</p>
          <p aria-live="polite" className="text-sm font-semibold">
            {t("openCount", { count: reports.length })}
          </p>
        </div>
        {reports.length === 0 ? (
          <p className="rounded-2xl bg-white p-6 text-ink-600 shadow-sm">{t("queueEmpty")}</p>
        ) : (
          reports.map((report) => (
            <ReportCard key={report.id} report={report} action={decideReportAction} />
          ))
        )}
      </main>
    </>
  );
}
