"use client";

import { Download } from "lucide-react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { TextField } from "@/components/forms/text-field";
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

type DeleteResult = ActionResult<{ deleted: boolean }>;

type YourDataProps = {
  deleteAction: (previous: DeleteResult, formData: FormData) => Promise<DeleteResult>;
  username: string;
};

/**
 * Settings → Your data: the archive of everything that is the member's (GET /api/account/data),
 * and deleting the account, which asks for the password again in a dialog (docs/privacy.md).
 */
export function YourData({ deleteAction, username }: YourDataProps) {
  const t = useTranslations("privacy");
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(
    async (previous: DeleteResult, formData: FormData): Promise<DeleteResult> => {
      const result = await deleteAction(previous, formData);
      if (!result.ok) return result;
      // The account and its sessions are gone: this browser drops its push subscription, signs
      // out and lands on the start page.
      await forgetPushOnSignOut();
      await signOut({ callbackUrl: "/sign-in?deleted=1" });
      return result;
    },
    initialActionState,
  );
  const fieldErrors = state.ok ? {} : state.fieldErrors;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <p className="text-sm text-ink-600">{t("downloadBody")}</p>
        <Button asChild variant="secondary" className="self-start">
          <a href="/api/account/data" download>
            <Download aria-hidden="true" />
            {t("download")}
          </a>
        </Button>
      </div>
      <div className="flex flex-col gap-2 border-t border-stone-200 pt-6">
        <h3 className="font-semibold">{t("deleteHeading")}</h3>
        <p className="text-sm text-ink-600">{t("deleteBody")}</p>
        <Dialog open={open} onOpenChange={setOpen}>
          <DialogTrigger asChild>
            <Button variant="dangerOutline" className="self-start">
              {t("delete")}
            </Button>
          </DialogTrigger>
          <DialogContent title={t("confirmTitle")} description={t("confirmBody")}>
            <form action={formAction} noValidate className="flex flex-col gap-4">
              <input
                type="hidden"
                name="username"
                value={username}
                autoComplete="username"
                readOnly
              />
              <TextField
                label={t("passwordLabel")}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                errors={fieldErrors.password}
              />
              {!state.ok && state.message && !fieldErrors.password && (
                <p role="alert" className="text-sm text-red-700">
                  {state.message}
                </p>
              )}
              <DialogFooter>
                <DialogClose asChild>
                  <Button type="button" variant="ghost">
                    {t("keep")}
                  </Button>
                </DialogClose>
                <Button type="submit" variant="danger" disabled={pending}>
                  {pending ? t("deleting") : t("confirmDelete")}
                </Button>
              </DialogFooter>
            </form>
          </DialogContent>
        </Dialog>
      </div>
    </div>
  );
}
