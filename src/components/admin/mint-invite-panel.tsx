"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CopyButton } from "@/components/invites/copy-button";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type MintResult = ActionResult<{ code: string; link: string; expiresAt: string }>;

type MintInvitePanelProps = {
  action: (previous: MintResult, formData: FormData) => Promise<MintResult>;
};

/** Mints an invite and shows its code and link this once: only a hash is kept on the server. */
export function MintInvitePanel({ action }: MintInvitePanelProps) {
  const t = useTranslations("admin");
  const invites = useTranslations("invites");
  const [state, formAction, pending] = useActionState(action, initialActionState);

  return (
    <div className="flex flex-col gap-4">
      <form action={formAction}>
        <Button type="submit" disabled={pending}>
          {pending ? t("minting") : t("mintInvite")}
        </Button>
      </form>
      <div aria-live="polite">
        {state.ok ? (
          <div className="flex flex-col gap-2 rounded-xl border border-ember-100 bg-ember-50 p-4">
            <p className="text-sm">
              {t.rich("mintedNote", {
                code: state.data.code,
                expiresAt: new Date(state.data.expiresAt),
                mono: (chunks) => <strong className="font-mono text-base">{chunks}</strong>,
              })}
            </p>
            <div className="grid items-center gap-2 sm:grid-cols-[auto_1fr_auto]">
              <Label htmlFor="invite-link">{t("inviteLink")}</Label>
              <Input
                id="invite-link"
                readOnly
                value={state.data.link}
                onFocus={(event) => event.currentTarget.select()}
                className="min-w-0 py-1.5 font-mono text-sm"
              />
              <CopyButton text={state.data.link} label={invites("copyLink")} />
            </div>
          </div>
        ) : (
          <p className="text-sm font-medium text-red-700">{state.message}</p>
        )}
      </div>
    </div>
  );
}
