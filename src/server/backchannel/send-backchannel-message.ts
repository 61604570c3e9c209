import "server-only";
import type { BackchannelMessageView } from "@/lib/backchannel";
import type { SendBackchannelInput } from "@/lib/validations/backchannel";
import {
  backchannelMessageSelect,
  toBackchannelMessageView,
} from "@/server/backchannel/backchannel-message-view";
import { assertThreadOpenTo } from "@/server/backchannel/thread-access";
import { db } from "@/server/db";
import { announceBackchannelMessage } from "@/server/notifications/announce-notifications";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";

/** Messages a member may send in a minute, over all their threads. */
export const BACKCHANNEL_MESSAGES_PER_MINUTE = 30;

export type SendBackchannelMessageOptions = {
  senderId: string;
  threadId: string;
  input: SendBackchannelInput;
};

/**
 * Writes a message to a thread the sender is in and no block closed, and announces it on the
 * notification channel in the same transaction: every app instance hears of it once it commits and
 * hands it to the streams of the members it serves.
 */
export async function sendBackchannelMessage({
  senderId,
  threadId,
  input,
}: SendBackchannelMessageOptions): Promise<BackchannelMessageView> {
  await assertThreadOpenTo(db, { threadId, userId: senderId });
  await consumeRateLimit({
    key: `backchannel-message:${senderId}`,
    limit: BACKCHANNEL_MESSAGES_PER_MINUTE,
    windowMs: 60 * 1000,
    messageKey: "backchannelTooFast",
  });
  const message = await db.$transaction(async (tx) => {
    // Again inside: a block written meanwhile closes the thread before the message lands.
    await assertThreadOpenTo(tx, { threadId, userId: senderId });
    const written = await tx.backchannelMessage.create({
      data: { threadId, senderId, body: input.body },
      select: backchannelMessageSelect,
    });
    await tx.backchannelThread.update({
      where: { id: threadId },
      data: { lastMessageAt: written.createdAt },
      select: { id: true },
    });
    await announceBackchannelMessage(tx, written.id);
    return written;
  });
  return toBackchannelMessageView(message);
}
