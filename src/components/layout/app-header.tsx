import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { Caller } from "@/server/auth/get-caller";

const linkClass = "rounded-full px-3 py-1.5 text-sm font-medium hover:bg-ember-100";

/** The signed-in member's navigation; pages decide who may see them, this only renders. */
export function AppHeader({ caller }: { caller: Caller }) {
  return (
    <header className="border-b border-ember-100 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="shrink-0 text-xl font-bold tracking-tight">
          <span aria-hidden="true">🔥 </span>Hearth
        </Link>
        <nav
          aria-label="Main"
          className="-mr-2 flex min-w-0 items-center gap-1 overflow-x-auto px-1 py-1 whitespace-nowrap"
        >
          <Link href="/" className={linkClass}>
            Hallway
          </Link>
          <Link href="/clubs" className={linkClass}>
            Clubs
          </Link>
          <Link href="/invites" className={linkClass}>
            Invites
          </Link>
          {caller.role === "ADMIN" && (
            <Link href="/admin" className={linkClass}>
              Admin
            </Link>
          )}
          <Link href={`/@${caller.username}`} className={linkClass}>
            {caller.displayName}
          </Link>
          <Link href="/settings" className={linkClass}>
            Settings
          </Link>
          <SignOutButton />
        </nav>
      </div>
    </header>
  );
}
