"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { forgetPushOnSignOut } from "@/components/push/push-subscription";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
} from "@/components/ui/dialog";
import { initialActionState } from "@/lib/action-state";
import type { ActionResult } from "@/server/actions/action-result";

type SignOutResult = ActionResult<{ signedOut: boolean }>;

type SignOutEverywhereProps = {
  action: (previous: SignOutResult, formData: FormData) => Promise<SignOutResult>;
};

/**
 * Settings → Signed-in devices: ends every session of the account after a confirmation (the
 * server ends them everywhere: cookies, notification streams, live rooms, voice-match calls),
 * then signs this browser out too.
 */
export function SignOutEverywhere({ action }: SignOutEverywhereProps) {
  const t = useTranslations("settings");
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(
    async (previous: SignOutResult, formData: FormData): Promise<SignOutResult> => {
      const result = await action(previous, formData);
      if (!result.ok) return result;
      // The server already forgot every subscription of the account; this browser drops its own.
      await forgetPushOnSignOut();
      await signOut({ callbackUrl: "/sign-in" });
      return result;
    },
    initialActionState,
  );
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-ink-600">{t("signOutEverywhereBody")}</p>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button variant="dangerOutline" className="self-start">
            {t("signOutEverywhere")}
          </Button>
        </DialogTrigger>
        <DialogContent
          title={t("signOutEverywhereConfirmTitle")}
          description={t("signOutEverywhereConfirmBody")}
        >
          <form action={formAction} className="flex flex-col gap-4">
            {!state.ok && state.message && (
              <p role="alert" className="text-sm text-red-700">
                {state.message}
              </p>
            )}
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="ghost">
                  {t("signOutEverywhereKeep")}
                </Button>
              </DialogClose>
              <Button type="submit" variant="danger" disabled={pending}>
                {pending ? t("signingOutEverywhere") : t("signOutEverywhere")}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </div>
  );
}
