"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactElement, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogFooter,
  DialogTrigger,
} from "@/components/ui/dialog";

type ConfirmDisableDialogProps = {
  /** The account's display name, in the question. */
  name: string;
  /** The button that opens the dialog. */
  trigger: ReactElement;
  /** The hidden inputs the confirming form submits. */
  fields: ReactNode;
  pending: boolean;
  onConfirm: (formData: FormData) => void;
};

/**
 * "Disable this account?" before an admin signs a member out everywhere, from the members table
 * or the report queue. It closes as it submits: the caller shows the outcome.
 */
export function ConfirmDisableDialog({
  name,
  trigger,
  fields,
  pending,
  onConfirm,
}: ConfirmDisableDialogProps) {
  const t = useTranslations("admin");
  const tCommon = useTranslations("common");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        title={t("confirmDisableTitle", { name })}
        description={t("confirmDisableBody")}
      >
        <form
          action={(formData) => {
            setOpen(false);
            onConfirm(formData);
          }}
        >
          {fields}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">{tCommon("cancel")}</Button>
            </DialogClose>
            <Button type="submit" variant="danger" disabled={pending}>
              {t("confirmDisable")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
