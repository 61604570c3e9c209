"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Dialog as DialogPrimitive } from "radix-ui";
import type { ComponentProps, ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

// Radix owns the behaviour: focus is trapped inside, Escape and the overlay close it, focus returns
// to the trigger, the page behind is inert to screen readers. We only place it: centred on every
// screen, a bottom sheet feel on phones through max-height and scrolling.
export const Dialog = DialogPrimitive.Root;
export const DialogTrigger = DialogPrimitive.Trigger;
export const DialogClose = DialogPrimitive.Close;

type DialogContentProps = ComponentProps<typeof DialogPrimitive.Content> & {
  title: ReactNode;
  /** One line under the title, read out when the dialog opens. */
  description?: ReactNode;
};

export function DialogContent({
  title,
  description,
  className,
  children,
  ...props
}: DialogContentProps) {
  const t = useTranslations("common");
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-ink-900/50" />
      <DialogPrimitive.Content
        className={cn(
          "fixed top-1/2 left-1/2 z-50 flex max-h-[85vh] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 flex-col gap-4 overflow-y-auto rounded-2xl bg-white p-6 shadow-xl focus-visible:outline-none",
          className,
        )}
        // Without a description Radix warns; say explicitly there is none.
        {...(description === undefined ? { "aria-describedby": undefined } : {})}
        {...props}
      >
        <div className="flex items-start justify-between gap-4">
          <DialogPrimitive.Title className="text-lg font-bold">{title}</DialogPrimitive.Title>
          <DialogPrimitive.Close
            className={cn(buttonVariants({ variant: "ghost", size: "icon" }), "-mt-2 -mr-2")}
            aria-label={t("close")}
          >
            <X aria-hidden="true" />
          </DialogPrimitive.Close>
        </div>
        {description !== undefined && (
          <DialogPrimitive.Description className="-mt-2 text-sm text-ink-600">
            {description}
          </DialogPrimitive.Description>
        )}
        {children}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}

/** The row of actions at the bottom of a dialog, primary action last. */
export function DialogFooter({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-wrap justify-end gap-2", className)} {...props} />;
}
