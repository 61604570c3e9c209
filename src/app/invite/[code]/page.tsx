import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { InviteRefused } from "@/components/signup/invite-refused";
import { PublicShell } from "@/components/signup/public-shell";
import { SignupForm } from "@/components/signup/signup-form";
import { clientIp } from "@/server/rate-limit/client-ip";
import { findCaller } from "@/server/auth/get-caller";
import { AppError } from "@/server/errors";
import {
  findRedeemableInvite,
  type RedeemableInvite,
} from "@/server/invites/find-redeemable-invite";
import { redeemInviteAction } from "./actions";

export const metadata: Metadata = { title: "You're invited" };

type Props = { params: Promise<{ code: string }> };

export default async function RedeemInvitePage({ params }: Props) {
  const { code } = await params;
  const caller = await findCaller();
  if (caller) {
    return (
      <PublicShell>
        <h1 className="text-3xl font-extrabold tracking-tight">You are already a member</h1>
        <p className="text-ink-600">
          You are signed in as {caller.displayName}. Invites are for people who do not have an
          account yet: pass this link on to them.
        </p>
        <Link href="/" className="font-semibold text-ember-700 underline">
          Go to the hallway
        </Link>
      </PublicShell>
    );
  }

  let invite: RedeemableInvite;
  try {
    invite = await findRedeemableInvite({ code, ip: clientIp(await headers()) });
  } catch (error) {
    if (error instanceof AppError) return <InviteRefused message={error.userMessage} />;
    throw error;
  }

  return (
    <PublicShell>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-extrabold tracking-tight">
          {invite.inviter.displayName} invited you to Hearth
        </h1>
        <p className="text-ink-600">
          Create your account to join the conversation. You will start out following{" "}
          {invite.inviter.displayName}, and they you.
        </p>
      </div>
      <section aria-label="Create your account" className="rounded-2xl bg-white p-6 shadow-sm">
        <SignupForm action={redeemInviteAction} code={code} />
      </section>
      <p className="text-sm text-ink-600">
        Already a member?{" "}
        <Link href="/sign-in" className="font-semibold text-ember-700 underline">
          Sign in
        </Link>
      </p>
    </PublicShell>
  );
}
