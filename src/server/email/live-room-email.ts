import "server-only";
import { appLink } from "@/server/email/app-link";
import { emailTranslator, renderEmail } from "@/server/email/render-email";
import type { OutgoingEmail } from "@/server/email/send-email";

export type LiveRoomEmailOptions = {
  to: string;
  locale: string | null;
  displayName: string;
  host: { displayName: string; username: string };
  room: { id: string; title: string };
  perDay: number;
};

/** "<host> started a room": the room's title, a button into it, and how to turn these off. */
export function buildLiveRoomEmail(options: LiveRoomEmailOptions): OutgoingEmail {
  const { locale, t } = emailTranslator(options.locale);
  const host = options.host.displayName;
  return renderEmail({
    to: options.to,
    locale,
    subject: t("liveRoom.subject", { host, title: options.room.title }),
    greeting: t("greeting", { name: options.displayName }),
    lines: [
      t("liveRoom.started", { host, username: options.host.username, title: options.room.title }),
    ],
    action: { label: t("liveRoom.action"), url: appLink(`/rooms/${options.room.id}`) },
    footer: [
      t("liveRoom.why", { host, perDay: options.perDay }),
      t("liveRoom.turnOff", { url: appLink("/settings#email") }),
    ],
  });
}
