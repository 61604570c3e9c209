import { ChevronDown } from "lucide-react";
import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

/**
 * A styled native <select>. Native on purpose: phones show their own picker, it posts with the form
 * without JavaScript, and it is fully accessible; a custom listbox buys nothing here.
 */
export function Select({ className, children, ...props }: ComponentProps<"select">) {
  return (
    <span className={cn("relative block", className)}>
      <select
        className="w-full appearance-none rounded-xl border border-stone-300 bg-white py-2.5 pr-10 pl-4 text-ink-900 focus-visible:border-ember-700 focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-ember-700/40 disabled:opacity-60 aria-[invalid=true]:border-red-700"
        {...props}
      >
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-ink-600"
      />
    </span>
  );
}
