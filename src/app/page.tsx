import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { VerifyEmailReminder } from "@/components/account-email/verify-email-reminder";
import { AppHeader } from "@/components/layout/app-header";
import { Hallway } from "@/components/hallway/hallway";
import { Landing } from "@/components/home/landing";
import { hallwayFilterSchema } from "@/lib/validations/rooms";
import { findCaller } from "@/server/auth/get-caller";
import { findHallway } from "@/server/rooms/find-hallway";
import { findEmailSettings } from "@/server/users/find-email-settings";
import { isNewcomer, suggestForNewcomer } from "@/server/suggestions/suggest-for-newcomer";
import { resendVerificationAction } from "./settings/email-actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The title and the page share one session lookup per request.
const findCallerOnce = cache(findCaller);

// Members see "Hallway · Hearth"; the front door keeps the layout's plain "Hearth".
export async function generateMetadata(): Promise<Metadata> {
  if (!(await findCallerOnce())) return {};
  const t = await getTranslations("layout");
  return { title: t("hallway") };
}

// `/` is the hallway for members and the front door for everyone else.
export default async function HomePage({ searchParams }: Props) {
  const caller = await findCallerOnce();
  if (!caller) return <Landing />;
  const { topic } = hallwayFilterSchema.parse(await searchParams);
  const [hallway, newcomer, email] = await Promise.all([
    findHallway({ viewerId: caller.id, topic }),
    isNewcomer({ viewerId: caller.id }),
    findEmailSettings({ actorId: caller.id }),
  ]);
  // A quiet hallway, or someone who follows almost nobody yet (just onboarded): who to follow.
  const suggestions =
    newcomer || hallway.live.length === 0
      ? await suggestForNewcomer({ viewerId: caller.id })
      : null;
  return (
    <>
      <AppHeader caller={caller} />
      {email?.enabled && !email.isVerified && (
        <VerifyEmailReminder email={email.email} resendAction={resendVerificationAction} />
      )}
      <Hallway hallway={hallway} topic={topic} suggestions={suggestions} />
    </>
  );
}
