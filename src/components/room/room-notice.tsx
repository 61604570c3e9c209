import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { HostSummary } from "./host-summary";

type RoomNoticeProps = { title: string; children?: ReactNode; action?: ReactNode };

/** A whole-page message in place of the room (ended, removed, replaced by another tab...). */
export function RoomNotice({ title, children, action }: RoomNoticeProps) {
  const t = useTranslations("room");
  return (
    <main
      id="main-content"
      className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-16 text-center"
    >
      <section
        aria-labelledby="room-notice-heading"
        className="flex w-full flex-col items-center gap-3 rounded-2xl bg-white p-8 shadow-sm"
      >
        <h1 id="room-notice-heading" className="text-2xl font-extrabold tracking-tight">
          {title}
        </h1>
        {children && <div className="text-ink-600">{children}</div>}
        <div className="mt-2 flex flex-wrap items-center justify-center gap-3">
          {action}
          <Button asChild>
            <Link href="/">{t("backToHallway")}</Link>
          </Button>
        </div>
      </section>
    </main>
  );
}

/** Shown by the page for an ended room and by the client when the host ends it (with their summary). */
export function RoomEnded({ roomId }: { roomId: string }) {
  const t = useTranslations("room");
  return (
    <RoomNotice title={t("endedTitle")}>
      <p>{t("endedBody")}</p>
      <HostSummary roomId={roomId} />
    </RoomNotice>
  );
}
