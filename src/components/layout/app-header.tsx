import Link from "next/link";
import { useTranslations } from "next-intl";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { MessagesLink } from "@/components/backchannel/messages-link";
import { Brand } from "@/components/layout/brand";
import { HeaderMenu } from "@/components/layout/header-menu";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { Button } from "@/components/ui/button";
import type { Caller } from "@/server/auth/get-caller";

/** The signed-in member's navigation; pages decide who may see them, this only renders. */
export function AppHeader({ caller }: { caller: Caller }) {
  const t = useTranslations("layout");
  const links = [
    { href: "/", label: t("hallway") },
    { href: "/clubs", label: t("clubs") },
    { href: "/meet", label: t("meet") },
    { href: "/search", label: t("search") },
    { href: "/invites", label: t("invites") },
    ...(caller.role === "ADMIN" ? [{ href: "/admin", label: t("admin") }] : []),
    { href: `/@${caller.username}`, label: caller.displayName },
    { href: "/settings", label: t("settings") },
  ];
  return (
    <header className="border-b border-ember-100 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="shrink-0 rounded-full text-xl">
          <Brand />
        </Link>
        {/* A phone gets one menu button; from md up the links fit in a row. Only one of the two is
            displayed, so each link has one accessible copy on screen. The messages link and the
            bell are shown once, for both: the bell holds the tab's one notification stream. */}
        <div className="-mr-2 flex min-w-0 items-center gap-1">
          <nav aria-label={t("mainNavigation")} className="md:hidden">
            <HeaderMenu links={links} />
          </nav>
          <nav
            aria-label={t("mainNavigation")}
            className="hidden min-w-0 items-center gap-1 overflow-x-auto px-1 py-1 whitespace-nowrap md:flex"
          >
            {links.map((link) => (
              <Button key={link.href} asChild variant="ghost" size="sm" className="font-medium">
                <Link href={link.href}>{link.label}</Link>
              </Button>
            ))}
            <SignOutButton />
          </nav>
          <MessagesLink userId={caller.id} />
          <NotificationBell />
        </div>
      </div>
    </header>
  );
}
