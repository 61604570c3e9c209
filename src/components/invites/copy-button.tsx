"use client";

import { Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

type CopyButtonProps = { text: string; label: string };

/** Copies `text` and says so in a live region; falls back to asking people to copy by hand. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const t = useTranslations("invites");
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t("copied"));
    } catch {
      setStatus(t("copyBlocked"));
    }
  }

  return (
    <div className="flex items-center gap-3">
      <Button variant="secondary" size="sm" onClick={() => void copy()}>
        <Copy aria-hidden="true" />
        {label}
      </Button>
      <p role="status" className="text-sm text-ink-600">
        {status}
      </p>
    </div>
  );
}
