import Link from "next/link";
import { PublicShell } from "@/components/signup/public-shell";

/** Shown for any code that cannot be used; the message never says why, to resist guessing. */
export function InviteRefused({ message }: { message: string }) {
  return (
    <PublicShell>
      <h1 className="text-3xl font-extrabold tracking-tight">This invite can&apos;t be used</h1>
      <section className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm">
        <p className="font-medium text-red-700">{message}</p>
        <p className="text-sm text-ink-600">
          Have a different code?{" "}
          <Link href="/invite" className="font-semibold text-ember-700 underline">
            Type it in
          </Link>
          . Already a member?{" "}
          <Link href="/sign-in" className="font-semibold text-ember-700 underline">
            Sign in
          </Link>
          .
        </p>
      </section>
    </PublicShell>
  );
}
