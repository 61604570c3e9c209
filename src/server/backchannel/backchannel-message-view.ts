import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { BackchannelMessageView } from "@/lib/backchannel";

export const backchannelMessageSelect = {
  id: true,
  threadId: true,
  body: true,
  createdAt: true,
  sender: { select: { id: true, username: true, displayName: true } },
} satisfies Prisma.BackchannelMessageSelect;

type Row = Prisma.BackchannelMessageGetPayload<{ select: typeof backchannelMessageSelect }>;

export function toBackchannelMessageView({ createdAt, ...row }: Row): BackchannelMessageView {
  return { ...row, sentAt: createdAt.toISOString() };
}
