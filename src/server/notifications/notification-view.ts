import "server-only";
import type { NotificationKind, Prisma } from "@/generated/prisma/client";
import { photoVersionSelect } from "@/server/photos/photo-select";
import { isRoomAudible } from "@/server/rooms/room-audible";

/** A notification as the bell, the toast and the notification centre show it. */
export type NotificationView = {
  id: string;
  userId: string;
  kind: NotificationKind;
  createdAt: Date;
  readAt: Date | null;
  actor: {
    id: string;
    username: string;
    displayName: string;
    photo: { version: string } | null;
  } | null;
  room: { id: string; title: string; live: boolean } | null;
  club: { slug: string; name: string } | null;
};

export const notificationViewSelect = {
  id: true,
  userId: true,
  kind: true,
  createdAt: true,
  readAt: true,
  actor: { select: { id: true, username: true, displayName: true, ...photoVersionSelect } },
  room: { select: { id: true, title: true, status: true, stageEmptySince: true } },
  club: { select: { slug: true, name: true } },
} satisfies Prisma.NotificationSelect;

type Row = Prisma.NotificationGetPayload<{ select: typeof notificationViewSelect }>;

export function toNotificationView({ room, ...row }: Row): NotificationView {
  return {
    ...row,
    // A live room nobody is on stage in is not offered as live (src/server/rooms/room-audible.ts).
    room: room ? { id: room.id, title: room.title, live: isRoomAudible(room) } : null,
  };
}
