"use client";

import { Tooltip as TooltipPrimitive } from "radix-ui";
import type { ReactNode } from "react";

type TooltipProps = {
  /** The hint; shown on hover and keyboard focus, and announced by screen readers. */
  content: ReactNode;
  /** One focusable element (a Button); it keeps its own accessible name. */
  children: ReactNode;
  side?: "top" | "right" | "bottom" | "left";
};

/** A hint on hover and focus. Never the only name of a control: icon buttons also get aria-label. */
export function Tooltip({ content, children, side = "top" }: TooltipProps) {
  return (
    <TooltipPrimitive.Provider delayDuration={300}>
      <TooltipPrimitive.Root>
        <TooltipPrimitive.Trigger asChild>{children}</TooltipPrimitive.Trigger>
        <TooltipPrimitive.Portal>
          <TooltipPrimitive.Content
            side={side}
            sideOffset={6}
            className="z-50 max-w-xs rounded-lg bg-ink-900 px-3 py-1.5 text-sm text-white shadow"
          >
            {content}
            <TooltipPrimitive.Arrow className="fill-ink-900" />
          </TooltipPrimitive.Content>
        </TooltipPrimitive.Portal>
      </TooltipPrimitive.Root>
    </TooltipPrimitive.Provider>
  );
}
