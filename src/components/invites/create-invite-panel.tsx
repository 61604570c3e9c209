"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId } from "react";
import { CopyButton } from "@/components/invites/copy-button";
import { ShareInviteButton } from "@/components/invites/share-invite-button";
import { rememberInviteLink } from "@/components/invites/remembered-invite-links";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type CreateResult = ActionResult<{ id: string; code: string; link: string; expiresAt: string }>;

type CreateInvitePanelProps = {
  action: (previous: CreateResult, formData: FormData) => Promise<CreateResult>;
  canCreate: boolean;
};

/**
 * Creates an invite and shows its code and link, to send through the phone's share sheet where
 * there is one, or to copy; the server keeps only a hash, so this browser
 * remembers the link for the list's "Copy link" while the invite is pending.
 */
export function CreateInvitePanel({ action, canCreate }: CreateInvitePanelProps) {
  const t = useTranslations("invites");
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const linkId = useId();
  const created = state.ok ? state.data : null;
  useEffect(() => {
    if (created) rememberInviteLink(created.id, created.link);
  }, [created]);

  return (
    <div className="flex flex-col gap-4">
      <form action={formAction}>
        <Button type="submit" disabled={pending || !canCreate}>
          {pending ? t("creating") : t("createInvite")}
        </Button>
      </form>
      <div aria-live="polite">
        {state.ok ? (
          <div className="flex flex-col gap-3 rounded-xl border border-ember-100 bg-ember-50 p-4">
            <p className="text-sm">
              {t.rich("createdNote", {
                code: state.data.code,
                expiresAt: new Date(state.data.expiresAt),
                mono: (chunks) => <strong className="font-mono text-base">{chunks}</strong>,
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            <div className="flex flex-col gap-1">
              <Label htmlFor={linkId}>{t("shareLink")}</Label>
              <Input
                id={linkId}
                readOnly
                value={state.data.link}
                onFocus={(event) => event.currentTarget.select()}
                className="py-1.5 font-mono text-sm"
              />
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <ShareInviteButton link={state.data.link} />
              <CopyButton text={state.data.link} label={t("copyLink")} />
            </div>
          </div>
        ) : (
          <p role="alert" className="text-sm font-medium text-red-700">
            {state.message}
          </p>
        )}
      </div>
    </div>
  );
}
