"use client";

import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";

type SkipLinkProps = {
  /** The id of the element to jump to; without one on the page, its <main>. */
  to?: string;
  label?: "skipToContent" | "skipToRoomControls";
};

/**
 * A keyboard user's first tab stop (hidden until focused): it jumps past the header. Pages render
 * their own <main>, so the target is found when the link is used and made focusable then, and focus
 * (not only the scroll position) moves, so the next Tab continues from there.
 */
export function SkipLink({ to = "main-content", label = "skipToContent" }: SkipLinkProps) {
  const t = useTranslations("a11y");

  function skip(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.getElementById(to) ?? document.querySelector("main");
    if (!(target instanceof HTMLElement)) return;
    event.preventDefault();
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.setAttribute("data-skip-target", "");
    target.focus();
  }

  return (
    <a
      href={`#${to}`}
      onClick={skip}
      className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded-full focus:bg-ink-900 focus:px-4 focus:py-2 focus:font-semibold focus:text-white"
    >
      {t(label)}
    </a>
  );
}
