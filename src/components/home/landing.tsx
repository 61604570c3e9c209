import { Hand, Headphones, Mic } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Brand } from "@/components/layout/brand";
import { Button } from "@/components/ui/button";

const journeys = [
  { key: "listen", Icon: Headphones },
  { key: "stage", Icon: Mic },
  { key: "hand", Icon: Hand },
] as const;

/** What signed-out visitors see at `/`: what Hearth is, and a way in. */
export function Landing() {
  const t = useTranslations("home");
  return (
    <main id="main-content" className="mx-auto flex max-w-3xl flex-col gap-12 px-6 py-16">
      <header className="flex items-center justify-between">
        <Brand className="text-2xl" />
        <Button asChild variant="dark">
          <Link href="/sign-in">{t("signIn")}</Link>
        </Button>
      </header>

      <section aria-labelledby="tagline" className="flex flex-col gap-4">
        <h1 id="tagline" className="text-5xl font-extrabold leading-tight tracking-tight">
          {t("tagline")}
        </h1>
        <p className="text-lg text-ink-600">{t("pitch")}</p>
      </section>

      <ul className="grid gap-4 sm:grid-cols-3">
        {journeys.map(({ key, Icon }) => (
          <li key={key} className="rounded-2xl bg-white p-5 shadow-sm">
            <Icon aria-hidden="true" className="mb-2 size-6 text-ember-700" />
            <h2 className="font-semibold">{t(`${key}Title`)}</h2>
            <p className="mt-1 text-sm text-ink-600">{t(`${key}Text`)}</p>
          </li>
        ))}
      </ul>

      <p className="text-ink-600">{t("gotInvite")}</p>
    </main>
  );
}
