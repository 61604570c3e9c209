import "server-only";
import type { BackchannelMessageView } from "@/lib/backchannel";
import {
  backchannelMessageSelect,
  toBackchannelMessageView,
} from "@/server/backchannel/backchannel-message-view";
import { assertThreadOpenTo } from "@/server/backchannel/thread-access";
import { db } from "@/server/db";

/** Messages a thread page opens with; older ones stay stored (and in the data export). */
export const THREAD_PAGE_MESSAGES = 100;

export type ThreadView = {
  id: string;
  others: { id: string; username: string; displayName: string }[];
  messages: BackchannelMessageView[];
};

/** A thread as its page shows it: who is in it and its latest messages, oldest first. */
export async function loadThread({
  userId,
  threadId,
}: {
  userId: string;
  threadId: string;
}): Promise<ThreadView> {
  await assertThreadOpenTo(db, { threadId, userId });
  const [members, latest] = await Promise.all([
    db.backchannelMember.findMany({
      where: { threadId, userId: { not: userId } },
      orderBy: { joinedAt: "asc" },
      select: { user: { select: { id: true, username: true, displayName: true } } },
    }),
    db.backchannelMessage.findMany({
      where: { threadId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: THREAD_PAGE_MESSAGES,
      select: backchannelMessageSelect,
    }),
  ]);
  return {
    id: threadId,
    others: members.map((member) => member.user),
    messages: latest.reverse().map(toBackchannelMessageView),
  };
}
