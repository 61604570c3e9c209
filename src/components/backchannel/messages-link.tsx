"use client";

import { MessageCircle } from "lucide-react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { useStreamEvent } from "@/components/notifications/stream-events";
import { requestRoom } from "@/components/room/request-room";
import { CountLink } from "@/components/ui/count-link";
import { useToast } from "@/components/ui/toast";
import { backchannelUnreadSchema } from "@/lib/backchannel";

/**
 * The header's link to the backchannel with its unread count. The count is asked for when the
 * tab's stream (re)connects (which it does as the page opens), when a message arrives and when a thread is read here; a message
 * for a thread not on screen is also a toast, which the toaster's live region announces.
 */
export function MessagesLink({ userId }: { userId: string }) {
  const t = useTranslations("backchannel");
  const toast = useToast();
  const pathname = usePathname();
  const [unread, setUnread] = useState(0);

  const refresh = useCallback(async () => {
    const result = await requestRoom("/api/backchannel/unread", { method: "GET" });
    const parsed = result.ok ? backchannelUnreadSchema.safeParse(result.data) : null;
    if (parsed?.success) setUnread(parsed.data.unread);
  }, []);

  useStreamEvent("connected", () => void refresh());
  useStreamEvent("backchannel-read", () => void refresh());
  useStreamEvent("backchannel", (message) => {
    if (message.sender.id === userId) return;
    const href = `/messages/${message.threadId}`;
    if (pathname === href) return;
    void refresh();
    toast({
      title: t("newMessageFrom", { name: message.sender.displayName }),
      action: { label: t("open"), href },
    });
  });

  return (
    <CountLink
      href="/messages"
      label={t("linkLabel", { count: unread })}
      icon={<MessageCircle aria-hidden="true" className="size-5" />}
      count={unread}
    />
  );
}
