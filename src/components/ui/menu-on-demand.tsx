"use client";

import {
  cloneElement,
  lazy,
  Suspense,
  startTransition,
  useState,
  type ReactElement,
  type ReactNode,
} from "react";
import type { ButtonProps } from "@/components/ui/button";

export type MenuOnDemandItem = {
  key: string;
  /** What the item shows. */
  label: ReactNode;
  /** Its accessible name, where the label is not words (an emoji). */
  ariaLabel?: string;
  /** Where it goes, for a link; otherwise what choosing it does. */
  href?: string;
  onSelect?: () => void;
  /** Set apart from the items above it by a line (Sign out). */
  separated?: boolean;
};

export type MenuOnDemandProps = {
  /** The kit Button that opens the menu, with its accessible name. */
  trigger: ReactElement<ButtonProps>;
  items: MenuOnDemandItem[];
  side?: "top" | "bottom";
  align?: "start" | "center" | "end";
  contentClassName?: string;
  itemClassName?: string;
};

// The menu's code (Radix's menu, its positioning) loads when the menu is first wanted: on a phone
// it is the header's navigation and the room's reactions, which most visits never open, and
// evaluating it took a long task of its own while a room's page started.
const loadOpenedMenu = () => import("./menu-opened");
const OpenedMenu = lazy(() => loadOpenedMenu().then((module) => ({ default: module.OpenedMenu })));

/**
 * A dropdown menu (the kit's Menu: role="menu", arrow keys, Escape, focus back to the trigger)
 * whose code is fetched as the pointer or focus reaches its button and shown on the first press.
 */
export function MenuOnDemand({ trigger, ...menu }: MenuOnDemandProps) {
  // null until first opened: the button alone, with none of the menu's code.
  const [open, setOpen] = useState<boolean | null>(null);
  const closedTrigger = cloneElement(trigger, {
    "aria-haspopup": "menu",
    "aria-expanded": false,
    onPointerEnter: () => void loadOpenedMenu(),
    onFocus: () => void loadOpenedMenu(),
    // A transition: the button stays (and keeps focus) until the menu is ready to replace it.
    onClick: () => startTransition(() => setOpen(true)),
  });
  return (
    <Suspense fallback={closedTrigger}>
      {open === null ? (
        closedTrigger
      ) : (
        <OpenedMenu open={open} onOpenChange={setOpen} trigger={trigger} {...menu} />
      )}
    </Suspense>
  );
}
