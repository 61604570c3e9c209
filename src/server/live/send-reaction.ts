import "server-only";
import { randomUUID } from "node:crypto";
import { LIVE_TOPICS, type ReactionMessage, type SendReactionInput } from "@/lib/live/messages";
import { consumeRateLimit } from "@/server/rate-limit/consume-rate-limit";
import { findPresentParticipant } from "@/server/live/find-present-participant";
import { broadcastToRoom } from "@/server/livekit/broadcast-to-room";

export type SendReactionOptions = { roomId: string; senderId: string; input: SendReactionInput };

/**
 * Forwards a member's reaction to everyone in the room, named as theirs. Browsers hold no
 * canPublishData, so this is the only way in, and the per-member limit stops one flood from
 * reaching thousands of listeners.
 */
export async function sendReaction({ roomId, senderId, input }: SendReactionOptions) {
  await findPresentParticipant({ roomId, userId: senderId });
  await consumeRateLimit({
    key: `reaction:${senderId}`,
    limit: 10,
    windowMs: 10_000,
    messageKey: "reactionsTooFast",
  });
  const message: ReactionMessage = {
    type: "reaction",
    id: randomUUID(),
    emoji: input.emoji,
    senderId,
    sentAt: Date.now(),
  };
  await broadcastToRoom({ roomId, message, topic: LIVE_TOPICS.reaction });
  return { id: message.id };
}
