import "server-only";
import type { WebhookEvent } from "livekit-server-sdk";
import { z } from "zod";
import { TICKET_ATTRIBUTE } from "@/lib/live/attributes";
import { db } from "@/server/db";
import { judgeParticipant } from "@/server/presence/judge-participant";
import { recountPresence } from "@/server/presence/recount-presence";
import { lockRoom } from "@/server/rooms/lock-room";

export type ApplyWebhookEventOptions = { event: WebhookEvent };

// livekit.DisconnectReason.DUPLICATE_IDENTITY: the same member opened the room in another tab, so
// they are still present and the old session's "left" must not mark them gone.
const DUPLICATE_IDENTITY = 2;

const SESSION_CLOCK_SLACK_MS = 5_000;

const uuid = z.uuid();

/**
 * Mirrors a verified LiveKit webhook into Postgres: who is present (joinedAt / leftAt, then the
 * room's counts recomputed) and rooms LiveKit closed. Each event id is applied once, in the same
 * transaction as its changes; timestamps from LiveKit guard against events arriving out of order.
 */
export async function applyWebhookEvent({ event }: ApplyWebhookEventOptions): Promise<boolean> {
  const roomId = uuid.safeParse(event.room?.name);
  // Rooms not named by a Hearth room id are not ours (another app sharing the LiveKit server).
  if (!roomId.success) return false;
  // LiveKit 1.13 cannot revoke a token: whoever joined, with whatever token, is judged against
  // Postgres (removed, or given the stored role, hand and permissions). It runs alongside the
  // presence update, not after it, to shorten what a replayed token can do; and on duplicate
  // deliveries too, so a retry after a failed judgement still judges.
  // A published track is judged too: a session that went unjudged (its webhook lost, or
  // signalling-only until now) cannot keep publishing past this event.
  const joined =
    event.event === "participant_joined" || event.event === "track_published"
      ? event.participant
      : undefined;
  const judgement =
    joined && uuid.safeParse(joined.identity).success
      ? judgeParticipant({ roomId: roomId.data, participant: joined })
      : Promise.resolve(null);
  // A join ticket's holder has no row until the judge spends the ticket: presence waits for it,
  // so the counts it recomputes include them.
  if (joined?.attributes[TICKET_ATTRIBUTE] !== undefined) await judgement;
  const presence = db.$transaction(async (tx) => {
    if (event.id) {
      const fresh = await tx.webhookEvent.createMany({
        data: [{ id: event.id }],
        skipDuplicates: true,
      });
      if (fresh.count === 0) return false;
    }
    await lockRoom(tx, roomId.data);
    const at = new Date(Number(event.createdAt) * 1000 || Date.now());
    const participant = event.participant;
    const userId = uuid.safeParse(participant?.identity);

    switch (event.event) {
      case "participant_joined": {
        if (!participant || !userId.success) return false;
        const sessionStart = sessionStartOf(participant.joinedAtMs, participant.joinedAt, at);
        await tx.$executeRaw`
          UPDATE "RoomParticipant" SET "leftAt" = NULL, "joinedAt" = GREATEST("joinedAt", ${sessionStart})
          WHERE "roomId" = ${roomId.data}::uuid AND "userId" = ${userId.data}::uuid
            AND "bannedAt" IS NULL AND ("leftAt" IS NULL OR "leftAt" < ${sessionStart})
            AND EXISTS (SELECT 1 FROM "Room" r WHERE r.id = ${roomId.data}::uuid AND r.status = 'LIVE')`;
        await recountPresence(tx, roomId.data);
        return true;
      }
      case "participant_left":
      case "participant_connection_aborted": {
        if (!participant || !userId.success) return false;
        if (Number(participant.disconnectReason) === DUPLICATE_IDENTITY) return false;
        const sessionStart = sessionStartOf(participant.joinedAtMs, participant.joinedAt, at);
        const leftAt = new Date(Math.max(at.getTime(), sessionStart.getTime()));
        // A row whose joinedAt is well after this session began belongs to a newer session (a
        // reopened page), which this late "left" must not end; the slack absorbs clock skew
        // between the app, which stamps joinedAt at token time, and LiveKit.
        const newerSessionAfter = new Date(sessionStart.getTime() + SESSION_CLOCK_SLACK_MS);
        await tx.$executeRaw`
          UPDATE "RoomParticipant" SET "leftAt" = ${leftAt}
          WHERE "roomId" = ${roomId.data}::uuid AND "userId" = ${userId.data}::uuid
            AND "leftAt" IS NULL AND "joinedAt" <= ${newerSessionAfter}`;
        await recountPresence(tx, roomId.data);
        return true;
      }
      case "room_finished": {
        await tx.room.updateMany({
          where: { id: roomId.data, status: "LIVE" },
          data: { status: "ENDED", endedAt: at },
        });
        await tx.roomParticipant.updateMany({
          where: { roomId: roomId.data, leftAt: null },
          data: { leftAt: at },
        });
        await recountPresence(tx, roomId.data);
        return true;
      }
      default:
        return false;
    }
  });

  const [applied] = await Promise.all([presence, judgement]);
  return applied;
}

/** When this participant's session began, as LiveKit recorded it. */
function sessionStartOf(joinedAtMs: bigint, joinedAt: bigint, fallback: Date): Date {
  const ms = Number(joinedAtMs) || Number(joinedAt) * 1000;
  return ms > 0 ? new Date(ms) : fallback;
}
