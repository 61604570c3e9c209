"use client";

import { Scissors } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CutClipStatus, useCutClip } from "./use-cut-clip";

/** "Clip the last 30 seconds" in a recorded live room; the clip's link appears when it is cut. */
export function LiveClipButton({ roomId }: { roomId: string }) {
  const t = useTranslations("clips");
  const { cut, pending, error, href } = useCutClip(roomId);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => void cut({ source: "LIVE" })}
      >
        <Scissors aria-hidden="true" />
        {t("clipLive")}
      </Button>
      <CutClipStatus pending={pending} error={error} href={href} />
    </div>
  );
}
