import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

type CountLinkProps = {
  href: string;
  /** The whole name, count included ("Notifications, 3 unread"): the badge itself is hidden. */
  label: string;
  icon: ReactNode;
  count: number;
};

/** An icon link in the header with an unread count on its corner (the bell, messages). */
export function CountLink({ href, label, icon, count }: CountLinkProps) {
  return (
    <Button asChild variant="ghost" size="icon" className="relative">
      <Link href={href} aria-label={label}>
        {icon}
        {count > 0 && (
          <span
            aria-hidden="true"
            className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-ember-700 px-1 text-center text-xs leading-5 font-bold text-white"
          >
            {count > 99 ? "99+" : count}
          </span>
        )}
      </Link>
    </Button>
  );
}
