"use client";

import { X } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Toast as ToastPrimitive } from "radix-ui";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

type ToastInput = {
  title: string;
  description?: string;
  variant?: "default" | "error";
  /** One way to act on it (a live room's Join): a link, whose label is also its alt text. */
  action?: { label: string; href: string };
};
type ShownToast = ToastInput & { id: number };

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

/**
 * Short messages that confirm something happened ("Link copied"). Radix announces them through a
 * live region, pauses them on hover and focus, and F8 moves focus to them. The root layout mounts
 * this once; components call `useToast()`.
 */
export function Toaster({ children }: { children: ReactNode }) {
  const t = useTranslations("common");
  const [toasts, setToasts] = useState<ShownToast[]>([]);
  const show = useCallback((toast: ToastInput) => {
    setToasts((current) => [...current.slice(-2), { ...toast, id: Date.now() + Math.random() }]);
  }, []);
  const remove = (id: number) => setToasts((current) => current.filter((item) => item.id !== id));
  const value = useMemo(() => show, [show]);

  return (
    <ToastContext.Provider value={value}>
      <ToastPrimitive.Provider duration={4000} label={t("notifications")}>
        {children}
        {toasts.map((toast) => (
          <ToastPrimitive.Root
            key={toast.id}
            type={toast.variant === "error" ? "foreground" : "background"}
            // Long enough to reach its action.
            {...(toast.action ? { duration: 10_000 } : {})}
            onOpenChange={(open) => open || remove(toast.id)}
            className={cn(
              "flex items-start gap-3 rounded-xl px-4 py-3 shadow-lg",
              toast.variant === "error" ? "bg-red-700 text-white" : "bg-ink-900 text-white",
            )}
          >
            <div className="flex flex-1 flex-col gap-0.5">
              <ToastPrimitive.Title className="font-semibold">{toast.title}</ToastPrimitive.Title>
              {toast.description && (
                <ToastPrimitive.Description className="text-sm opacity-90">
                  {toast.description}
                </ToastPrimitive.Description>
              )}
            </div>
            {toast.action && (
              <ToastPrimitive.Action altText={toast.action.label} asChild>
                <Link
                  href={toast.action.href}
                  className="self-center rounded-full bg-white px-3 py-1 text-sm font-semibold text-ink-900 hover:bg-ember-100 focus-visible:outline-2 focus-visible:outline-white"
                >
                  {toast.action.label}
                </Link>
              </ToastPrimitive.Action>
            )}
            <ToastPrimitive.Close
              aria-label={t("close")}
              className="rounded-full p-1 hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-white"
            >
              <X aria-hidden="true" className="size-4" />
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        ))}
        <ToastPrimitive.Viewport className="fixed right-0 bottom-0 z-[60] m-0 flex w-full max-w-sm list-none flex-col gap-2 p-4 outline-none" />
      </ToastPrimitive.Provider>
    </ToastContext.Provider>
  );
}

/** `const toast = useToast(); toast({ title: t("copied") })` */
export function useToast(): (toast: ToastInput) => void {
  const toast = useContext(ToastContext);
  if (!toast) throw new Error("useToast needs <Toaster> above it (the root layout mounts one)");
  return toast;
}
