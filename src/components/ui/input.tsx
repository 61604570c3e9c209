import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

// Text fields share one look; `aria-invalid` (set by the form helpers) turns the border red.
const fieldClass =
  "w-full rounded-xl border border-stone-300 bg-white px-4 py-2.5 text-ink-900 placeholder:text-stone-500 focus-visible:border-ember-700 focus-visible:outline-3 focus-visible:outline-offset-0 focus-visible:outline-ember-700/40 disabled:opacity-60 aria-[invalid=true]:border-red-700";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(fieldClass, className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(fieldClass, "min-h-24", className)} {...props} />;
}

/** A field's label; `htmlFor` ties it to the control so screen readers and tests find it by name. */
export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("text-sm font-semibold text-ink-900", className)} {...props} />;
}
