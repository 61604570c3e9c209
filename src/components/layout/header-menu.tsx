"use client";

import { LogOut, Menu as MenuIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { signOutToFrontDoor } from "@/components/auth/sign-out";
import { Button } from "@/components/ui/button";
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from "@/components/ui/menu";

export type HeaderLink = { href: string; label: string };

/**
 * The header's navigation on a phone: one button opening every link and Sign out, where the row
 * of links would run off the screen. Wider screens show the row (AppHeader) instead.
 */
export function HeaderMenu({ links }: { links: HeaderLink[] }) {
  const t = useTranslations("layout");
  return (
    <Menu modal={false}>
      <MenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={t("openMenu")}>
          <MenuIcon aria-hidden="true" className="size-5!" />
        </Button>
      </MenuTrigger>
      <MenuContent className="min-w-56">
        {links.map((link) => (
          <MenuItem key={link.href} asChild className="py-3 text-base">
            <Link href={link.href}>{link.label}</Link>
          </MenuItem>
        ))}
        <MenuSeparator />
        <MenuItem className="py-3 text-base" onSelect={() => void signOutToFrontDoor()}>
          <LogOut aria-hidden="true" />
          {t("signOut")}
        </MenuItem>
      </MenuContent>
    </Menu>
  );
}
