"use client";

import { useTranslations } from "next-intl";
import { useToast } from "@/components/ui/toast";
import type { StageNotice } from "@/lib/live/stage-notices";
import { useStageNotices } from "./use-stage-notices";

/**
 * For hosts and moderators: "Leo joined the stage" or "Leo declined to speak" when someone answers
 * an invitation (a time-out counts as declining). Toasts are announced to screen readers.
 */
export function InvitationAnswerToasts() {
  const t = useTranslations("stage");
  const toast = useToast();
  useStageNotices((notice: StageNotice) => {
    const name = notice.actorName || t("someone");
    if (notice.kind === "inviteAccepted") toast({ title: t("inviteAccepted", { name }) });
    if (notice.kind === "inviteDeclined") toast({ title: t("inviteDeclined", { name }) });
  });
  return null;
}
