import type { Metadata } from "next";
import { InviteCodeForm } from "@/components/signup/invite-code-form";
import { PublicShell } from "@/components/signup/public-shell";
import { checkInviteCodeAction } from "./actions";

export const metadata: Metadata = { title: "Enter your invite code" };

export default function EnterInviteCodePage() {
  return (
    <PublicShell>
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-extrabold tracking-tight">Join Hearth</h1>
        <p className="text-ink-600">
          Hearth is invite-only. Type the code a member sent you; capitals and dashes do not matter.
        </p>
      </div>
      <section className="rounded-2xl bg-white p-6 shadow-sm">
        <InviteCodeForm action={checkInviteCodeAction} />
      </section>
    </PublicShell>
  );
}
