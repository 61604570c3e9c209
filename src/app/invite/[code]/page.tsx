import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Avatar } from "@/components/people/avatar";
import { InviteRefused } from "@/components/signup/invite-refused";
import { LiveNowPreview } from "@/components/signup/live-now-preview";
import { PublicShell } from "@/components/signup/public-shell";
import { SignupForm } from "@/components/signup/signup-form";
import { clientIp } from "@/server/rate-limit/client-ip";
import { findCaller } from "@/server/auth/get-caller";
import { isLocale } from "@/i18n/locales";
import { AppError } from "@/server/errors";
import {
  findRedeemableInvite,
  type RedeemableInvite,
} from "@/server/invites/find-redeemable-invite";
import { listRoomsLiveForVisitor } from "@/server/invites/list-rooms-live-for-visitor";
import { redeemInviteAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signup");
  return { title: t("invitedPageTitle") };
}

type Props = { params: Promise<{ code: string }> };

export default async function RedeemInvitePage({ params }: Props) {
  const { code } = await params;
  const caller = await findCaller();
  const t = await getTranslations("signup");
  if (caller) {
    return (
      <PublicShell>
        <h1 className="text-3xl font-extrabold tracking-tight">{t("alreadyMemberTitle")}</h1>
        <p className="text-ink-600">{t("alreadyMemberText", { name: caller.displayName })}</p>
        <Link href="/" className="font-semibold text-ember-700 underline">
          {t("goToHallway")}
        </Link>
      </PublicShell>
    );
  }

  let invite: RedeemableInvite;
  try {
    invite = await findRedeemableInvite({ code, ip: clientIp(await headers()) });
  } catch (error) {
    if (error instanceof AppError) {
      // Said in the reader's language, like every refusal that leaves the server.
      const locale = await getLocale();
      const message = isLocale(locale) ? error.userMessageIn(locale) : error.userMessage;
      return <InviteRefused message={message} />;
    }
    throw error;
  }

  const liveRooms = await listRoomsLiveForVisitor();
  const { inviter } = invite;
  return (
    <PublicShell>
      <div className="flex flex-col gap-2">
        <div className="flex items-center gap-4">
          {/* Initials only: photos are for members (a visitor's request for one is refused). */}
          <Avatar userId={inviter.id} displayName={inviter.displayName} size="lg" />
          <h1 className="text-3xl font-extrabold tracking-tight">
            {t("invitedYou", { name: inviter.displayName })}
          </h1>
        </div>
        <p className="text-ink-600">{t("invitedText", { name: inviter.displayName })}</p>
      </div>
      <LiveNowPreview rooms={liveRooms} />
      <section aria-label={t("createYourAccount")} className="rounded-2xl bg-white p-6 shadow-sm">
        <SignupForm action={redeemInviteAction} code={code} />
      </section>
      <p className="text-sm text-ink-600">
        {t.rich("alreadyMember", {
          signIn: (chunks) => (
            <Link href="/sign-in" className="font-semibold text-ember-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </PublicShell>
  );
}
