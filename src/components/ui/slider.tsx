import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A styled native range input. Native on purpose, like Select: arrow keys, Page Up/Down, Home/End
 * and touch dragging come from the browser, and screen readers announce it as a slider. Give it an
 * `aria-label` (or a Label) and, for values that are not plain numbers, `aria-valuetext`.
 */
export function Slider({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return (
    <input
      type="range"
      className={cn(
        "h-6 w-full cursor-pointer accent-ember-700 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-ember-700 disabled:cursor-not-allowed disabled:opacity-60",
        className,
      )}
      {...props}
    />
  );
}
