"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded-full px-3 py-1.5 text-sm font-medium text-ink-600 hover:bg-ember-100"
    >
      Sign out
    </button>
  );
}
