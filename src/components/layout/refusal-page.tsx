import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { NoticePage } from "@/components/layout/notice-page";
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
export function RefusalPage({ caller, icon, title, children }: RefusalPageProps) {
  const t = useTranslations("layout");
  return (
    <NoticePage
      caller={caller}
      icon={icon}
      title={title}
      actions={
        caller ? (
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
        )
      }
    >
      {children}
    </NoticePage>
  );
}
