"use client";

import Link from "next/link";
import { Fragment } from "react";
import { Menu, MenuContent, MenuItem, MenuSeparator, MenuTrigger } from "@/components/ui/menu";
import type { MenuOnDemandProps } from "@/components/ui/menu-on-demand";

type OpenedMenuProps = MenuOnDemandProps & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
};

/** MenuOnDemand once its code has loaded: the kit's Menu, opened and closed by its owner. */
export function OpenedMenu({
  open,
  onOpenChange,
  trigger,
  items,
  side,
  align,
  contentClassName,
  itemClassName,
}: OpenedMenuProps) {
  return (
    <Menu modal={false} open={open} onOpenChange={onOpenChange}>
      <MenuTrigger asChild>{trigger}</MenuTrigger>
      <MenuContent side={side} align={align} className={contentClassName}>
        {items.map((item) => (
          <Fragment key={item.key}>
            {item.separated && <MenuSeparator />}
            <MenuItem
              asChild={item.href !== undefined}
              aria-label={item.ariaLabel}
              onSelect={item.onSelect}
              className={itemClassName}
            >
              {item.href !== undefined ? <Link href={item.href}>{item.label}</Link> : item.label}
            </MenuItem>
          </Fragment>
        ))}
      </MenuContent>
    </Menu>
  );
}
