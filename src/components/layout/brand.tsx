import { Flame } from "lucide-react";
import { cn } from "@/components/ui/cn";

/** The wordmark: the flame icon and the product name (a name, so it is not translated). */
export function Brand({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-1.5 font-bold tracking-tight", className)}>
      <Flame aria-hidden="true" className="size-[1.1em] text-ember-700" />
      Hearth
    </span>
  );
}
