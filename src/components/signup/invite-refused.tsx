import Link from "next/link";
import { useTranslations } from "next-intl";
import { PublicShell } from "@/components/signup/public-shell";

const linkClass = "font-semibold text-ember-700 underline";

/** Shown for any invite link that cannot be used; the message says why (used, expired, …). */
export function InviteRefused({ message }: { message: string }) {
  const t = useTranslations("signup");
  return (
    <PublicShell>
      <h1 className="text-3xl font-extrabold tracking-tight">{t("inviteRefusedTitle")}</h1>
      <section className="flex flex-col gap-4 rounded-2xl bg-white p-6 shadow-sm">
        <p className="font-medium text-red-700">{message}</p>
        <p className="text-sm text-ink-600">
          {t.rich("inviteRefusedHelp", {
            code: (chunks) => (
              <Link href="/invite" className={linkClass}>
                {chunks}
              </Link>
            ),
            signIn: (chunks) => (
              <Link href="/sign-in" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>
    </PublicShell>
  );
}
