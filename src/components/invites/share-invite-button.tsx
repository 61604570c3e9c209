"use client";

import { Share2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

type ShareInviteButtonProps = { link: string };

const noChange = () => () => {};

/**
 * The phone's own share sheet (Web Share API) for a new invite, with a line of text and the link;
 * shown only where the browser has one (the copy button beside it works everywhere). Closing the
 * sheet is not an error.
 */
export function ShareInviteButton({ link }: ShareInviteButtonProps) {
  const t = useTranslations("invites");
  const [status, setStatus] = useState("");
  const data = { text: t("shareText"), url: link };
  // Known only in the browser: the server renders no button, the browser adds it where it can.
  const canShare = useSyncExternalStore(
    noChange,
    () => typeof navigator.share === "function" && navigator.canShare?.(data) !== false,
    () => false,
  );
  if (!canShare) return null;

  async function share() {
    try {
      await navigator.share(data);
      setStatus(t("shared"));
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return;
      setStatus(t("shareFailed"));
    }
  }

  return (
    <div className="flex items-center gap-3">
      <Button size="sm" onClick={() => void share()}>
        <Share2 aria-hidden="true" />
        {t("shareInvite")}
      </Button>
      <p role="status" className="text-sm text-ink-600">
        {status}
      </p>
    </div>
  );
}
