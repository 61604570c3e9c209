"use client";

import { Share2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button, type ButtonProps } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";

type ShareRoomButtonProps = {
  url: string;
  title: string;
  size?: ButtonProps["size"];
  /** Class names for the visible label (e.g. hidden on a phone, where the icon is enough). */
  labelClassName?: string;
};

/**
 * The phone's own share sheet (Web Share API) where there is one; elsewhere the link goes to the
 * clipboard and a toast says so. Closing the share sheet is not an error.
 */
export function ShareRoomButton({ url, title, size = "sm", labelClassName }: ShareRoomButtonProps) {
  const t = useTranslations("roomBar");
  const toast = useToast();

  async function share() {
    const data = { title, url };
    if (typeof navigator.share === "function" && navigator.canShare?.(data) !== false) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return;
        // Refused (no user gesture, blocked by policy): copy instead.
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      toast({ title: t("linkCopied"), description: url });
    } catch {
      toast({ title: t("copyFailed"), description: url, variant: "error" });
    }
  }

  return (
    <Button variant="secondary" size={size} onClick={() => void share()}>
      <Share2 aria-hidden="true" />
      <span className={labelClassName}>{t("share")}</span>
    </Button>
  );
}
