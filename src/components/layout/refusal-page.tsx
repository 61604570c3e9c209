import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { Brand } from "@/components/layout/brand";
import { Button } from "@/components/ui/button";
import type { Caller } from "@/server/auth/get-caller";

type RefusalPageProps = {
  /** The signed-in member (the page gets their header), or null for a visitor. */
  caller: Caller | null;
  icon: LucideIcon;
  title: string;
  children: ReactNode;
};

/**
 * A whole page that says why there is nothing here (not found, a private room) inside the site's
 * own header, with a way back: the hallway for members, sign-in for visitors.
 */
export function RefusalPage({ caller, icon: Icon, title, children }: RefusalPageProps) {
  const t = useTranslations("layout");
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
          aria-labelledby="refusal-heading"
          className="flex w-full flex-col items-center gap-3 rounded-2xl bg-white p-8 shadow-sm"
        >
          <span className="flex size-14 items-center justify-center rounded-full bg-ember-100 text-ember-700">
            <Icon aria-hidden="true" className="size-7" />
          </span>
          <h1 id="refusal-heading" className="text-2xl font-extrabold tracking-tight">
            {title}
          </h1>
          <div className="flex flex-col gap-2 text-ink-600">{children}</div>
          <div className="mt-2 flex flex-wrap items-center justify-center gap-3">
            {caller ? (
              <Button asChild>
                <Link href="/">{t("backToHallway")}</Link>
              </Button>
            ) : (
              <>
                <Button asChild variant="secondary">
                  <Link href="/">{t("home")}</Link>
                </Button>
                <Button asChild>
                  <Link href="/sign-in">{t("signIn")}</Link>
                </Button>
              </>
            )}
          </div>
        </section>
      </main>
    </>
  );
}
