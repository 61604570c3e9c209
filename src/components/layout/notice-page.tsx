import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { Brand } from "@/components/layout/brand";
import type { Caller } from "@/server/auth/get-caller";

type NoticePageProps = {
  /** The signed-in member (the page gets their header), or null for the wordmark alone. */
  caller: Caller | null;
  icon: LucideIcon;
  title: string;
  /** The sentences under the title. */
  children: ReactNode;
  /** The ways on: buttons or links. */
  actions: ReactNode;
};

/**
 * A whole page that says why there is nothing here (refused, not found, failed) inside the site's
 * header: an icon, a title, a few sentences and the ways on. RefusalPage and ErrorPage fill it.
 */
export function NoticePage({ caller, icon: Icon, title, children, actions }: NoticePageProps) {
  return (
    <>
      {caller ? (
        <AppHeader caller={caller} />
      ) : (
        <header className="border-b border-ember-100 bg-white">
          <div className="mx-auto flex max-w-5xl items-center px-4 py-3">
            <Link href="/" className="rounded-full text-xl">
              <Brand />
            </Link>
          </div>
        </header>
      )}
      <main
        id="main-content"
        className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-16 text-center"
      >
        <section
          aria-labelledby="notice-heading"
          className="flex w-full flex-col items-center gap-3 rounded-2xl bg-white p-8 shadow-sm"
        >
          <span className="flex size-14 items-center justify-center rounded-full bg-ember-100 text-ember-700">
            <Icon aria-hidden="true" className="size-7" />
          </span>
          <h1 id="notice-heading" className="text-2xl font-extrabold tracking-tight">
            {title}
          </h1>
          <div className="flex flex-col gap-2 text-ink-600">{children}</div>
          <div className="mt-2 flex flex-wrap items-center justify-center gap-3">{actions}</div>
        </section>
      </main>
    </>
  );
}
