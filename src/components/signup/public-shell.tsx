import Link from "next/link";
import type { ReactNode } from "react";
import { Brand } from "@/components/layout/brand";

/** The frame of the pages people see before they have an account. */
export function PublicShell({ children }: { children: ReactNode }) {
  return (
    <main id="main-content" className="mx-auto flex max-w-md flex-col gap-6 px-6 py-12">
      <Link href="/" className="self-start rounded-full text-xl">
        <Brand />
      </Link>
      {children}
    </main>
  );
}
