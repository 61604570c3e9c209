import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { photoVersionSelect } from "@/server/photos/photo-select";

export type FindOwnSettingsOptions = { actorId: string };

const settingsSelect = {
  username: true,
  displayName: true,
  bio: true,
  links: true,
  topics: true,
  locale: true,
  timeZone: true,
  ...photoVersionSelect,
} satisfies Prisma.UserSelect;

export type OwnSettings = Prisma.UserGetPayload<{ select: typeof settingsSelect }>;

/** What the settings form starts from: the actor's own editable profile fields. */
export async function findOwnSettings({ actorId }: FindOwnSettingsOptions) {
  return db.user.findFirst({ where: { id: actorId, disabledAt: null }, select: settingsSelect });
}
