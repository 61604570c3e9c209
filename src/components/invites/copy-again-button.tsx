"use client";

import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/invites/copy-button";
import { useRememberedInviteLink } from "@/components/invites/remembered-invite-links";

/** "Copy link" for a pending invite whose link this browser kept when it was created. */
export function CopyAgainButton({ inviteId }: { inviteId: string }) {
  const t = useTranslations("invites");
  const link = useRememberedInviteLink(inviteId);
  if (!link) return null;
  return <CopyButton text={link} label={t("copyLink")} />;
}
