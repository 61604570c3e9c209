"use client";

import { Check } from "lucide-react";
import { Checkbox as CheckboxPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A checkbox (Radix: role="checkbox", Space toggles). Inside a <form> it posts `name=value` like a
 * native one, so server actions read it with FormData.getAll.
 */
export function Checkbox({ className, ...props }: ComponentProps<typeof CheckboxPrimitive.Root>) {
  return (
    <CheckboxPrimitive.Root
      className={cn(
        "flex size-5 shrink-0 items-center justify-center rounded-md border border-stone-400 bg-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-700 disabled:opacity-60 data-[state=checked]:border-ember-700 data-[state=checked]:bg-ember-700 data-[state=checked]:text-white",
        className,
      )}
      {...props}
    >
      <CheckboxPrimitive.Indicator>
        <Check aria-hidden="true" className="size-3.5" strokeWidth={3} />
      </CheckboxPrimitive.Indicator>
    </CheckboxPrimitive.Root>
  );
}
