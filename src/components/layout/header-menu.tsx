"use client";

import { LogOut, Menu as MenuIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { signOutToFrontDoor } from "@/components/auth/sign-out";
import { Button } from "@/components/ui/button";
import { MenuOnDemand } from "@/components/ui/menu-on-demand";

export type HeaderLink = { href: string; label: string };

/**
 * The header's navigation on a phone: one button opening every link and Sign out, where the row
 * of links would run off the screen. Wider screens show the row (AppHeader) instead.
 */
export function HeaderMenu({ links }: { links: HeaderLink[] }) {
  const t = useTranslations("layout");
  return (
    <MenuOnDemand
      trigger={
        <Button variant="ghost" size="icon" aria-label={t("openMenu")}>
          <MenuIcon aria-hidden="true" className="size-5!" />
        </Button>
      }
      contentClassName="min-w-56"
      itemClassName="py-3 text-base"
      items={[
        ...links.map((link) => ({ key: link.href, label: link.label, href: link.href })),
        {
          key: "sign-out",
          separated: true,
          onSelect: () => void signOutToFrontDoor(),
          label: (
            <>
              <LogOut aria-hidden="true" />
              {t("signOut")}
            </>
          ),
        },
      ]}
    />
  );
}
