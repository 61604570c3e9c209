import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";
import type { OpenReport } from "@/server/reports/list-open-reports";
import { DecideReportButtons } from "./decide-report-buttons";

type ReportCardProps = {
  report: OpenReport;
  action: ComponentProps<typeof DecideReportButtons>["action"];
};

const personLink = "font-semibold text-ember-700 underline-offset-2 hover:underline";

/** One open report as an admin reads it: who, what, why, the chat around it, the room's log. */
export function ReportCard({ report, action }: ReportCardProps) {
  const t = useTranslations("reports");
  const tLog = useTranslations("moderationLog");
  const format = useFormatter();
  const headingId = `report-${report.id}`;
  const { target } = report;

  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-bold">
          <span className="mr-2 rounded-full bg-ember-100 px-2 py-0.5 text-xs font-semibold tracking-wide uppercase">
            {t(`kind_${report.kind}`)}
          </span>
          {target.displayName}
        </h2>
        <time dateTime={report.createdAt.toISOString()} className="text-sm text-ink-600">
          {format.dateTime(report.createdAt, "moment")}
        </time>
      </header>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("reported")}</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <Link href={`/@${target.username}`} className={personLink}>
            {target.displayName} @{target.username}
          </Link>
          {target.disabled && <span className="text-red-700">{t("targetDisabled")}</span>}
          {target.isAdmin && <span className="text-ink-600">{t("targetAdmin")}</span>}
        </dd>
        <dt className="font-semibold">{t("reportedBy")}</dt>
        <dd>
          <Link href={`/@${report.reporter.username}`} className={personLink}>
            {report.reporter.displayName} @{report.reporter.username}
          </Link>
        </dd>
        <dt className="font-semibold">{t("reasonLabel")}</dt>
        <dd>{reasonText(t, report.reason)}</dd>
        <dt className="font-semibold">{t("noteLabel")}</dt>
        <dd className="break-words whitespace-pre-line">
          {report.note || <span className="text-ink-600">{t("noNote")}</span>}
        </dd>
        {report.room && (
          <>
            <dt className="font-semibold">{t("roomLabel")}</dt>
            <dd>
              <Link href={`/rooms/${report.room.id}`} className={personLink}>
                {report.room.title}
              </Link>
            </dd>
          </>
        )}
      </dl>

      {(report.kind === "CHAT_MESSAGE" || report.kind === "BACKCHANNEL_MESSAGE") && (
        <section aria-labelledby={`${headingId}-chat`} className="flex flex-col gap-2">
          <h3 id={`${headingId}-chat`} className="text-sm font-bold">
            {t("chatContext")}
          </h3>
          {report.chat ? (
            <ol className="flex flex-col gap-1 rounded-xl bg-stone-50 p-3 text-sm">
              {report.chat.lines.map((line) => {
                const reported = line.id === report.chat?.reportedId;
                return (
                  <li
                    key={line.id}
                    aria-current={reported ? "true" : undefined}
                    className={cn(
                      "rounded-lg px-2 py-1",
                      reported && "border-l-4 border-red-700 bg-red-50",
                    )}
                  >
                    {reported && (
                      <span className="mr-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold text-white">
                        {t("reportedLine")}
                      </span>
                    )}
                    <span className="font-semibold">{line.senderName}</span>{" "}
                    <span className="text-ink-600">@{line.senderUsername}</span>
                    <span>: </span>
                    <span className="break-words">{line.text}</span>
                  </li>
                );
              })}
            </ol>
          ) : (
            <p className="text-sm text-ink-600">{t("chatGone")}</p>
          )}
        </section>
      )}

      {report.room && (
        <section aria-labelledby={`${headingId}-log`} className="flex flex-col gap-2">
          <h3 id={`${headingId}-log`} className="text-sm font-bold">
            {t("moderationLog")}
          </h3>
          {report.moderationLog.length === 0 ? (
            <p className="text-sm text-ink-600">{t("logEmpty")}</p>
          ) : (
            <ol className="flex flex-col text-sm">
              {report.moderationLog.map((entry) => (
                <li
                  key={entry.id}
                  className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-ember-100 py-1 last:border-b-0"
                >
                  <span>
                    {tLog.rich(entry.action, {
                      actor: entry.actor.displayName,
                      target: entry.target?.displayName ?? tLog("someone"),
                      strong: (chunks) => <strong>{chunks}</strong>,
                      whom: (chunks) => (entry.target ? <>{chunks}</> : null),
                    })}
                  </span>
                  <time dateTime={entry.createdAt} className="text-xs text-ink-600">
                    {format.dateTime(new Date(entry.createdAt), "moment")}
                  </time>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}

      <DecideReportButtons
        action={action}
        reportId={report.id}
        targetName={target.displayName}
        canDisable={!target.disabled && !target.isAdmin}
      />
    </article>
  );
}

type ReportWords = ReturnType<typeof useTranslations<"reports">>;

/** Voice match and the report dialog share the reasons; an unknown one is shown as "other". */
function reasonText(t: ReportWords, reason: string): string {
  switch (reason) {
    case "HARASSMENT":
      return t("reason_HARASSMENT");
    case "SPAM":
      return t("reason_SPAM");
    case "UNDERAGE":
      return t("reason_UNDERAGE");
    default:
      return t("reason_OTHER");
  }
}
