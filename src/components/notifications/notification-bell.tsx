"use client";

import { Bell } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { z } from "zod/mini";
import { describeNotification } from "@/components/notifications/describe-notification";
import { emitStreamEvent } from "@/components/notifications/stream-events";
import { CountLink } from "@/components/ui/count-link";
import { useToast } from "@/components/ui/toast";
import { backchannelMessageSchema } from "@/lib/backchannel";
import { notificationSummarySchema } from "@/lib/notifications";

const unreadSchema = z.object({ unread: z.int().check(z.nonnegative()) });

function parse<T>(schema: z.ZodMiniType<T>, event: Event): T | null {
  if (!(event instanceof MessageEvent) || typeof event.data !== "string") return null;
  try {
    const parsed = schema.safeParse(JSON.parse(event.data));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The header's bell: the unread count, kept live by the notification stream (EventSource
 * reconnects by itself, and the server sends the count again each time), and a toast for each new
 * notification while the tab is open. Toasts are announced by the toaster's live region. It holds
 * the tab's only stream and passes backchannel messages on (stream-events.ts).
 */
export function NotificationBell() {
  const t = useTranslations("notifications");
  const toast = useToast();
  const [unread, setUnread] = useState(0);

  useEffect(() => {
    const source = new EventSource("/api/notifications/stream");
    source.addEventListener("unread", (event) => {
      const data = parse(unreadSchema, event);
      if (data) setUnread(data.unread);
      // Sent first on every (re)connect: whatever else counts unread things asks again.
      emitStreamEvent("connected", null);
    });
    source.addEventListener("backchannel", (event) => {
      const message = parse(backchannelMessageSchema, event);
      if (message) emitStreamEvent("backchannel", message);
    });
    source.addEventListener("notification", (event) => {
      const item = parse(notificationSummarySchema, event);
      if (!item) return;
      setUnread((count) => count + 1);
      // A room that is live now is one tap away: Join opens it, and the tap lets its audio play.
      const live = item.room?.live === true ? item.room : null;
      toast({
        title: describeNotification(t, item),
        ...(live ? { action: { label: t("joinLive"), href: `/rooms/${live.id}` } } : {}),
      });
    });
    return () => source.close();
  }, [t, toast]);

  return (
    <CountLink
      href="/notifications"
      label={t("bellLabel", { count: unread })}
      icon={<Bell aria-hidden="true" className="size-5" />}
      count={unread}
    />
  );
}
